import { Migration } from '@mikro-orm/migrations';

/**
 * The helpline figures, defined once (docs/figures.md), for the tenant's own figures and the
 * consortium reporting. SECURITY INVOKER: the caller's row-level security applies. A contact
 * belongs to the day it happened on in the organisation's time zone; a bereaved relative is
 * "followed up" in a period when a planned contact of their plan was done in it.
 */
export class Migration20261201224610_helpline_figures extends Migration {
  override name = 'Migration20261201224610_helpline_figures';

  override up(): void {
    this.addSql(`
create function helpline_figures(p_tenant_id uuid, p_from date, p_to date, p_department_id uuid default null)
returns table (contacts int, contact_minutes int, anonymous_contacts int, bereaved_followed_up int)
language sql stable parallel safe
as $$
  with contacts as (
    select c.duration_minutes, c.relative_id is null and c.resident_id is null as anonymous
      from helpline_contact c
      join tenant t on t.id = c.tenant_id
     where c.tenant_id = p_tenant_id
       and c.occurred_at >= (p_from::timestamp at time zone t.time_zone)
       and c.occurred_at < ((p_to + 1)::timestamp at time zone t.time_zone)
       and (p_department_id is null or c.department_id = p_department_id)
  )
  select (select count(*) from contacts)::int,
         (select coalesce(sum(duration_minutes), 0) from contacts)::int,
         (select count(*) filter (where anonymous) from contacts)::int,
         (select count(distinct f.relative_id)
            from planned_contact pc
            join grief_follow_up f on f.tenant_id = pc.tenant_id and f.id = pc.follow_up_id
           where pc.tenant_id = p_tenant_id and pc.status = 'DONE' and pc.done_on between p_from and p_to
             and (p_department_id is null or f.department_id = p_department_id))::int
$$;`);
    this.addSql(`
create function helpline_contact_counts(p_tenant_id uuid, p_from date, p_to date, p_department_id uuid default null)
returns table (month text, channel contact_channel, topic helpline_topic, contacts int)
language sql stable parallel safe
as $$
  -- One row per (month, channel, topic) with contacts; a contact with several topics counts once
  -- under each of them, one with none under topic null.
  select to_char(c.occurred_at at time zone t.time_zone, 'YYYY-MM'), c.channel, topic, count(*)::int
    from helpline_contact c
    join tenant t on t.id = c.tenant_id
    left join lateral unnest(c.topics) as topic on true
   where c.tenant_id = p_tenant_id
     and c.occurred_at >= (p_from::timestamp at time zone t.time_zone)
     and c.occurred_at < ((p_to + 1)::timestamp at time zone t.time_zone)
     and (p_department_id is null or c.department_id = p_department_id)
   group by 1, 2, 3
   order by 1, 2, 3
$$;`);
    this.addSql(`grant execute on function helpline_figures(uuid, date, date, uuid) to bridgeway_app;`);
    this.addSql(`grant execute on function helpline_contact_counts(uuid, date, date, uuid) to bridgeway_app;`);
  }

  override down(): void {
    this.addSql(`drop function helpline_contact_counts(uuid, date, date, uuid);`);
    this.addSql(`drop function helpline_figures(uuid, date, date, uuid);`);
  }
}
