import { Migration } from '@mikro-orm/migrations';

/**
 * The programme figures, defined once (docs/figures.md): the tenant's own figures call this
 * function, and the consortium reporting reuses it per tenant. SECURITY INVOKER: row-level
 * security of the caller applies, so the application role only ever counts its own tenant.
 * A meeting belongs to the day it starts on in the organisation's time zone; only meetings
 * whose attendance was taken (status HELD) count.
 */
export class Migration20261201224600_programme_figures extends Migration {
  override name = 'Migration20261201224600_programme_figures';

  override up(): void {
    this.addSql(`
create function programme_figures(p_tenant_id uuid, p_from date, p_to date, p_department_id uuid default null)
returns table (
  programmes_active int, meetings_held int, attendances int, named_attendances int, named_participants int,
  guests int, trainings_held int, training_hours numeric
)
language sql stable parallel safe
as $$
  with held as (
    select m.id, m.programme_id, m.guest_count, m.starts_at, m.ends_at, p.kind in ('COURSE', 'SEMINAR') as training
      from meeting m
      join programme p on p.tenant_id = m.tenant_id and p.id = m.programme_id
      join tenant t on t.id = m.tenant_id
     where m.tenant_id = p_tenant_id
       and m.status = 'HELD'
       and m.starts_at >= (p_from::timestamp at time zone t.time_zone)
       and m.starts_at < ((p_to + 1)::timestamp at time zone t.time_zone)
       and (p_department_id is null or p.department_id = p_department_id)
  ), named as (
    select a.resident_id, a.relative_id, a.member_id
      from attendance a
      join held h on h.id = a.meeting_id
     where a.tenant_id = p_tenant_id and a.present
  )
  select (select count(distinct programme_id) from held)::int,
         (select count(*) from held)::int,
         ((select count(*) from named) + (select coalesce(sum(guest_count), 0) from held))::int,
         (select count(*) from named)::int,
         (select count(distinct (resident_id, relative_id, member_id)) from named)::int,
         (select coalesce(sum(guest_count), 0) from held)::int,
         (select count(distinct programme_id) filter (where training) from held)::int,
         (select round(coalesce(sum(extract(epoch from ends_at - starts_at)) filter (where training), 0) / 3600, 1) from held)
$$;`);
    this.addSql(`grant execute on function programme_figures(uuid, date, date, uuid) to bridgeway_app;`);
  }

  override down(): void {
    this.addSql(`drop function programme_figures(uuid, date, date, uuid);`);
  }
}
