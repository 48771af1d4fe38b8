import { MEETINGS_AHEAD_WEEKS } from '@bridgeway/shared-domain';

/**
 * Meetings from a programme's schedule, in SQL: set-based, idempotent, in the organisation's time
 * zone. A slot is a local day (every `interval` weeks on the weekday, counted from the first such
 * day on or after `starts_on`) at the local start time: `(day + time) at time zone tenant.time_zone`,
 * so 18:00 stays 18:00 across a daylight-saving change. Each generated meeting keeps its slot
 * (`scheduled_for`, unique per programme): generating again, or after a meeting was moved or
 * cancelled, never duplicates one. Named parameters: tenantId, programmeId.
 */

export const AHEAD_DAYS = MEETINGS_AHEAD_WEEKS * 7;

/** Reasons of the cancellations the schedule makes itself (a person's cancellation gives its own). */
export const SCHEDULE_CANCEL_REASONS = { changed: 'Schedule changed', paused: 'Programme paused', ended: 'Programme ended' } as const;
const AUTOMATIC = Object.values(SCHEDULE_CANCEL_REASONS).map((r) => `'${r}'`).join(', ');

/** The programme's schedule (alias `p`, tenant `t`): its first slot day and its step in days. */
const ANCHOR = `(p.starts_on + ((p.schedule_weekday - extract(isodow from p.starts_on)::int + 7) % 7))`;
const STEP = `(p.schedule_interval_weeks * 7)`;

/**
 * Inserts the missing meetings of an ACTIVE scheduled programme whose day falls from
 * max(starts_on, today) to MEETINGS_AHEAD_WEEKS later, not past ends_on ("today" in the
 * organisation's zone). A slot whose meeting the schedule itself cancelled (a schedule change, a
 * pause) is scheduled again when it fits again; one a person cancelled or moved stays as it is.
 * Returns the ids, `inserted` false for such a reopened meeting.
 */
export const GENERATE_MEETINGS = `
  with p as (
    select p.tenant_id, p.id, p.schedule_start_time, p.schedule_end_time, t.time_zone, ${ANCHOR} as anchor, ${STEP} as step,
           greatest(p.starts_on, (now() at time zone t.time_zone)::date) as window_from, p.ends_on
      from programme p
      join tenant t on t.id = p.tenant_id
     where p.tenant_id = :tenantId and p.id = :programmeId and p.status = 'ACTIVE' and p.schedule_interval_weeks is not null
  ), slots as (
    select p.tenant_id, p.id as programme_id, p.time_zone, p.schedule_start_time, p.schedule_end_time, p.anchor + k * p.step as day
      from p
     cross join lateral generate_series(
             greatest(0, ceil((p.window_from - p.anchor)::numeric / p.step)::int),
             floor((least(p.window_from + ${AHEAD_DAYS}, coalesce(p.ends_on, p.window_from + ${AHEAD_DAYS})) - p.anchor)::numeric / p.step)::int
           ) k
  )
  insert into meeting (tenant_id, id, programme_id, starts_at, ends_at, scheduled_for, status, guest_count, version, created_at)
  select tenant_id, gen_random_uuid(), programme_id,
         (day + schedule_start_time) at time zone time_zone,
         (day + schedule_end_time) at time zone time_zone,
         (day + schedule_start_time) at time zone time_zone,
         'SCHEDULED', 0, 1, now()
    from slots
      on conflict (tenant_id, programme_id, scheduled_for) where scheduled_for is not null
      do update set status = 'SCHEDULED', cancel_reason = null, ends_at = excluded.ends_at, version = meeting.version + 1
               where meeting.status = 'CANCELLED' and meeting.cancel_reason in (${AUTOMATIC}) and meeting.starts_at = meeting.scheduled_for
  returning id, (xmax = 0) as inserted`;

/** Local day and time of a meeting's slot (alias `m`). */
const SLOT_DAY = `(m.scheduled_for at time zone t.time_zone)::date`;
const SLOT_TIME = `(m.scheduled_for at time zone t.time_zone)::time`;

/** Whether a generated meeting's slot is still one of the programme's (alias `p`) current schedule. */
const FITS = `(p.status = 'ACTIVE' and p.schedule_interval_weeks is not null
               and ${SLOT_TIME} = p.schedule_start_time
               and ${SLOT_DAY} >= ${ANCHOR}
               and (${SLOT_DAY} - ${ANCHOR}) % ${STEP} = 0
               and (p.ends_on is null or ${SLOT_DAY} <= p.ends_on))`;

/**
 * The generated meetings the programme's schedule no longer has: still to come, SCHEDULED, not
 * moved by hand (a moved meeting's time was chosen by a person) and without attendance. They are
 * cancelled with a reason; the returned ids are audited.
 */
export const CANCEL_UNFIT_MEETINGS = `
  update meeting m
     set status = 'CANCELLED',
         cancel_reason = case p.status when 'PAUSED' then '${SCHEDULE_CANCEL_REASONS.paused}' when 'ENDED' then '${SCHEDULE_CANCEL_REASONS.ended}' else '${SCHEDULE_CANCEL_REASONS.changed}' end,
         version = m.version + 1
    from programme p, tenant t
   where m.tenant_id = :tenantId and m.programme_id = :programmeId
     and p.tenant_id = m.tenant_id and p.id = m.programme_id and t.id = m.tenant_id
     and m.scheduled_for is not null and m.starts_at = m.scheduled_for
     and m.status = 'SCHEDULED' and m.starts_at > now()
     and not exists (select 1 from attendance a where a.tenant_id = m.tenant_id and a.meeting_id = m.id)
     and not ${FITS}
  returning m.id`;

/** Generated meetings still to come whose slot fits keep it, with the schedule's current end time. */
export const REFIT_MEETING_ENDS = `
  update meeting m
     set ends_at = (${SLOT_DAY} + p.schedule_end_time) at time zone t.time_zone, version = m.version + 1
    from programme p, tenant t
   where m.tenant_id = :tenantId and m.programme_id = :programmeId
     and p.tenant_id = m.tenant_id and p.id = m.programme_id and t.id = m.tenant_id
     and m.scheduled_for is not null and m.starts_at = m.scheduled_for
     and m.status = 'SCHEDULED' and m.starts_at > now()
     and ${FITS}
     and m.ends_at <> (${SLOT_DAY} + p.schedule_end_time) at time zone t.time_zone`;
