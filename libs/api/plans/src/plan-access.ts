import { getActor } from '@bridgeway/api-tenancy';
import { Role } from '@bridgeway/shared-domain';

/**
 * The plans the caller may see and edit (alias `p`), on top of row security (own tenant):
 * a manager the organisation's plans, a coordinator the plans of consortia they coordinate.
 * Named parameters: tenantId, userId, role (planAccessParams).
 */
export const VISIBLE_PLAN = `p.tenant_id = :tenantId and case when :role = 'CONSORTIUM_COORDINATOR'
  then p.level = 'CONSORTIUM' and exists (select 1 from consortium_coordinator k
         where k.tenant_id = p.tenant_id and k.consortium_id = p.consortium_id and k.user_id = :userId)
  else p.level = 'ORGANISATION' end`;

export function planAccessParams() {
  const { tenantId, userId, role } = getActor();
  return { tenantId, userId, role: role === Role.CONSORTIUM_COORDINATOR ? role : Role.MANAGER };
}
