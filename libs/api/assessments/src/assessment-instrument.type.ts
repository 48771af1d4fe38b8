import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { AssessmentInstrument } from './assessment-instrument.entity.js';

/** One statement of an instrument; `text(locale)` is a field resolver (InstrumentItemResolver). */
@ObjectType('InstrumentItem')
export class InstrumentItemType {
  @Field() key!: string;
  @Field(() => [String], { description: 'Locales the statement is available in' }) locales!: string[];

  /** Not exposed: the statement per locale. */
  texts!: Record<string, string>;
}

@ObjectType('AssessmentInstrument', { description: 'An outcome instrument (e.g. BARC-10): items scored itemMin..itemMax, total = sum' })
export class AssessmentInstrumentType {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int) itemMin!: number;
  @Field(() => Int) itemMax!: number;
  @Field(() => Int, { description: 'Lowest possible total (items × itemMin)' }) totalMin!: number;
  @Field(() => Int, { description: 'Highest possible total (items × itemMax)' }) totalMax!: number;
  @Field(() => [InstrumentItemType], { description: 'In scoring order' }) items!: InstrumentItemType[];
}

export function toInstrumentType(instrument: AssessmentInstrument): AssessmentInstrumentType {
  const items = instrument.items.map((item) => Object.assign(new InstrumentItemType(), { key: item.key, texts: item.text, locales: Object.keys(item.text) }));
  return Object.assign(new AssessmentInstrumentType(), {
    code: instrument.code,
    name: instrument.name,
    description: instrument.description ?? null,
    itemMin: instrument.itemMin,
    itemMax: instrument.itemMax,
    totalMin: items.length * instrument.itemMin,
    totalMax: items.length * instrument.itemMax,
    items,
  });
}
