import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProgrammesPlan } from './plan-types.js';

/**
 * Columns (after tenant_id, id) and PostgreSQL types of the tables the demo programmes fill, in
 * the order rows must be written (parents first). A plan row's keys are these columns in camelCase.
 */
const TABLES = {
  department: { name: 'text', place: 'text', status: 'department_status', status_since: 'date', status_reason: 'text', created_at: 'timestamptz' },
  member: { first_name: 'text', last_name: 'text', kind: 'member_kind', phone: 'text', email: 'text', department_id: 'uuid', created_at: 'timestamptz' },
  programme: {
    name: 'text',
    kind: 'programme_kind',
    audience: 'programme_audience',
    mode: 'meeting_mode',
    place: 'text',
    meeting_link: 'text',
    description: 'text',
    department_id: 'uuid',
    goal_domains: 'goal_domain[]',
    status: 'programme_status',
    starts_on: 'date',
    ends_on: 'date',
    schedule_interval_weeks: 'smallint',
    schedule_weekday: 'smallint',
    schedule_start_time: 'time',
    schedule_end_time: 'time',
    created_at: 'timestamptz',
  },
  programme_leader: { programme_id: 'uuid', user_id: 'uuid', member_id: 'uuid' },
  meeting: {
    programme_id: 'uuid',
    starts_at: 'timestamptz',
    ends_at: 'timestamptz',
    scheduled_for: 'timestamptz',
    status: 'meeting_status',
    cancel_reason: 'text',
    place: 'text',
    guest_count: 'int',
    note: 'text',
    attendance_taken_at: 'timestamptz',
    attendance_taken_by_id: 'uuid',
    created_at: 'timestamptz',
  },
  attendance: { meeting_id: 'uuid', resident_id: 'uuid', relative_id: 'uuid', member_id: 'uuid', present: 'boolean', recorded_by_id: 'uuid', recorded_at: 'timestamptz' },
  enrolment: {
    programme_id: 'uuid',
    resident_id: 'uuid',
    relative_id: 'uuid',
    member_id: 'uuid',
    enrolled_on: 'date',
    status: 'enrolment_status',
    completed_on: 'date',
    hours: 'numeric',
    created_at: 'timestamptz',
  },
  helpline_contact: {
    occurred_at: 'timestamptz',
    duration_minutes: 'int',
    channel: 'contact_channel',
    caller_kind: 'caller_kind',
    topics: 'helpline_topic[]',
    outcome: 'contact_outcome',
    referred_to: 'text',
    notes: 'text',
    relative_id: 'uuid',
    resident_id: 'uuid',
    department_id: 'uuid',
    recorded_by_id: 'uuid',
    created_at: 'timestamptz',
  },
  grief_follow_up: { relative_id: 'uuid', started_on: 'date', status: 'follow_up_status', responsible_id: 'uuid', department_id: 'uuid', note: 'text', created_at: 'timestamptz' },
  planned_contact: { follow_up_id: 'uuid', planned_on: 'date', status: 'planned_contact_status', done_on: 'date', note: 'text', created_at: 'timestamptz' },
  handout: {
    handed_out_on: 'date',
    kind: 'handout_kind',
    quantity: 'int',
    resident_id: 'uuid',
    relative_id: 'uuid',
    anonymous_recipients: 'int',
    department_id: 'uuid',
    note: 'text',
    recorded_by_id: 'uuid',
    created_at: 'timestamptz',
  },
} as const satisfies Record<string, Record<string, string>>;

const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * One table's rows in one INSERT … SELECT FROM jsonb_to_recordset: a single statement and a single
 * parameter however many rows (no chunks, no per-row entity handling; the time goes to the
 * database's foreign-key and index checks either way).
 * Runs in the caller's transaction of the tenant's context, so the row-level policies check every row.
 */
async function insertRows(tx: EntityManager, tenantId: string, table: keyof typeof TABLES, rows: object[]): Promise<void> {
  if (!rows.length) return;
  const types: Record<string, string> = { tenant_id: 'uuid', id: 'uuid', ...TABLES[table] };
  const records = rows.map((row) => {
    const record: Record<string, unknown> = { tenant_id: tenantId };
    for (const [key, value] of Object.entries(row)) {
      const column = snake(key);
      if (!(column in types)) throw new Error(`Demo programmes: ${table} has no column ${column}`);
      record[column] = value;
    }
    return record;
  });
  const columns = Object.keys(types);
  await tx.execute(
    `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')})
     select ${columns.map((c) => `"${c}"`).join(', ')} from jsonb_to_recordset(:rows::jsonb) as x(${columns.map((c) => `"${c}" ${types[c]}`).join(', ')})`,
    { rows: JSON.stringify(records) },
  );
}

/**
 * Writes a plan inside the caller's transaction of the tenant's context, parents first. Staff and
 * residences without a department get the plan's; ones that have one keep it. Returns the rows written.
 */
export async function insertProgrammesPlan(tx: EntityManager, plan: ProgrammesPlan): Promise<number> {
  const tenantId = plan.tenantId;
  const tables: [keyof typeof TABLES, object[]][] = [
    ['department', plan.departments],
    ['member', plan.members],
    ['programme', plan.programmes],
    ['programme_leader', plan.leaders],
    ['meeting', plan.meetings],
    ['attendance', plan.attendance],
    ['enrolment', plan.enrolments],
    ['helpline_contact', plan.helplineContacts],
    ['grief_follow_up', plan.griefFollowUps],
    ['planned_contact', plan.plannedContacts],
    ['handout', plan.handouts],
  ];
  let count = 0;
  for (const [table, rows] of tables) {
    await insertRows(tx, tenantId, table, rows);
    count += rows.length;
  }
  if (plan.staffDepartments.length) {
    await tx.execute(
      `update user_account u set department_id = x.department_id
         from jsonb_to_recordset(:rows::jsonb) as x(user_id uuid, department_id uuid)
        where u.tenant_id = :tenantId and u.id = x.user_id and u.department_id is null`,
      { tenantId, rows: JSON.stringify(plan.staffDepartments.map((s) => ({ user_id: s.userId, department_id: s.departmentId }))) },
    );
  }
  if (plan.residencesDepartmentId) {
    await tx.execute(`update residence set department_id = :departmentId where tenant_id = :tenantId and department_id is null`, { tenantId, departmentId: plan.residencesDepartmentId });
  }
  return count;
}
