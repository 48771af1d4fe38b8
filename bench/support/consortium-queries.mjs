// What the consortium benchmark asks: GraphQL operations (as the web client would) and the
// raw-SQL equivalent of the case file (one SELECT returning the same data as JSON).

export const CASE_FILE = `query CaseFile($id: ID!) {
  resident(id: $id) {
    id firstName lastName status intakeDate version
    keyWorker { id displayName }
    counsellingMinutes
    currentStay { id admittedOn bed { id room label } residence { id name occupancy } }
    goals { id domain title status progress targetDate version }
    counsellingSessions(first: 20) { id occurredOn durationMinutes kind domains notes notesVisible counsellor { id displayName } }
  }
}`;

/** The case worker's caseload fields (libs/web/caseload/src/caseload.graphql), for everyone, not only `mine`. */
export const RESIDENTS = `query Residents($first: Int, $monthStart: Date!, $today: Date!) {
  residents(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id firstName lastName status
      currentStay { id residence { id name } }
      goals { id status }
      counsellingSessions(first: 1) { id occurredOn }
      minutesThisMonth: counsellingMinutes(from: $monthStart, to: $today)
    } }
  }
}`;

export const MANAGER_FIGURES = {
  counsellingTotals: `query($from: Date!, $to: Date!) { counsellingTotals(from: $from, to: $to) {
    sessions totalMinutes totalHours residents
    byCounsellor { counsellor { id displayName } minutes sessions }
    byMonth { month minutes sessions }
    byResident { resident { id firstName lastName } minutes sessions } } }`,
  occupancyOverTime: `query($from: Date!, $to: Date!) { occupancyOverTime(from: $from, to: $to) { date beds residents rate } }`,
  goalsByDomain: `query($from: Date!, $to: Date!) { goalsByDomain(from: $from, to: $to) { domain planned inProgress achieved abandoned total } }`,
};

const who = `json_build_object('id', u.id, 'displayName', u.display_name)`;
/**
 * The case file by one SELECT as the application role ($1 resident, $2 the signed-in user);
 * RLS adds the tenant. Confidential notes only for the session's counsellor or the key worker
 * (a counsellor's rule; managers see all).
 */
export const RAW_CASE_FILE = `select json_build_object(
  'id', r.id, 'firstName', r.first_name, 'lastName', r.last_name, 'status', r.status, 'intakeDate', r.intake_date, 'version', r.version,
  'keyWorker', (select ${who} from user_account u where u.tenant_id = r.tenant_id and u.id = r.key_worker_id),
  'counsellingMinutes', (select coalesce(sum(s.duration_minutes), 0) from counselling_session s
      where s.tenant_id = r.tenant_id and s.resident_id = r.id and s.withdrawn_at is null), -- withdrawn sessions do not count (issue 12)
  'currentStay', (select json_build_object('id', st.id, 'admittedOn', st.admitted_on,
      'bed', json_build_object('id', b.id, 'room', b.room, 'label', b.label),
      'residence', json_build_object('id', h.id, 'name', h.name, 'occupancy',
        (select count(*) from stay o where o.tenant_id = h.tenant_id and o.residence_id = h.id and o.discharged_on is null)))
    from stay st join bed b on b.tenant_id = st.tenant_id and b.id = st.bed_id join residence h on h.tenant_id = st.tenant_id and h.id = st.residence_id
    where st.tenant_id = r.tenant_id and st.resident_id = r.id and st.discharged_on is null),
  'goals', (select coalesce(json_agg(json_build_object('id', g.id, 'domain', g.domain, 'title', g.title, 'status', g.status,
      'progress', g.progress, 'targetDate', g.target_date, 'version', g.version) order by g.created_at, g.id), '[]')
    from goal g where g.tenant_id = r.tenant_id and g.resident_id = r.id),
  'counsellingSessions', (select coalesce(json_agg(x.j order by x.occurred_on desc, x.id desc), '[]') from (
      select s.occurred_on, s.id, json_build_object('id', s.id, 'occurredOn', s.occurred_on, 'durationMinutes', s.duration_minutes, 'kind', s.kind,
        'domains', s.domains, 'notes', case when visible then s.notes end, 'notesVisible', visible, 'counsellor', ${who}) as j
      from counselling_session s
      cross join lateral (select s.counsellor_id = $2 or r.key_worker_id = $2 as visible) v
      left join user_account u on u.tenant_id = s.tenant_id and u.id = s.counsellor_id
      where s.tenant_id = r.tenant_id and s.resident_id = r.id
      order by s.occurred_on desc, s.id desc limit 20) x)
) as case_file
from resident r where r.id = $1`;
