import { Migration } from '@mikro-orm/migrations';

/**
 * The material-support figures, defined once (docs/figures.md), for the tenant's own figures
 * and the consortium reporting. SECURITY INVOKER: the caller's row-level security applies.
 * One row per kind of handout with a record in the period.
 */
export class Migration20261201224620_material_support_figures extends Migration {
  override name = 'Migration20261201224620_material_support_figures';

  override up(): void {
    this.addSql(`
create function material_support_figures(p_tenant_id uuid, p_from date, p_to date, p_department_id uuid default null)
returns table (kind handout_kind, handouts int, quantity int, named_recipients int, anonymous_recipients int)
language sql stable parallel safe
as $$
  select h.kind, count(*)::int, sum(h.quantity)::int,
         count(distinct coalesce(h.resident_id, h.relative_id))::int,
         coalesce(sum(h.anonymous_recipients), 0)::int
    from handout h
   where h.tenant_id = p_tenant_id and h.handed_out_on between p_from and p_to
     and (p_department_id is null or h.department_id = p_department_id)
   group by h.kind
   order by h.kind
$$;`);
    this.addSql(`grant execute on function material_support_figures(uuid, date, date, uuid) to bridgeway_app;`);
  }

  override down(): void {
    this.addSql(`drop function material_support_figures(uuid, date, date, uuid);`);
  }
}
