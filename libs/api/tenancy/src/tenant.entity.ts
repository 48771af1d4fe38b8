import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A partner organisation. Platform table (not tenant-owned): it is the list of
 * tenants itself and holds no personal data; a Citus reference table when scaled out.
 */
@Entity({ tableName: 'tenant', comment: 'platform: the list of tenants (partner organisations)' })
export class Tenant {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  slug!: string;

  @Property({ type: 'text' })
  name!: string;

  /** ISO 3166-1 alpha-2, for locale defaults. */
  @Property({ type: 'text', length: 2 })
  country!: string;

  /** IANA zone of the organisation's clock: meeting times are shown and counted by day in it. */
  @Property({ type: 'text', default: 'Europe/Oslo' })
  timeZone: Opt<string> = 'Europe/Oslo';

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  constructor(init?: { id?: string; slug: string; name: string; country: string; timeZone?: string }) {
    if (init) Object.assign(this, init);
  }
}
