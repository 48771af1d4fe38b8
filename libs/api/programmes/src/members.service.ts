import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '@bridgeway/api-audit';
import { Department, DepartmentsService } from '@bridgeway/api-organisations';
import { PAGE_SIZES } from '@bridgeway/api-query-limits';
import { containsPattern } from '@bridgeway/api-residents';
import { Tenant, getActor } from '@bridgeway/api-tenancy';
import { Member } from './member.entity.js';
import { MemberType, toMemberType } from './member.type.js';
import type { CreateMemberInput } from './dto/member.inputs.js';
import type { MembersArgs } from './dto/programmes.args.js';

/** Volunteers and members: person records (every disclosure audited as a READ, member.type.ts). */
@Injectable()
export class MembersService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
    private readonly departments: DepartmentsService,
  ) {}

  /** By last name, first name; optionally those whose name contains `search`, of one department. */
  async list(args: MembersArgs): Promise<MemberType[]> {
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select m.* from member m
        where m.tenant_id = :tenantId${args.search ? ` and lower(m.first_name || ' ' || m.last_name) like lower(:search)` : ''}${args.departmentId ? ' and m.department_id = :departmentId' : ''}
        order by lower(m.last_name), lower(m.first_name), m.id limit :first`,
      { tenantId: getActor().tenantId, search: args.search ? containsPattern(args.search) : undefined, departmentId: args.departmentId ?? undefined, first: args.first ?? PAGE_SIZES.members.default },
    );
    return rows.map((row) => toMemberType(this.em.map(Member, row)));
  }

  async create(input: CreateMemberInput): Promise<MemberType> {
    const { tenantId } = getActor();
    return this.em.transactional(async (tx) => {
      const department = input.departmentId ? await this.departments.assignable(tx, input.departmentId) : null;
      const member = tx.create(Member, {
        tenant: tx.getReference(Tenant, tenantId),
        firstName: input.firstName,
        lastName: input.lastName,
        kind: input.kind,
        phone: input.phone ?? null,
        email: input.email ?? null,
        department: department ? tx.getReference(Department, [tenantId, department.id], { wrapped: true }) : null,
      });
      await tx.flush();
      await this.audit.record({ action: 'CREATE', entityType: 'Member', entityId: member.id }, tx);
      return toMemberType(member);
    });
  }
}
