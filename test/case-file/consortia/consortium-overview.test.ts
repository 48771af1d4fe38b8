import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isObjectType, isScalarType, type GraphQLObjectType } from 'graphql';
import { graphql, ok, refused } from '../../support/api.js';
import { createConsortium, signInAll, type Tokens } from '../../support/factories.js';
import { appOrm } from '../../support/orm.js';
import { auditOf } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';
import { createTestTenant, type TestTenant } from '../../support/tenants.js';
import { PERIOD, countedInTest, decide, populate } from './consortium-fixtures.js';

const CONSORTIA = graphql(`query Consortia { consortia { id name members { id name } } }`);
const OVERVIEW = graphql(`query ConsortiumOverview($consortiumId: ID!, $from: Date!, $to: Date!) {
  consortiumOverview(consortiumId: $consortiumId, from: $from, to: $to) {
    consortium { id name members { id name } }
    partners { organisation { id name } residencesOpen currentResidents counsellingHours peopleCounselled trainingsHeld goalsAchieved }
    totals { organisation { id } residencesOpen currentResidents counsellingHours peopleCounselled trainingsHeld goalsAchieved }
  }
}`);
const OWN_TOTALS = graphql(`query ConsortiumOwnCounselling($from: Date!, $to: Date!) { counsellingTotals(from: $from, to: $to) { totalMinutes residents } }`);

describe('consortiumOverview (the one cross-tenant path)', () => {
  let { owner, api, a, b, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('consortium', (s) => ({ owner, api, a, b, ta, tb } = s));
  let c: TestTenant;
  let tc: Tokens;
  let consortiumId: string;
  let otherId: string;

  beforeAll(async () => {
    c = await createTestTenant(owner, 'consortium-c');
    tc = await signInAll(api, c);
    const [aFirst] = await populate(owner, a, 6);
    await populate(owner, b, 2);
    const [cFirst] = await populate(owner, c, 7);
    // a's first resident withdrew, then gave consent again (counted); c's first gave, then withdrew (left out).
    await decide(owner, a, aFirst, false, '2025-01-01');
    await decide(owner, a, aFirst, true, '2025-02-01');
    await decide(owner, c, cFirst, true, '2025-01-01');
    await decide(owner, c, cFirst, false, '2025-02-01');
    consortiumId = await createConsortium(owner, 'Network ABC', [a.id, b.id, c.id], [{ tenantId: a.id, userId: a.users.CONSORTIUM_COORDINATOR.id }]);
    otherId = await createConsortium(owner, 'Only C', [c.id], [{ tenantId: c.id, userId: c.users.CONSORTIUM_COORDINATOR.id }]);
  });

  const overview = (token: string, id = consortiumId) => api.gql(OVERVIEW, { consortiumId: id, ...PERIOD }, { token });

  it('gives every partner its figures as independent SQL counts them (consenting residents only), suppressing small people counts', async () => {
    const { partners, totals, consortium } = ok(await overview(ta.MANAGER)).consortiumOverview;
    expect(consortium.members.map((m) => m.id).sort()).toEqual([a.id, b.id, c.id].sort());
    expect(partners.map((p) => p.organisation.id)).toEqual([a.id, b.id, c.id]);
    const [fa, fb, fc] = await Promise.all([a, b, c].map((t) => countedInTest(owner, t.id, true)));
    expect([fa, fb, fc].map((f) => f.currentResidents)).toEqual([6, 2, 6]);
    // b's 2 people are under the threshold (5): suppressed; a's 6 (the smallest other, first on the tie with c) too, so totals minus c do not reveal b.
    const people = { currentResidents: null, peopleCounselled: null, goalsAchieved: null };
    expect(partners.map(({ organisation: _o, ...figures }) => figures)).toEqual([
      { ...fa, ...people },
      { ...fb, ...people },
      { ...fc },
    ]);
    const sum = (k: keyof typeof fa) => fa[k] + fb[k] + fc[k];
    expect(totals).toEqual({
      organisation: null,
      residencesOpen: sum('residencesOpen'),
      currentResidents: sum('currentResidents'),
      counsellingHours: sum('counsellingHours'),
      peopleCounselled: sum('peopleCounselled'),
      trainingsHeld: 0,
      goalsAchieved: sum('goalsAchieved'),
    });
    expect(totals).toMatchObject({ residencesOpen: 3, currentResidents: 14, counsellingHours: 21, peopleCounselled: 14, goalsAchieved: 14 });
  });

  it("leaves residents who withdrew out of the consortium's figures, not out of their own organisation's", async () => {
    const consented = await countedInTest(owner, c.id, true);
    const all = await countedInTest(owner, c.id, false);
    expect(all.currentResidents - consented.currentResidents).toBe(1);
    expect(ok(await overview(tc.CONSORTIUM_COORDINATOR, otherId)).consortiumOverview.partners[0]).toMatchObject({ currentResidents: 6, peopleCounselled: 6, counsellingHours: 9 });
    expect(ok(await api.gql(OWN_TOTALS, PERIOD, { token: tc.MANAGER })).counsellingTotals).toEqual({ totalMinutes: 7 * 90, residents: 7 });
  });

  it('lets the coordinator of a consortium and the managers of its members see it; others get NOT_FOUND or FORBIDDEN', async () => {
    expect(ok(await api.gql(CONSORTIA, {}, { token: ta.CONSORTIUM_COORDINATOR })).consortia.map((x) => x.id)).toEqual([consortiumId]);
    expect(ok(await api.gql(CONSORTIA, {}, { token: tb.MANAGER })).consortia.map((x) => x.id)).toEqual([consortiumId]);
    expect(ok(await api.gql(CONSORTIA, {}, { token: tc.MANAGER })).consortia.map((x) => x.name)).toEqual(['Network ABC', 'Only C']);
    // b's coordinator coordinates nothing: sees no consortium, even one its organisation belongs to.
    expect(ok(await api.gql(CONSORTIA, {}, { token: tb.CONSORTIUM_COORDINATOR })).consortia).toEqual([]);
    ok(await overview(ta.CONSORTIUM_COORDINATOR));
    ok(await overview(tb.MANAGER));
    refused(await overview(tb.CONSORTIUM_COORDINATOR), 'NOT_FOUND');
    refused(await overview(ta.MANAGER, otherId), 'NOT_FOUND');
    refused(await overview(ta.CONSORTIUM_COORDINATOR, otherId), 'NOT_FOUND');
    refused(await overview(ta.MANAGER, '00000000-0000-4000-8000-000000000000'), 'NOT_FOUND');
    for (const token of [ta.COUNSELLOR, ta.GROUP_LEADER]) {
      refused(await api.gql(CONSORTIA, {}, { token }), 'FORBIDDEN');
      refused(await overview(token), 'FORBIDDEN');
    }
  });

  it("writes a READ audit row in the caller's tenant for every call", async () => {
    const before = await auditOf(owner, b.id, { action: 'READ', entityType: 'ConsortiumOverview', entityId: consortiumId });
    ok(await overview(tb.MANAGER));
    const after = await auditOf(owner, b.id, { action: 'READ', entityType: 'ConsortiumOverview', entityId: consortiumId });
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({ userId: b.users.MANAGER.id, details: { consortiumId, ...PERIOD } });
    expect(await auditOf(owner, a.id, { entityType: 'ConsortiumOverview', userId: b.users.MANAGER.id })).toEqual([]);
  });

  it('refuses the SQL path itself to anyone but a coordinator or a member manager, and leaves the app role inside its own tenant', async () => {
    const app = await appOrm(1);
    try {
      const as = async <T>(tenantId: string, userId: string, sql: string, params: unknown[] = []) => {
        const em = app.em.fork();
        return em.transactional(async (tx) => {
          await tx.execute(`select set_config('app.tenant_id', ?, true), set_config('app.user_id', ?, true)`, [tenantId, userId]);
          return tx.execute<T[]>(sql, params);
        });
      };
      // The app role with a's settings: no row of c, whatever the query asks for.
      expect(await as<{ n: string }>(a.id, a.users.MANAGER.id, 'select count(*) as n from resident where tenant_id = ?', [c.id])).toEqual([{ n: '0' }]);
      expect(await as<{ n: string }>(a.id, a.users.MANAGER.id, 'select count(*) as n from counselling_session where tenant_id <> ?', [a.id])).toEqual([{ n: '0' }]);
      const [metrics] = await as<{ current_residents: number }>(a.id, a.users.MANAGER.id, 'select * from tenant_metrics(?, ?, ?, false)', [c.id, PERIOD.from, PERIOD.to]);
      expect(metrics.current_residents).toBe(0);
      // The definer function checks the caller from the settings.
      await expect(as(a.id, a.users.COUNSELLOR.id, 'select * from consortium_partner_figures(?, ?, ?)', [consortiumId, PERIOD.from, PERIOD.to])).rejects.toThrow(/not a coordinator/);
      await expect(as(a.id, a.users.MANAGER.id, 'select * from consortium_partner_figures(?, ?, ?)', [otherId, PERIOD.from, PERIOD.to])).rejects.toThrow(/not a coordinator/);
      expect(await as(a.id, a.users.MANAGER.id, 'select * from consortium_partner_figures(?, ?, ?)', [consortiumId, PERIOD.from, PERIOD.to])).toHaveLength(3);
      // Consortium rows: only those a belongs to.
      expect(await as<{ id: string }>(a.id, a.users.MANAGER.id, 'select id from consortium')).toEqual([{ id: consortiumId }]);
    } finally {
      await app.close(true);
    }
  });

  it('returns no person-level field: ConsortiumOverview reaches only organisation ids and names and numbers', () => {
    const schema = buildSchema(readFileSync('apps/api/schema.graphql', 'utf8'));
    const allowed: Record<string, string[]> = {
      ConsortiumOverview: ['consortium', 'partners', 'totals', 'series'],
      MetricSeries: ['metric', 'months'],
      MonthFigure: ['month', 'total'],
      Consortium: ['id', 'name', 'members'],
      Organisation: ['id', 'name'],
      PartnerFigures: ['organisation', 'residencesOpen', 'currentResidents', 'counsellingHours', 'peopleCounselled', 'trainingsHeld', 'goalsAchieved'],
    };
    const seen = new Set<string>();
    const walk = (type: GraphQLObjectType) => {
      if (seen.has(type.name)) return;
      seen.add(type.name);
      expect({ type: type.name, fields: Object.keys(type.getFields()).sort() }).toEqual({ type: type.name, fields: [...(allowed[type.name] ?? [])].sort() });
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        if (isObjectType(named)) walk(named);
        else expect({ field: `${type.name}.${field.name}`, scalar: (isScalarType(named) && ['ID', 'String', 'Int', 'Float'].includes(named.name)) || named.name === 'Metric' }).toEqual({ field: `${type.name}.${field.name}`, scalar: true });
      }
    };
    walk(schema.getType('ConsortiumOverview') as GraphQLObjectType);
    expect([...seen].sort()).toEqual(Object.keys(allowed).sort());
  });
});
