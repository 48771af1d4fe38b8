import type { MikroORM } from '@mikro-orm/postgresql';
import { Assessment, AssessmentInstrument } from '@bridgeway/api-assessments';
import { AuditEvent } from '@bridgeway/api-audit';
import { Resident } from '@bridgeway/api-residents';
import { Tenant, forkForTenant } from '@bridgeway/api-tenancy';
import { Role } from '@bridgeway/shared-domain';
import type { GqlResult, TestApi } from '../../support/api.js';
import type { TestTenant } from '../../support/tenants.js';

/** A resident written directly as the owner (the residents API is another engineer's). */
export async function createResident(owner: MikroORM, tenantId: string): Promise<string> {
  const em = forkForTenant(owner.em, tenantId);
  const resident = em.create(Resident, { tenant: em.getReference(Tenant, tenantId), firstName: 'Resident', lastName: Math.random().toString(36).slice(2, 8), intakeDate: '2024-01-01' });
  await em.flush();
  return resident.id;
}

/** A second instrument, inserted as reference data for this suite only (removed by dropInstrument). */
export async function createInstrument(owner: MikroORM, code: string): Promise<AssessmentInstrument> {
  const em = owner.em.fork();
  const instrument = em.create(AssessmentInstrument, {
    code,
    name: `Test instrument ${code}`,
    description: null,
    itemMin: 0,
    itemMax: 4,
    items: [
      { key: 'sleep', text: { en: 'I sleep well.', sl: 'Dobro spim.' } },
      { key: 'mood', text: { en: 'My mood is stable.' } },
      { key: 'cravings', text: { en: 'Cravings are manageable.', nb: 'Suget er til å leve med.' } },
    ],
  });
  await em.flush();
  return instrument;
}

export async function dropInstrument(owner: MikroORM, code: string, tenantIds: string[]): Promise<void> {
  for (const tenantId of tenantIds) await forkForTenant(owner.em, tenantId).nativeDelete(Assessment, { tenant: tenantId, instrument: { code } });
  await owner.em.fork().nativeDelete(AssessmentInstrument, { code });
}

export function assessmentsOf(owner: MikroORM, tenantId: string): Promise<number> {
  return forkForTenant(owner.em, tenantId).count(Assessment, { tenant: tenantId });
}

export async function tokensFor(api: TestApi, t: TestTenant): Promise<Record<Role, string>> {
  const tokens = {} as Record<Role, string>;
  for (const role of Object.values(Role)) tokens[role] = (await api.login(t.users[role].email)).token;
  return tokens;
}

export function auditOf(owner: MikroORM, tenantId: string, entityId: string): Promise<AuditEvent[]> {
  return forkForTenant(owner.em, tenantId).find(AuditEvent, { tenant: tenantId, entityId }, { orderBy: { occurredAt: 'asc' } });
}

/** The one error of a refused operation, with its code (and fields for BAD_USER_INPUT). */
export function errorOf(res: GqlResult): { code: string; fields?: Record<string, string>; message: string } {
  expect(res.errors).toHaveLength(1);
  const [error] = res.errors!;
  return { code: error.extensions?.code, fields: error.extensions?.fields, message: error.message };
}
