/**
 * Open stays of residents, each with its bed, residence and the residence's occupancy (params: tenantId,
 * residentIds). Bed and residence are joined on purpose (one statement for a case file's stay): stays
 * depends on residences, and a library's SQL may read the tables of the libraries it depends on.
 */
export const CURRENT_STAYS = `
  select s.*, to_jsonb(b) as bed_row, to_jsonb(r) as residence_row,
         (select count(*)::int from stay o where o.tenant_id = s.tenant_id and o.residence_id = s.residence_id and o.discharged_on is null) as occupancy
    from stay s
    join bed b on b.tenant_id = s.tenant_id and b.id = s.bed_id
    join residence r on r.tenant_id = s.tenant_id and r.id = s.residence_id
   where s.tenant_id = :tenantId and s.resident_id in (:residentIds) and s.discharged_on is null`;
