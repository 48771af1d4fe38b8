import { Role } from '@bridgeway/shared-domain';
import { errorOf, graphql, ok } from '../../support/api.js';
import { daysFromToday, dropInstrument, insertInstrument, insertResident } from '../../support/factories.js';
import type { RecordAssessmentInput } from '../../support/gql/graphql.js';
import { auditOf, tableCounts } from '../../support/stored.js';
import { caseFileSuite, type CaseFileSuite } from '../../support/suites.js';

const RECORD = graphql(`mutation RecordAssessment($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) { id takenOn scores total createdAt instrument { code } assessedBy { id } }
}`);
const INSTRUMENTS = graphql(`query AssessmentInstruments($locale: String) { assessmentInstruments { code name description itemMin itemMax totalMin totalMax items { key locales text(locale: $locale) } } }`);
const TREND = graphql(`mutation RecordAssessmentTrend($input: RecordAssessmentInput!) { recordAssessment(input: $input) { resident { id all: assessments { takenOn instrument { code } } barc: assessments(instrumentCode: "BARC-10") { takenOn total } } } }`);
const BARC = 'BARC-10';

/** Outcome assessments: instruments as data (BARC-10 from the migration), score validation, totals, trends. */
describe('outcome assessments', () => {
  let { owner, api, a, b, ta: tokenA, tb: tokenB } = {} as CaseFileSuite;
  const testCode = `TEST-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
  // Declared before the suite's hooks: afterAll hooks run in order, this one before the owner ORM closes.
  afterAll(async () => {
    if (owner) await dropInstrument(owner, testCode, [a.id, b.id]);
  });
  caseFileSuite('assess', (suite) => ({ owner, api, a, b, ta: tokenA, tb: tokenB } = suite));
  let residentA: string;

  const record = (token: string, input: RecordAssessmentInput) => api.gql(RECORD, { input }, { token });
  const barc = (residentId: string, scores: number[], takenOn = '2025-06-01') => ({ residentId, instrumentCode: BARC, takenOn, scores });
  const assessmentsOf = async (tenantId: string) => (await tableCounts(owner, tenantId)).assessment;

  beforeAll(async () => {
    residentA = await insertResident(owner, a.id);
    await insertInstrument(owner, testCode);
  });

  it('lists BARC-10 with its ten items, scale 1..6 and totals 10..60, in the requested locale', async () => {
    const en = ok(await api.gql(INSTRUMENTS, {}, { token: tokenA.COUNSELLOR }));
    const [instrument] = en.assessmentInstruments.filter((i) => i.code === BARC);
    expect(instrument).toMatchObject({ code: BARC, itemMin: 1, itemMax: 6, totalMin: 10, totalMax: 60, name: expect.stringContaining('BARC-10') });
    expect(instrument.items).toHaveLength(10);
    expect(instrument.items[1]).toEqual({ key: 'happy', locales: ['en', 'nb', 'sl'], text: 'In general I am happy with my life.' });
    const nb = ok(await api.gql(INSTRUMENTS, { locale: 'nb' }, { token: tokenA.COUNSELLOR }));
    expect(nb.assessmentInstruments.filter((i) => i.code === BARC)[0].items[1].text).toBe('Stort sett er jeg fornøyd med livet mitt.');
    // A locale an item lacks falls back to English.
    const [test] = nb.assessmentInstruments.filter((i) => i.code === testCode);
    expect(test.items.map((i) => i.text)).toEqual(['I sleep well.', 'My mood is stable.', 'Suget er til å leve med.']);
  });

  it('records a BARC-10 administration with total = sum of the scores, audited as CREATE', async () => {
    const scores = [6, 5, 4, 3, 2, 1, 6, 5, 4, 3];
    const assessment = ok(await record(tokenA.COUNSELLOR, barc(residentA, scores))).recordAssessment;
    expect(assessment).toMatchObject({ takenOn: '2025-06-01', scores, total: scores.reduce((x, y) => x + y, 0), instrument: { code: BARC }, assessedBy: { id: a.users.COUNSELLOR.id } });
    expect(await auditOf(owner, a.id, { entityId: assessment.id })).toEqual([expect.objectContaining({ action: 'CREATE', entityType: 'Assessment', residentId: residentA, userId: a.users.COUNSELLOR.id })]);
    expect(ok(await record(tokenA.MANAGER, barc(residentA, Array(10).fill(1)))).recordAssessment.total).toBe(10);
    expect(ok(await record(tokenA.MANAGER, barc(residentA, Array(10).fill(6)))).recordAssessment.total).toBe(60);
  });

  it('refuses a wrong number of scores or a score outside 1..6 with the field scores, writing nothing', async () => {
    const before = await assessmentsOf(a.id);
    for (const scores of [Array(9).fill(3), Array(11).fill(3), [], [3, 3, 3, 3, 0, 3, 3, 3, 3, 3], [3, 3, 3, 3, 3, 3, 3, 3, 3, 7], [-1, 3, 3, 3, 3, 3, 3, 3, 3, 3]]) {
      const error = errorOf(await record(tokenA.COUNSELLOR, barc(residentA, scores)));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(error.fields)).toEqual(['scores']);
    }
    const outOfScale = errorOf(await record(tokenA.COUNSELLOR, barc(residentA, [3, 3, 3, 3, 3, 3, 3, 3, 3, 7])));
    expect(outOfScale.fields.scores).toMatch(/1 to 6.*item 10/);
    expect(errorOf(await record(tokenA.COUNSELLOR, barc(residentA, Array(9).fill(3)))).fields.scores).toMatch(/10 items/);
    expect(await assessmentsOf(a.id)).toBe(before);
  });

  it('validates any instrument from its data (no BARC-specific rule)', async () => {
    expect(ok(await record(tokenA.COUNSELLOR, { residentId: residentA, instrumentCode: testCode, takenOn: '2025-06-02', scores: [0, 4, 2] })).recordAssessment).toMatchObject({ total: 6, instrument: { code: testCode } });
    expect(errorOf(await record(tokenA.COUNSELLOR, { residentId: residentA, instrumentCode: testCode, takenOn: '2025-06-02', scores: [0, 5, 2] })).fields).toHaveProperty('scores');
    expect(errorOf(await record(tokenA.COUNSELLOR, { residentId: residentA, instrumentCode: testCode, takenOn: '2025-06-02', scores: Array(10).fill(1) })).fields).toHaveProperty('scores');
  });

  it('refuses an unknown instrument (NOT_FOUND), an impossible or future date (BAD_USER_INPUT)', async () => {
    const before = await assessmentsOf(a.id);
    expect(errorOf(await record(tokenA.COUNSELLOR, { ...barc(residentA, Array(10).fill(3)), instrumentCode: 'NOPE-1' })).code).toBe('NOT_FOUND');
    expect(errorOf(await record(tokenA.COUNSELLOR, barc(residentA, Array(10).fill(3), '2025-13-01'))).code).toBe('BAD_USER_INPUT');
    const tomorrowAnywhere = daysFromToday(3);
    expect(errorOf(await record(tokenA.COUNSELLOR, barc(residentA, Array(10).fill(3), tomorrowAnywhere)))).toMatchObject({ code: 'BAD_USER_INPUT', fields: { takenOn: expect.any(String) } });
    expect(await assessmentsOf(a.id)).toBe(before);
  });

  it('lists a resident\'s assessments oldest first, optionally of one instrument', async () => {
    const residentId = await insertResident(owner, a.id);
    const days = ['2025-03-01', '2025-01-01', '2025-02-01'];
    for (const [i, takenOn] of days.entries()) ok(await record(tokenA.COUNSELLOR, barc(residentId, Array(10).fill(i + 2), takenOn)));
    // The last one reads the trend back through Assessment.resident.
    const input = { residentId, instrumentCode: testCode, takenOn: '2025-01-15', scores: [1, 1, 1] };
    const resident = ok(await api.gql(TREND, { input }, { token: tokenA.COUNSELLOR })).recordAssessment.resident;
    expect(resident.id).toBe(residentId);
    expect(resident.barc).toEqual([
      { takenOn: '2025-01-01', total: 30 },
      { takenOn: '2025-02-01', total: 40 },
      { takenOn: '2025-03-01', total: 20 },
    ]);
    expect(resident.all.map((x) => `${x.takenOn} ${x.instrument.code}`)).toEqual([
      `2025-01-01 ${BARC}`,
      `2025-01-15 ${testCode}`,
      `2025-02-01 ${BARC}`,
      `2025-03-01 ${BARC}`,
    ]);
  });

  it('answers NOT_FOUND for another tenant\'s resident and writes nothing there', async () => {
    const [beforeA, beforeB] = [await assessmentsOf(a.id), await assessmentsOf(b.id)];
    expect(errorOf(await record(tokenB.COUNSELLOR, barc(residentA, Array(10).fill(3)))).code).toBe('NOT_FOUND');
    expect([await assessmentsOf(a.id), await assessmentsOf(b.id)]).toEqual([beforeA, beforeB]);
  });

  it('refuses GROUP_LEADER and CONSORTIUM_COORDINATOR', async () => {
    const before = await assessmentsOf(a.id);
    for (const role of [Role.GROUP_LEADER, Role.CONSORTIUM_COORDINATOR]) {
      expect(errorOf(await record(tokenA[role], barc(residentA, Array(10).fill(3)))).code).toBe('FORBIDDEN');
      expect(errorOf(await api.gql(INSTRUMENTS, {}, { token: tokenA[role] })).code).toBe('FORBIDDEN');
    }
    expect(await assessmentsOf(a.id)).toBe(before);
  });
});
