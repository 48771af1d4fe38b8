import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export interface InstrumentItem {
  key: string;
  /** The statement, per language (en, nb, sl). */
  text: Record<string, string>;
}

/**
 * An outcome instrument kept as data (BARC-10 first), so others can be added
 * without code. Reference data shared by all tenants; holds no personal data.
 */
@Entity({ tableName: 'assessment_instrument', comment: 'reference: outcome instruments (items and scales) shared by all tenants' })
export class AssessmentInstrument {
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'json' })
  items!: InstrumentItem[];

  @Property({ type: 'integer' })
  itemMin!: number;

  @Property({ type: 'integer' })
  itemMax!: number;
}
