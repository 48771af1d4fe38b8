import { GoalDomain, ResidentStatus, SessionKind } from '@bridgeway/shared-domain';
import { DEMO_PERIOD, addDays, earlier, later, nextWeekday, nextWorkday } from './dates.js';
import type { NoteBank } from './notes.js';
import type { SessionRow } from './plan-types.js';
import type { DemoRandom } from './random.js';
import type { RelativeSupport } from './relatives.js';
import type { ResidentTimeline, Setting, StaffPools } from './residents.js';
import type { CaseFileProfile } from './tenant-profiles.js';

const ALL_DOMAINS = Object.values(GoalDomain);

/** Individual counselling lasts 30–90 minutes in 5-minute steps, most often 45–60. */
const INDIVIDUAL_MINUTES: readonly (readonly [number, number])[] = [
  [30, 2], [35, 1], [40, 2], [45, 5], [50, 6], [55, 4], [60, 7], [65, 2], [70, 2], [75, 2], [80, 1], [85, 1], [90, 2],
];

/** Counselling sessions with residents and with relatives; one contact per person per day. */
export class SessionPlanner {
  readonly sessions: SessionRow[] = [];
  private readonly daysByPerson = new Map<string, Set<string>>();

  constructor(
    private readonly rng: DemoRandom,
    private readonly profile: CaseFileProfile,
    private readonly notes: NoteBank,
    private readonly staff: StaffPools,
    private readonly domainsByResident: Map<string, GoalDomain[]>,
  ) {}

  /** Contacts at the rhythm of each phase (weekly-ish in a house, every few weeks outside), inside the demo period. */
  planResidentSessions(timelines: ResidentTimeline[]): void {
    const { rng, profile } = this;
    for (const timeline of timelines) {
      for (const phase of timeline.phases) {
        const from = later(phase.from, DEMO_PERIOD.start);
        const to = earlier(phase.to, DEMO_PERIOD.end);
        if (from > to) continue;
        const [shortest, longest] = this.rhythm(phase.setting);
        for (let day = addDays(from, rng.int(0, shortest)); day <= to; day = addDays(day, rng.int(shortest, longest))) {
          const kind = phase.setting === 'residence' ? SessionKind.INDIVIDUAL : rng.weighted(profile.residentKinds);
          this.addResidentSession(timeline, kind, this.dayFor(kind, day), from, to);
        }
      }
      // everyone supported in the period has had at least one session of the tenant's main kind
      if (!this.sessions.some((s) => s.residentId === timeline.resident.id && s.kind === profile.mainKind)) {
        const from = later(timeline.resident.intakeDate, DEMO_PERIOD.start);
        const to = earlier(timeline.supportTo, DEMO_PERIOD.end);
        for (let day = from; day <= to; day = addDays(day, 1)) {
          if (this.addResidentSession(timeline, profile.mainKind, this.dayFor(profile.mainKind, day), from, to)) break;
        }
      }
    }
  }

  /**
   * Recent activity after the demo period, on days in [from, to]: everyone still supported at the
   * end of the period (not closed) keeps the rhythm of their last phase, counting on from their
   * last contact in `lastContact` (resident id → day), so "last contact" stays believable.
   */
  planRecentSessions(timelines: ResidentTimeline[], lastContact: ReadonlyMap<string, string>, from: string, to: string): void {
    const { rng, profile } = this;
    if (from > to) return;
    for (const timeline of timelines) {
      if (timeline.resident.status === ResidentStatus.CLOSED || timeline.supportTo < DEMO_PERIOD.end) continue;
      const setting = timeline.phases[timeline.phases.length - 1].setting;
      const [shortest, longest] = this.rhythm(setting);
      const last = lastContact.get(timeline.resident.id);
      let day = last ? addDays(last, rng.int(shortest, longest)) : addDays(from, rng.int(0, shortest));
      // a contact that fell due while the period was ending happens in the first days after it
      if (day < from) day = rng.day(from, addDays(from, Math.min(shortest, 7)));
      for (; day <= to; day = addDays(day, rng.int(shortest, longest))) {
        const kind = setting === 'residence' ? SessionKind.INDIVIDUAL : rng.weighted(profile.residentKinds);
        this.addResidentSession(timeline, kind, this.dayFor(kind, day), from, to);
      }
    }
  }

  /** One more individual session in some residence stay (used to reach the counselling-hours figure). */
  extraIndividualSession(timelines: ResidentTimeline[]): SessionRow | null {
    const stays = timelines.flatMap((timeline) =>
      timeline.phases
        .filter((p) => p.setting === 'residence' && p.to >= DEMO_PERIOD.start)
        .map((p) => ({ timeline, from: later(p.from, DEMO_PERIOD.start), to: earlier(p.to, DEMO_PERIOD.end) })),
    );
    for (let attempt = 0; stays.length && attempt < 100; attempt++) {
      const { timeline, from, to } = this.rng.pick(stays);
      const session = this.addResidentSession(timeline, SessionKind.INDIVIDUAL, nextWorkday(this.rng.day(from, to)), from, to);
      if (session) return session;
    }
    return null;
  }

  /** Sessions with relatives: alone (resident_id null) by phone, in person or on video; some FAMILY sessions with the resident too. */
  planRelativeSessions(supported: RelativeSupport[]): void {
    const { rng, profile, notes } = this;
    for (const { relative, since, until, timeline } of supported) {
      if (timeline && !rng.chance(profile.relatives.sessionShare)) continue;
      const from = later(since, DEMO_PERIOD.start);
      if (from > until) continue;
      const count = rng.int(...profile.relatives.sessionsPerRelative);
      for (let i = 0; i < count; i++) {
        const kind = rng.weighted(profile.relatives.kinds);
        const day = this.dayFor(kind, rng.day(from, until));
        if (day > until || !this.claimDay(relative.id, day)) continue;
        const resident = timeline?.resident;
        const withResident =
          kind === SessionKind.FAMILY && !!timeline && !!resident && day >= resident.intakeDate && day <= timeline.supportTo && rng.chance(0.7) && this.claimDay(resident.id, day);
        const text =
          kind === SessionKind.FAMILY
            ? rng.pick(withResident ? notes.familyWithResident : notes.familyWithoutResident)
            : kind === SessionKind.PHONE
              ? rng.pick(notes.relativePhone)
              : kind === SessionKind.VIDEO
                ? rng.pick(notes.relativeVideo)
                : rng.pick(notes.relativeIndividual);
        // the draws happen in the same order as before, so the plan (dates, minutes) stays the same
        const id = rng.uuid();
        const counsellorId = resident && rng.chance(0.6) ? resident.keyWorkerId : rng.pick(this.staff.caseworkers).id;
        const durationMinutes = kind === SessionKind.PHONE ? rng.steps(10, 50, 5) : this.minutes(kind);
        const domains = kind === SessionKind.FAMILY || rng.chance(0.5) ? [GoalDomain.FAMILY] : [];
        // a session has notes or a domain (the API's rule for new sessions)
        const withNotes = rng.chance(0.92) || domains.length === 0;
        this.sessions.push({
          id,
          residentId: withResident && resident ? resident.id : null,
          relativeId: relative.id,
          counsellorId,
          occurredOn: day,
          durationMinutes,
          kind,
          domains,
          notes: withNotes ? text : null,
          hopes: null,
          resources: null,
          usefulExperience: null,
          nextStep: null,
          createdAt: rng.officeTime(day),
        });
      }
    }
  }

  private rhythm(setting: Setting): readonly [number, number] {
    const rhythm = this.profile.rhythm;
    return setting === 'residence' ? rhythm.inResidence : setting === 'before' ? rhythm.beforeAdmission : rhythm.followUp;
  }

  /** Sessions happen on workdays; the digital meeting place on its own weekday. */
  private dayFor(kind: SessionKind, day: string): string {
    const weekday = this.profile.videoWeekday;
    return kind === SessionKind.VIDEO && weekday !== undefined ? nextWeekday(day, weekday) : nextWorkday(day);
  }

  private claimDay(personId: string, day: string): boolean {
    const days = this.daysByPerson.get(personId) ?? new Set<string>();
    this.daysByPerson.set(personId, days);
    if (days.has(day)) return false;
    days.add(day);
    return true;
  }

  private minutes(kind: SessionKind): number {
    const rng = this.rng;
    switch (kind) {
      case SessionKind.INDIVIDUAL:
        return rng.weighted(INDIVIDUAL_MINUTES);
      case SessionKind.PHONE:
        return rng.steps(10, 30, 5);
      case SessionKind.VIDEO:
        return rng.pick([45, 60, 60, 75, 90]);
      case SessionKind.FAMILY:
        return rng.steps(60, 90, 15);
      case SessionKind.GROUP:
        return 90;
    }
  }

  private addResidentSession(timeline: ResidentTimeline, kind: SessionKind, day: string, from: string, to: string): SessionRow | null {
    const { rng, profile, notes } = this;
    const resident = timeline.resident;
    if (day < from || day > to || day < resident.intakeDate || !this.claimDay(resident.id, day)) return null;
    const domains = this.domainsFor(resident.id, kind);
    const solutionFocused = (kind === SessionKind.INDIVIDUAL || kind === SessionKind.VIDEO) && rng.chance(profile.solutionFocusedShare);
    const session: SessionRow = {
      id: rng.uuid(),
      residentId: resident.id,
      relativeId: null,
      counsellorId: rng.chance(0.8) ? resident.keyWorkerId : rng.pick(this.staff.caseworkers).id,
      occurredOn: day,
      durationMinutes: this.minutes(kind),
      kind,
      domains,
      notes: rng.chance(0.92) ? this.residentNote(kind, domains) : domains.length ? null : this.fallbackNote(day),
      hopes: solutionFocused && rng.chance(0.85) ? rng.pick(notes.hopes) : null,
      resources: solutionFocused && rng.chance(0.8) ? rng.pick(notes.resources) : null,
      usefulExperience: solutionFocused && rng.chance(0.65) ? rng.pick(notes.usefulExperience) : null,
      nextStep: solutionFocused ? rng.pick(notes.nextStep[domains[0] ?? rng.pick(ALL_DOMAINS)]) : null,
      createdAt: rng.officeTime(day),
    };
    this.sessions.push(session);
    return session;
  }

  /** Mostly the domains of the resident's own goals. */
  private domainsFor(residentId: string, kind: SessionKind): GoalDomain[] {
    const rng = this.rng;
    if (kind === SessionKind.PHONE && rng.chance(0.5)) return [];
    const own = this.domainsByResident.get(residentId) ?? [];
    const chosen = own.length && rng.chance(0.85) ? rng.sample(own, rng.int(1, Math.min(2, own.length))) : [rng.pick(ALL_DOMAINS)];
    return [...new Set(chosen)].sort((a, b) => ALL_DOMAINS.indexOf(a) - ALL_DOMAINS.indexOf(b));
  }

  /**
   * A note for a session that would otherwise have neither notes nor a domain (the API's rule for
   * new sessions). Chosen from the day, not drawn: another draw would shift every later one.
   */
  private fallbackNote(day: string): string {
    const phone = this.notes.phone;
    const index = [...day].reduce((sum, char) => sum + char.charCodeAt(0), 0) % phone.length;
    return phone[index];
  }

  private residentNote(kind: SessionKind, domains: GoalDomain[]): string {
    const { rng, notes } = this;
    if (kind === SessionKind.PHONE) return rng.pick(notes.phone);
    const parts: string[] = [];
    if (kind === SessionKind.VIDEO) parts.push(rng.pick(notes.video));
    else if (rng.chance(0.7)) parts.push(rng.pick(notes.openers));
    for (const domain of domains) parts.push(rng.pick(notes.byDomain[domain]));
    if (rng.chance(0.4)) parts.push(rng.pick(notes.closers));
    return parts.length ? parts.join(' ') : rng.pick(notes.openers);
  }
}
