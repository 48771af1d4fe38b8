import { errorOf, graphql, ok } from '../../support/api.js';
import { createDepartment, insertRelative, insertResident, recordHandout } from '../../support/factories.js';
import type { RecordHandoutInput } from '../../support/gql/graphql.js';
import { ownerQuery } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const FIGURES = graphql(`query MaterialSupportFiguresOfPeriod($from: Date!, $to: Date!, $departmentId: ID) {
  materialSupportFigures(from: $from, to: $to, departmentId: $departmentId) { parcels handouts byKind { kind handouts quantity namedRecipients anonymousRecipients } }
}`);

const FROM = '2025-01-01';
const TO = '2025-06-30';
type Kind = RecordHandoutInput['kind'];
const KINDS: Kind[] = ['FOOD_PARCEL', 'CLOTHING', 'TRANSPORT', 'OTHER'];

/**
 * materialSupportFigures against an independent SQL count over the stored handouts (per kind, a
 * person counted once however many handouts they had) and against the fixture as recorded, for the
 * whole organisation and one department. Parcels = the quantity of FOOD_PARCEL handouts.
 */
describe('materialSupportFigures', () => {
  let { owner, api, a, ta, tb } = {} as CaseFileSuite;
  caseFileSuite('material-figures', (suite) => ({ owner, api, a, ta, tb } = suite));
  let department: string;
  const recorded: { day: string; kind: Kind; quantity: number; person: string | null; anonymous: number; department: string | null }[] = [];

  async function independent(departmentId: string | null) {
    const rows = await ownerQuery<{ kind: string; handouts: number; quantity: number; named: number; anonymous: number }>(
      owner, a.id,
      `select k.kind::text as kind,
              (select count(*) from handout h where h.tenant_id = ? and h.kind = k.kind and h.handed_out_on >= ?::date and h.handed_out_on <= ?::date and (?::uuid is null or h.department_id = ?::uuid))::int as handouts,
              (select coalesce(sum(h.quantity), 0) from handout h where h.tenant_id = ? and h.kind = k.kind and h.handed_out_on >= ?::date and h.handed_out_on <= ?::date and (?::uuid is null or h.department_id = ?::uuid))::int as quantity,
              (select count(*) from (select h.resident_id, h.relative_id from handout h where h.tenant_id = ? and h.kind = k.kind and h.handed_out_on >= ?::date and h.handed_out_on <= ?::date and (?::uuid is null or h.department_id = ?::uuid) and h.anonymous_recipients is null group by 1, 2) p)::int as named,
              (select coalesce(sum(h.anonymous_recipients), 0) from handout h where h.tenant_id = ? and h.kind = k.kind and h.handed_out_on >= ?::date and h.handed_out_on <= ?::date and (?::uuid is null or h.department_id = ?::uuid))::int as anonymous
         from unnest(enum_range(null::handout_kind)) as k(kind) order by k.kind`,
      Array.from({ length: 4 }, () => [a.id, FROM, TO, departmentId, departmentId]).flat(),
    );
    return rows;
  }

  beforeAll(async () => {
    department = (await createDepartment(api, ta.MANAGER, { name: 'Parcel depot' })).id;
    const residents = [await insertResident(owner, a.id), await insertResident(owner, a.id)];
    const relatives = [await insertRelative(owner, a.id), await insertRelative(owner, a.id)];
    const days = ['2024-12-31', '2025-01-01', '2025-02-14', '2025-03-31', '2025-06-30', '2025-07-01'];
    let n = 0;
    for (const day of days) {
      for (let k = 0; k < 4; k++, n++) {
        const kind = KINDS[(n * 3) % 5 === 4 ? 3 : n % 3];
        const quantity = 1 + ((n * 7) % 9);
        const person = n % 4 === 0 ? { residentId: residents[n % 2] } : n % 5 === 0 ? { relativeId: relatives[n % 2] } : null;
        const anonymous = person ? 0 : 1 + (n % 6);
        const inDepartment = n % 2 ? department : null;
        await recordHandout(api, n % 3 ? ta.MANAGER : ta.COUNSELLOR, { handedOutOn: day, kind, quantity, ...(person ?? { anonymousRecipients: anonymous }), departmentId: inDepartment });
        recorded.push({ day, kind, quantity, person: person ? Object.values(person)[0] : null, anonymous, department: inDepartment });
      }
    }
    // Another organisation's parcels in the same period never count.
    await recordHandout(api, tb.MANAGER, { handedOutOn: '2025-02-01', kind: 'FOOD_PARCEL', quantity: 500, anonymousRecipients: 500 });
  });

  it.each([
    ['the whole organisation', null],
    ['one department', 'DEPARTMENT'],
  ])('equals the independent counts for %s', async (_label, which) => {
    const departmentId = which ? department : null;
    const figures = ok(await api.gql(FIGURES, { from: FROM, to: TO, departmentId }, { token: ta.MANAGER })).materialSupportFigures;
    const sql = await independent(departmentId);
    const byKind = sql.map((r) => ({ kind: r.kind, handouts: r.handouts, quantity: r.quantity, namedRecipients: r.named, anonymousRecipients: r.anonymous }));
    expect([...figures.byKind].sort((x, y) => x.kind.localeCompare(y.kind))).toEqual([...byKind].sort((x, y) => x.kind.localeCompare(y.kind)));
    expect(figures.parcels).toBe(byKind.find((k) => k.kind === 'FOOD_PARCEL')?.quantity);
    expect(figures.handouts).toBe(byKind.reduce((s, k) => s + k.handouts, 0));
    // The SQL agrees with the fixture as recorded.
    const mine = recorded.filter((r) => r.day >= FROM && r.day <= TO && (!departmentId || r.department === departmentId));
    for (const kind of KINDS) {
      const ofKind = mine.filter((r) => r.kind === kind);
      expect(byKind.find((k) => k.kind === kind)).toEqual({
        kind,
        handouts: ofKind.length,
        quantity: ofKind.reduce((s, r) => s + r.quantity, 0),
        namedRecipients: new Set(ofKind.flatMap((r) => (r.person ? [r.person] : []))).size,
        anonymousRecipients: ofKind.reduce((s, r) => s + r.anonymous, 0),
      });
    }
    expect(figures.parcels).toBeGreaterThan(0);
    expect(figures.byKind.map((k) => k.kind)).toEqual(KINDS);
  });

  it('is all zeros for a period without handouts, and NOT_FOUND for another organisation\'s department', async () => {
    const empty = ok(await api.gql(FIGURES, { from: '2010-01-01', to: '2010-12-31' }, { token: ta.MANAGER })).materialSupportFigures;
    expect(empty).toEqual({ parcels: 0, handouts: 0, byKind: KINDS.map((kind) => ({ kind, handouts: 0, quantity: 0, namedRecipients: 0, anonymousRecipients: 0 })) });
    expect(errorOf(await api.gql(FIGURES, { from: FROM, to: TO, departmentId: department }, { token: tb.MANAGER })).code).toBe('NOT_FOUND');
    expect(errorOf(await api.gql(FIGURES, { from: TO, to: FROM }, { token: ta.MANAGER })).fields).toEqual({ to: expect.any(String) });
  });
});
