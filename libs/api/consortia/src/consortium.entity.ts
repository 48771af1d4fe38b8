import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A named group of tenants sharing aggregated figures. Platform table (no tenant_id: it spans
 * tenants); row security lets a caller see only the consortia they belong to or coordinate
 * (policy in the migration, through consortium_visible_ids()).
 */
@Entity({
  tableName: 'consortium',
  comment: 'platform: consortia of partner organisations (no personal data)',
  rowLevelSecurity: 'force',
  policies: [{ name: 'consortium_visible', command: 'select', using: 'id in (select consortium_visible_ids())' }],
})
@Check({ name: 'consortium_small_cell_threshold_check', expression: 'small_cell_threshold >= 1' })
export class Consortium {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name!: string;

  /** People counts below this are suppressed in a partner's row. */
  @Property({ type: 'integer', default: 5 })
  smallCellThreshold: Opt<number> = 5;
}
