import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { AuditService } from '@bridgeway/api-audit';
import { NotFoundError } from '@bridgeway/api-common';
import { Department, DepartmentsService, departmentFromRow, type DepartmentType } from '@bridgeway/api-organisations';
import { byKey, getActor, requestLoader } from '@bridgeway/api-tenancy';
import { Residence } from './residence.entity.js';
import { toResidenceType, type ResidenceType } from './residence.type.js';

/** Which department a residence belongs to. */
@Injectable()
export class ResidenceDepartmentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly departments: DepartmentsService,
  ) {}

  /** Residence.department, batched per request: one join for every residence of the response. */
  departmentOf(residenceId: string): Promise<DepartmentType | null> {
    return requestLoader<string, DepartmentType | null>('residences.department', async (ids) => {
      const rows = await this.em.execute<Record<string, unknown>[]>(
        `select r.id as residence_id, d.* from residence r
           join department d on d.tenant_id = r.tenant_id and d.id = r.department_id
          where r.tenant_id = :tenantId and r.id in (:residenceIds)`,
        { tenantId: getActor().tenantId, residenceIds: [...ids] },
      );
      return byKey(ids, rows, (row) => row.residence_id as string, ([row]) => (row ? departmentFromRow(row) : null));
    }).load(residenceId);
  }

  /** Puts a residence into a department (null: none); NOT_FOUND for either id outside the organisation. */
  async setDepartment(residenceId: string, departmentId: string | null): Promise<ResidenceType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const residence = isUUID(residenceId) ? await tx.findOne(Residence, { tenant: tenantId, id: residenceId }) : null;
      if (!residence) throw new NotFoundError('Residence', residenceId);
      const department = departmentId === null ? null : await this.departments.assignable(tx, departmentId);
      const from = residence.department?.id ?? null;
      residence.department = department ? tx.getReference(Department, [tenantId, department.id], { wrapped: true }) : null;
      await tx.flush();
      await this.audit.record({ action: 'UPDATE', entityType: 'Residence', entityId: residence.id, details: { departmentFrom: from, departmentTo: department?.id ?? null } }, tx);
      return toResidenceType(residence);
    });
  }
}
