/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query LimitsSessions($id: ID!, $first: Int) { resident(id: $id) { counsellingSessions(first: $first) { id occurredOn } } }": typeof types.LimitsSessionsDocument,
    "query LimitsPagesInSql { residents(search: \"Limit Person\") { edges { node { lastName goals(first: 2) { title } counsellingSessions(first: 3) { id } } } } }": typeof types.LimitsPagesInSqlDocument,
    "query ActorMe { me { id role organisation { name } } }": typeof types.ActorMeDocument,
    "query ActorResidences { residences { id } }": typeof types.ActorResidencesDocument,
    "mutation ActorCreateResidence($input: CreateResidenceInput!) { createResidence(input: $input) { id } }": typeof types.ActorCreateResidenceDocument,
    "mutation LoginWithUser($input: LoginInput!) { login(input: $input) { accessToken user { id email role organisation { id name } } } }": typeof types.LoginWithUserDocument,
    "query LoginMe { me { id email displayName role organisation { id name } } }": typeof types.LoginMeDocument,
    "query NextRequestResidences { residences { id } }": typeof types.NextRequestResidencesDocument,
    "query NextRequestMe { me { id role } }": typeof types.NextRequestMeDocument,
    "mutation LifetimeRefresh { refreshSession { accessToken } }": typeof types.LifetimeRefreshDocument,
    "query SessionsMe { me { id role organisation { id } } }": typeof types.SessionsMeDocument,
    "mutation SessionsRefresh { refreshSession { accessToken user { id } } }": typeof types.SessionsRefreshDocument,
    "mutation SessionsLogout { logout }": typeof types.SessionsLogoutDocument,
    "mutation RecordAssessment($input: RecordAssessmentInput!) {\n  recordAssessment(input: $input) { id takenOn scores total createdAt instrument { code } assessedBy { id } }\n}": typeof types.RecordAssessmentDocument,
    "query AssessmentInstruments($locale: String) { assessmentInstruments { code name description itemMin itemMax totalMin totalMax items { key locales text(locale: $locale) } } }": typeof types.AssessmentInstrumentsDocument,
    "mutation RecordAssessmentTrend($input: RecordAssessmentInput!) { recordAssessment(input: $input) { resident { id all: assessments { takenOn instrument { code } } barc: assessments(instrumentCode: \"BARC-10\") { takenOn total } } } }": typeof types.RecordAssessmentTrendDocument,
    "query AuditTrail($id: ID!) { residentAuditTrail(residentId: $id) { occurredAt action entityType entityId userDisplayName requestId } }": typeof types.AuditTrailDocument,
    "query AuditTrailReadResident($id: ID!) { resident(id: $id) { id } }": typeof types.AuditTrailReadResidentDocument,
    "mutation TotalsLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }": typeof types.TotalsLogSessionDocument,
    "mutation TotalsLogRelativeSession($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }": typeof types.TotalsLogRelativeSessionDocument,
    "query CounsellingTotals($from: Date!, $to: Date!, $top: Int!) {\n  counsellingTotals(from: $from, to: $to, topResidents: $top) {\n    from to totalMinutes totalHours sessions residents\n    byCounsellor { counsellor { id } minutes sessions }\n    byMonth { month minutes sessions }\n    byResident { resident { id counsellingMinutes } minutes sessions }\n  }\n}": typeof types.CounsellingTotalsDocument,
    "query CounsellingFigures($from: Date!, $to: Date!) {\n  counsellingTotals(from: $from, to: $to, topResidents: 3) { totalMinutes sessions residents byCounsellor { minutes } byMonth { month minutes } byResident { minutes sessions } }\n}": typeof types.CounsellingFiguresDocument,
    "query CounsellingMinutesRanged($from: Date!, $to: Date!, $top: Int!) {\n  counsellingTotals(from: $from, to: $to, topResidents: $top) {\n    byResident { resident { id all: counsellingMinutes feb: counsellingMinutes(from: \"2025-02-01\", to: \"2025-02-28\") since: counsellingMinutes(from: \"2025-03-15\") until: counsellingMinutes(to: \"2025-01-01\") } }\n  }\n}": typeof types.CounsellingMinutesRangedDocument,
    "query CounsellingMinutesBackwards($id: ID!) { resident(id: $id) { counsellingMinutes(from: \"2025-03-01\", to: \"2025-02-01\") } }": typeof types.CounsellingMinutesBackwardsDocument,
    "mutation LogSession($input: LogCounsellingSessionInput!) {\n  logCounsellingSession(input: $input) {\n    id occurredOn durationMinutes kind domains notes hopes resources usefulExperience nextStep notesVisible relativeId\n    counsellor { id role organisation { id } } resident { id }\n  }\n}": typeof types.LogSessionDocument,
    "mutation LogRelativeSession($input: LogRelativeSessionInput!) {\n  logRelativeSession(input: $input) { id relativeId relative { id } durationMinutes notes resident { id } counsellor { id } }\n}": typeof types.LogRelativeSessionDocument,
    "query CounsellingSession($id: ID!) { counsellingSession(id: $id) { id durationMinutes resident { id counsellingMinutes counsellingSessions { id occurredOn } } } }": typeof types.CounsellingSessionDocument,
    "query SessionsFirstTwo($id: ID!) { counsellingSession(id: $id) { resident { counsellingSessions(first: 2) { occurredOn } } } }": typeof types.SessionsFirstTwoDocument,
    "query SessionsFirstNegative($id: ID!) { counsellingSession(id: $id) { resident { counsellingSessions(first: -1) { id } } } }": typeof types.SessionsFirstNegativeDocument,
    "mutation NotesLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }": typeof types.NotesLogSessionDocument,
    "mutation NotesLogRelativeSession($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }": typeof types.NotesLogRelativeSessionDocument,
    "\n  query SessionNotes($id: ID!) { counsellingSession(id: $id) { id durationMinutes ...Confidential } }\n  fragment Confidential on CounsellingSession { notes hopes resources usefulExperience nextStep notesVisible }\n": typeof types.SessionNotesDocument,
    "query SessionNotesInList($id: ID!) { counsellingSession(id: $id) { resident { counsellingSessions { id ...Confidential } } } }": typeof types.SessionNotesInListDocument,
    "query SessionWithoutNotes($id: ID!) { counsellingSession(id: $id) { id durationMinutes notesVisible } }": typeof types.SessionWithoutNotesDocument,
    "query DemoFigures {\n    residences { id occupancy capacity closedOn }\n    current: residents(status: IN_RESIDENCE, first: 1) { totalCount }\n    everyone: residents(first: 1) { totalCount }\n    individual: counsellingTotals(from: \"2024-11-01\", to: \"2026-10-31\", kinds: [INDIVIDUAL], residentsOnly: true) { totalHours residents sessions }\n    all: counsellingTotals(from: \"2024-11-01\", to: \"2026-10-31\") { totalHours sessions }\n  }": typeof types.DemoFiguresDocument,
    "mutation GoalRaceCreate($input: CreateGoalInput!) { createGoal(input: $input) { id version } }": typeof types.GoalRaceCreateDocument,
    "mutation GoalRaceProgress($input: UpdateGoalProgressInput!) { updateGoalProgress(input: $input) { version progress } }": typeof types.GoalRaceProgressDocument,
    "query GoalsByDomain($from: Date, $to: Date) { goalsByDomain(from: $from, to: $to) { domain planned inProgress achieved abandoned total } }": typeof types.GoalsByDomainDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) { createGoal(input: $input) { ...GoalFields } }\n  fragment GoalFields on Goal {\n    id domain title description targetDate status progress version createdAt updatedAt resident { id }\n    history { fromStatus toStatus fromProgress toProgress note changedAt changedBy { id } }\n  }\n": typeof types.CreateGoalDocument,
    "mutation UpdateGoalProgress($input: UpdateGoalProgressInput!) { updateGoalProgress(input: $input) { ...GoalFields } }": typeof types.UpdateGoalProgressDocument,
    "mutation UpdateGoal($input: UpdateGoalInput!) { updateGoal(input: $input) { ...GoalFields } }": typeof types.UpdateGoalDocument,
    "query Goal($id: ID!) { goal(id: $id) { ...GoalFields } }": typeof types.GoalDocument,
    "query GoalWithResident($id: ID!) { goal(id: $id) { id title resident { id goals { id title } } } }": typeof types.GoalWithResidentDocument,
    "query MatrixBeds($id: ID!) { residence(id: $id) { beds { id } } }": typeof types.MatrixBedsDocument,
    "query MatrixLists { residences { id } residents(first: 200) { totalCount edges { node { id } } } relatives { id } }": typeof types.MatrixListsDocument,
    "query StatementCountPage($first: Int) { residents(first: $first) { totalCount edges { node {\n    id firstName keyWorker { displayName }\n    currentStay { admittedOn residence { name } bed { label } }\n    goals { id domain progress }\n    counsellingMinutes\n  } } } }": typeof types.StatementCountPageDocument,
    "query StatementCountCaseFile($id: ID!) { resident(id: $id) {\n    id firstName keyWorker { displayName } counsellingMinutes\n    currentStay { admittedOn bed { label } residence { name occupancy } }\n    goals { id domain progress } counsellingSessions(first: 20) { id occurredOn durationMinutes notes counsellor { displayName } }\n  } }": typeof types.StatementCountCaseFileDocument,
    "query UnitOfWorkCaseFile($id: ID!) {\n  resident(id: $id) {\n    id firstName keyWorker { id } counsellingMinutes currentStay { id bed { id } residence { id occupancy } }\n    goals { id history { id } } counsellingSessions(first: 20) { id notes } relatives { relative { id } } assessments { id }\n  }\n}": typeof types.UnitOfWorkCaseFileDocument,
    "mutation UnitOfWorkCreateResidence($name: String!) { createResidence(input: { name: $name, capacity: 2 }) { id } }": typeof types.UnitOfWorkCreateResidenceDocument,
    "mutation CreateRelative($input: CreateRelativeInput!) { createRelative(input: $input) { id firstName lastName phone email residents { relationship resident { id } } } }": typeof types.CreateRelativeDocument,
    "mutation UpdateRelative($input: UpdateRelativeInput!) { updateRelative(input: $input) { id firstName phone } }": typeof types.UpdateRelativeDocument,
    "mutation LinkRelative($input: LinkRelativeInput!) { linkRelative(input: $input) { relationship relative { id firstName } resident { id firstName } } }": typeof types.LinkRelativeDocument,
    "mutation UnlinkRelative($input: UnlinkRelativeInput!) { unlinkRelative(input: $input) { id residents { resident { id } } } }": typeof types.UnlinkRelativeDocument,
    "query Relative($id: ID!) { relative(id: $id) { id firstName residents { relationship resident { id lastName } } } }": typeof types.RelativeDocument,
    "query Relatives($search: String) { relatives(search: $search) { id firstName lastName } }": typeof types.RelativesDocument,
    "query RelativesOfResident($id: ID!) { resident(id: $id) { relatives { relationship relative { firstName lastName } resident { id } } } }": typeof types.RelativesOfResidentDocument,
    "query Residence($id: ID!) { residence(id: $id) { id name address openedOn closedOn capacity occupancy freeBeds beds { id room label retiredOn occupant { id } } } }": typeof types.ResidenceDocument,
    "query Residences($all: Boolean) { residences(includeClosed: $all) { id name closedOn capacity occupancy freeBeds } }": typeof types.ResidencesDocument,
    "mutation UpdateResidence($input: UpdateResidenceInput!) { updateResidence(input: $input) { id name address openedOn } }": typeof types.UpdateResidenceDocument,
    "mutation CloseResidence($id: ID!, $on: Date!) { closeResidence(id: $id, closedOn: $on) { id closedOn } }": typeof types.CloseResidenceDocument,
    "mutation AddBeds($input: AddBedsInput!) { addBeds(input: $input) { id capacity beds { room label } } }": typeof types.AddBedsDocument,
    "mutation RetireBed($input: RetireBedInput!) { retireBed(input: $input) { id capacity freeBeds } }": typeof types.RetireBedDocument,
    "query ResidenceAllBeds($id: ID!) { residence(id: $id) { beds(includeRetired: true) { id retiredOn } } }": typeof types.ResidenceAllBedsDocument,
    "query ResidencesBoardBatch { residences { name capacity occupancy freeBeds beds { label occupant { firstName } } } }": typeof types.ResidencesBoardBatchDocument,
    "mutation KeyWorkerLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }": typeof types.KeyWorkerLogSessionDocument,
    "query KeyWorkerNotes($id: ID!) { resident(id: $id) { counsellingSessions { id notes notesVisible } } }": typeof types.KeyWorkerNotesDocument,
    "mutation KeyWorkerUpdateResident($input: UpdateResidentInput!) { updateResident(input: $input) { id } }": typeof types.KeyWorkerUpdateResidentDocument,
    "mutation AssignKeyWorker($input: AssignKeyWorkerInput!) { assignKeyWorker(input: $input) { id version keyWorker { id } } }": typeof types.AssignKeyWorkerDocument,
    "mutation KeyWorkerCreateResident($input: CreateResidentInput!) { createResident(input: $input) { id keyWorker { id } } }": typeof types.KeyWorkerCreateResidentDocument,
    "query KeyWorkerTrail($id: ID!) { residentAuditTrail(residentId: $id) { action details { key value } } }": typeof types.KeyWorkerTrailDocument,
    "query ResidentsPage($first: Int, $after: String, $search: String) { residents(first: $first, after: $after, search: $search) { totalCount edges { cursor node { id firstName lastName } } pageInfo { hasNextPage endCursor } } }": typeof types.ResidentsPageDocument,
    "query Resident($id: ID!) { resident(id: $id) { id firstName lastName status version keyWorker { id displayName role organisation { id } } } }": typeof types.ResidentDocument,
    "query ResidentContact($id: ID!) { resident(id: $id) { email phone dateOfBirth intakeDate } }": typeof types.ResidentContactDocument,
    "mutation UpdateResident($input: UpdateResidentInput!) { updateResident(input: $input) { id firstName lastName phone email version } }": typeof types.UpdateResidentDocument,
    "mutation CloseResident($id: ID!) { closeResident(id: $id) { id status } }": typeof types.CloseResidentDocument,
    "mutation ReopenResident($id: ID!) { reopenResident(id: $id) { id status } }": typeof types.ReopenResidentDocument,
    "mutation Readmit($input: AdmitResidentInput!) { admitResident(input: $input) { id } }": typeof types.ReadmitDocument,
    "query MyResidents { residents(mine: true) { totalCount edges { node { firstName keyWorker { id } } } } }": typeof types.MyResidentsDocument,
    "query ClosedResidents { residents(status: CLOSED) { totalCount } }": typeof types.ClosedResidentsDocument,
    "query OccupancyOverTime($from: Date!, $to: Date!) { occupancyOverTime(from: $from, to: $to) { date residents beds rate } }": typeof types.OccupancyOverTimeDocument,
    "mutation OccupancyCloseResidence($id: ID!, $closedOn: Date!) { closeResidence(id: $id, closedOn: $closedOn) { id } }": typeof types.OccupancyCloseResidenceDocument,
    "mutation OccupancyRetireBed($input: RetireBedInput!) { retireBed(input: $input) { id } }": typeof types.OccupancyRetireBedDocument,
    "query OccupancyBeds($id: ID!) { residence(id: $id) { beds { id occupant { id } } } }": typeof types.OccupancyBedsDocument,
    "query StayResidenceOccupancy($id: ID!) { residence(id: $id) { capacity occupancy freeBeds beds { id occupant { id } } } }": typeof types.StayResidenceOccupancyDocument,
    "query StayResidenceCounts($id: ID!) { residence(id: $id) { occupancy freeBeds } }": typeof types.StayResidenceCountsDocument,
    "query StayResidenceBeds($id: ID!) { residence(id: $id) { beds { id room label } } }": typeof types.StayResidenceBedsDocument,
    "mutation StayCloseResidence($id: ID!) { closeResidence(id: $id, closedOn: \"2026-03-01\") { id } }": typeof types.StayCloseResidenceDocument,
    "query StayHistory($id: ID!) { resident(id: $id) { currentStay { id residence { name } } stays { id admittedOn dischargeReason residence { name } } } }": typeof types.StayHistoryDocument,
    "query StaysOfResidents { residents(first: 50) { totalCount edges { node { id keyWorker { displayName } currentStay { admittedOn bed { label } residence { name capacity occupancy freeBeds } } stays { id } } } } }": typeof types.StaysOfResidentsDocument,
    "query StaysResidenceNames { residents(first: 50) { edges { node { currentStay { residence { name } } } } } }": typeof types.StaysResidenceNamesDocument,
    "mutation FreshStartSignIn($input: LoginInput!) { login(input: $input) { accessToken user { email role } } }": typeof types.FreshStartSignInDocument,
    "query FreshStartMe { me { email } }": typeof types.FreshStartMeDocument,
    "mutation SignIn($input: LoginInput!) { login(input: $input) { accessToken } }": typeof types.SignInDocument,
    "mutation CreateResidence($input: CreateResidenceInput!) { createResidence(input: $input) { id name capacity occupancy freeBeds closedOn } }": typeof types.CreateResidenceDocument,
    "mutation CreateResident($input: CreateResidentInput!) { createResident(input: $input) { id firstName lastName status version intakeDate } }": typeof types.CreateResidentDocument,
    "mutation AdmitResident($input: AdmitResidentInput!) { admitResident(input: $input) { id admittedOn dischargedOn bed { id room label } resident { id status } residence { id occupancy } } }": typeof types.AdmitResidentDocument,
    "mutation DischargeResident($input: DischargeResidentInput!) { dischargeResident(input: $input) { id admittedOn dischargedOn dischargeReason dischargeNote resident { id status } } }": typeof types.DischargeResidentDocument,
    "mutation FactoryCreateRelative($input: CreateRelativeInput!) { createRelative(input: $input) { id } }": typeof types.FactoryCreateRelativeDocument,
    "mutation FactoryLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }": typeof types.FactoryLogSessionDocument,
    "mutation FactoryLogRelativeSession($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }": typeof types.FactoryLogRelativeSessionDocument,
    "mutation FactoryCreateGoal($input: CreateGoalInput!) { createGoal(input: $input) { id } }": typeof types.FactoryCreateGoalDocument,
    "mutation FactoryRecordAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }": typeof types.FactoryRecordAssessmentDocument,
};
const documents: Documents = {
    "query LimitsSessions($id: ID!, $first: Int) { resident(id: $id) { counsellingSessions(first: $first) { id occurredOn } } }": types.LimitsSessionsDocument,
    "query LimitsPagesInSql { residents(search: \"Limit Person\") { edges { node { lastName goals(first: 2) { title } counsellingSessions(first: 3) { id } } } } }": types.LimitsPagesInSqlDocument,
    "query ActorMe { me { id role organisation { name } } }": types.ActorMeDocument,
    "query ActorResidences { residences { id } }": types.ActorResidencesDocument,
    "mutation ActorCreateResidence($input: CreateResidenceInput!) { createResidence(input: $input) { id } }": types.ActorCreateResidenceDocument,
    "mutation LoginWithUser($input: LoginInput!) { login(input: $input) { accessToken user { id email role organisation { id name } } } }": types.LoginWithUserDocument,
    "query LoginMe { me { id email displayName role organisation { id name } } }": types.LoginMeDocument,
    "query NextRequestResidences { residences { id } }": types.NextRequestResidencesDocument,
    "query NextRequestMe { me { id role } }": types.NextRequestMeDocument,
    "mutation LifetimeRefresh { refreshSession { accessToken } }": types.LifetimeRefreshDocument,
    "query SessionsMe { me { id role organisation { id } } }": types.SessionsMeDocument,
    "mutation SessionsRefresh { refreshSession { accessToken user { id } } }": types.SessionsRefreshDocument,
    "mutation SessionsLogout { logout }": types.SessionsLogoutDocument,
    "mutation RecordAssessment($input: RecordAssessmentInput!) {\n  recordAssessment(input: $input) { id takenOn scores total createdAt instrument { code } assessedBy { id } }\n}": types.RecordAssessmentDocument,
    "query AssessmentInstruments($locale: String) { assessmentInstruments { code name description itemMin itemMax totalMin totalMax items { key locales text(locale: $locale) } } }": types.AssessmentInstrumentsDocument,
    "mutation RecordAssessmentTrend($input: RecordAssessmentInput!) { recordAssessment(input: $input) { resident { id all: assessments { takenOn instrument { code } } barc: assessments(instrumentCode: \"BARC-10\") { takenOn total } } } }": types.RecordAssessmentTrendDocument,
    "query AuditTrail($id: ID!) { residentAuditTrail(residentId: $id) { occurredAt action entityType entityId userDisplayName requestId } }": types.AuditTrailDocument,
    "query AuditTrailReadResident($id: ID!) { resident(id: $id) { id } }": types.AuditTrailReadResidentDocument,
    "mutation TotalsLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }": types.TotalsLogSessionDocument,
    "mutation TotalsLogRelativeSession($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }": types.TotalsLogRelativeSessionDocument,
    "query CounsellingTotals($from: Date!, $to: Date!, $top: Int!) {\n  counsellingTotals(from: $from, to: $to, topResidents: $top) {\n    from to totalMinutes totalHours sessions residents\n    byCounsellor { counsellor { id } minutes sessions }\n    byMonth { month minutes sessions }\n    byResident { resident { id counsellingMinutes } minutes sessions }\n  }\n}": types.CounsellingTotalsDocument,
    "query CounsellingFigures($from: Date!, $to: Date!) {\n  counsellingTotals(from: $from, to: $to, topResidents: 3) { totalMinutes sessions residents byCounsellor { minutes } byMonth { month minutes } byResident { minutes sessions } }\n}": types.CounsellingFiguresDocument,
    "query CounsellingMinutesRanged($from: Date!, $to: Date!, $top: Int!) {\n  counsellingTotals(from: $from, to: $to, topResidents: $top) {\n    byResident { resident { id all: counsellingMinutes feb: counsellingMinutes(from: \"2025-02-01\", to: \"2025-02-28\") since: counsellingMinutes(from: \"2025-03-15\") until: counsellingMinutes(to: \"2025-01-01\") } }\n  }\n}": types.CounsellingMinutesRangedDocument,
    "query CounsellingMinutesBackwards($id: ID!) { resident(id: $id) { counsellingMinutes(from: \"2025-03-01\", to: \"2025-02-01\") } }": types.CounsellingMinutesBackwardsDocument,
    "mutation LogSession($input: LogCounsellingSessionInput!) {\n  logCounsellingSession(input: $input) {\n    id occurredOn durationMinutes kind domains notes hopes resources usefulExperience nextStep notesVisible relativeId\n    counsellor { id role organisation { id } } resident { id }\n  }\n}": types.LogSessionDocument,
    "mutation LogRelativeSession($input: LogRelativeSessionInput!) {\n  logRelativeSession(input: $input) { id relativeId relative { id } durationMinutes notes resident { id } counsellor { id } }\n}": types.LogRelativeSessionDocument,
    "query CounsellingSession($id: ID!) { counsellingSession(id: $id) { id durationMinutes resident { id counsellingMinutes counsellingSessions { id occurredOn } } } }": types.CounsellingSessionDocument,
    "query SessionsFirstTwo($id: ID!) { counsellingSession(id: $id) { resident { counsellingSessions(first: 2) { occurredOn } } } }": types.SessionsFirstTwoDocument,
    "query SessionsFirstNegative($id: ID!) { counsellingSession(id: $id) { resident { counsellingSessions(first: -1) { id } } } }": types.SessionsFirstNegativeDocument,
    "mutation NotesLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }": types.NotesLogSessionDocument,
    "mutation NotesLogRelativeSession($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }": types.NotesLogRelativeSessionDocument,
    "\n  query SessionNotes($id: ID!) { counsellingSession(id: $id) { id durationMinutes ...Confidential } }\n  fragment Confidential on CounsellingSession { notes hopes resources usefulExperience nextStep notesVisible }\n": types.SessionNotesDocument,
    "query SessionNotesInList($id: ID!) { counsellingSession(id: $id) { resident { counsellingSessions { id ...Confidential } } } }": types.SessionNotesInListDocument,
    "query SessionWithoutNotes($id: ID!) { counsellingSession(id: $id) { id durationMinutes notesVisible } }": types.SessionWithoutNotesDocument,
    "query DemoFigures {\n    residences { id occupancy capacity closedOn }\n    current: residents(status: IN_RESIDENCE, first: 1) { totalCount }\n    everyone: residents(first: 1) { totalCount }\n    individual: counsellingTotals(from: \"2024-11-01\", to: \"2026-10-31\", kinds: [INDIVIDUAL], residentsOnly: true) { totalHours residents sessions }\n    all: counsellingTotals(from: \"2024-11-01\", to: \"2026-10-31\") { totalHours sessions }\n  }": types.DemoFiguresDocument,
    "mutation GoalRaceCreate($input: CreateGoalInput!) { createGoal(input: $input) { id version } }": types.GoalRaceCreateDocument,
    "mutation GoalRaceProgress($input: UpdateGoalProgressInput!) { updateGoalProgress(input: $input) { version progress } }": types.GoalRaceProgressDocument,
    "query GoalsByDomain($from: Date, $to: Date) { goalsByDomain(from: $from, to: $to) { domain planned inProgress achieved abandoned total } }": types.GoalsByDomainDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) { createGoal(input: $input) { ...GoalFields } }\n  fragment GoalFields on Goal {\n    id domain title description targetDate status progress version createdAt updatedAt resident { id }\n    history { fromStatus toStatus fromProgress toProgress note changedAt changedBy { id } }\n  }\n": types.CreateGoalDocument,
    "mutation UpdateGoalProgress($input: UpdateGoalProgressInput!) { updateGoalProgress(input: $input) { ...GoalFields } }": types.UpdateGoalProgressDocument,
    "mutation UpdateGoal($input: UpdateGoalInput!) { updateGoal(input: $input) { ...GoalFields } }": types.UpdateGoalDocument,
    "query Goal($id: ID!) { goal(id: $id) { ...GoalFields } }": types.GoalDocument,
    "query GoalWithResident($id: ID!) { goal(id: $id) { id title resident { id goals { id title } } } }": types.GoalWithResidentDocument,
    "query MatrixBeds($id: ID!) { residence(id: $id) { beds { id } } }": types.MatrixBedsDocument,
    "query MatrixLists { residences { id } residents(first: 200) { totalCount edges { node { id } } } relatives { id } }": types.MatrixListsDocument,
    "query StatementCountPage($first: Int) { residents(first: $first) { totalCount edges { node {\n    id firstName keyWorker { displayName }\n    currentStay { admittedOn residence { name } bed { label } }\n    goals { id domain progress }\n    counsellingMinutes\n  } } } }": types.StatementCountPageDocument,
    "query StatementCountCaseFile($id: ID!) { resident(id: $id) {\n    id firstName keyWorker { displayName } counsellingMinutes\n    currentStay { admittedOn bed { label } residence { name occupancy } }\n    goals { id domain progress } counsellingSessions(first: 20) { id occurredOn durationMinutes notes counsellor { displayName } }\n  } }": types.StatementCountCaseFileDocument,
    "query UnitOfWorkCaseFile($id: ID!) {\n  resident(id: $id) {\n    id firstName keyWorker { id } counsellingMinutes currentStay { id bed { id } residence { id occupancy } }\n    goals { id history { id } } counsellingSessions(first: 20) { id notes } relatives { relative { id } } assessments { id }\n  }\n}": types.UnitOfWorkCaseFileDocument,
    "mutation UnitOfWorkCreateResidence($name: String!) { createResidence(input: { name: $name, capacity: 2 }) { id } }": types.UnitOfWorkCreateResidenceDocument,
    "mutation CreateRelative($input: CreateRelativeInput!) { createRelative(input: $input) { id firstName lastName phone email residents { relationship resident { id } } } }": types.CreateRelativeDocument,
    "mutation UpdateRelative($input: UpdateRelativeInput!) { updateRelative(input: $input) { id firstName phone } }": types.UpdateRelativeDocument,
    "mutation LinkRelative($input: LinkRelativeInput!) { linkRelative(input: $input) { relationship relative { id firstName } resident { id firstName } } }": types.LinkRelativeDocument,
    "mutation UnlinkRelative($input: UnlinkRelativeInput!) { unlinkRelative(input: $input) { id residents { resident { id } } } }": types.UnlinkRelativeDocument,
    "query Relative($id: ID!) { relative(id: $id) { id firstName residents { relationship resident { id lastName } } } }": types.RelativeDocument,
    "query Relatives($search: String) { relatives(search: $search) { id firstName lastName } }": types.RelativesDocument,
    "query RelativesOfResident($id: ID!) { resident(id: $id) { relatives { relationship relative { firstName lastName } resident { id } } } }": types.RelativesOfResidentDocument,
    "query Residence($id: ID!) { residence(id: $id) { id name address openedOn closedOn capacity occupancy freeBeds beds { id room label retiredOn occupant { id } } } }": types.ResidenceDocument,
    "query Residences($all: Boolean) { residences(includeClosed: $all) { id name closedOn capacity occupancy freeBeds } }": types.ResidencesDocument,
    "mutation UpdateResidence($input: UpdateResidenceInput!) { updateResidence(input: $input) { id name address openedOn } }": types.UpdateResidenceDocument,
    "mutation CloseResidence($id: ID!, $on: Date!) { closeResidence(id: $id, closedOn: $on) { id closedOn } }": types.CloseResidenceDocument,
    "mutation AddBeds($input: AddBedsInput!) { addBeds(input: $input) { id capacity beds { room label } } }": types.AddBedsDocument,
    "mutation RetireBed($input: RetireBedInput!) { retireBed(input: $input) { id capacity freeBeds } }": types.RetireBedDocument,
    "query ResidenceAllBeds($id: ID!) { residence(id: $id) { beds(includeRetired: true) { id retiredOn } } }": types.ResidenceAllBedsDocument,
    "query ResidencesBoardBatch { residences { name capacity occupancy freeBeds beds { label occupant { firstName } } } }": types.ResidencesBoardBatchDocument,
    "mutation KeyWorkerLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }": types.KeyWorkerLogSessionDocument,
    "query KeyWorkerNotes($id: ID!) { resident(id: $id) { counsellingSessions { id notes notesVisible } } }": types.KeyWorkerNotesDocument,
    "mutation KeyWorkerUpdateResident($input: UpdateResidentInput!) { updateResident(input: $input) { id } }": types.KeyWorkerUpdateResidentDocument,
    "mutation AssignKeyWorker($input: AssignKeyWorkerInput!) { assignKeyWorker(input: $input) { id version keyWorker { id } } }": types.AssignKeyWorkerDocument,
    "mutation KeyWorkerCreateResident($input: CreateResidentInput!) { createResident(input: $input) { id keyWorker { id } } }": types.KeyWorkerCreateResidentDocument,
    "query KeyWorkerTrail($id: ID!) { residentAuditTrail(residentId: $id) { action details { key value } } }": types.KeyWorkerTrailDocument,
    "query ResidentsPage($first: Int, $after: String, $search: String) { residents(first: $first, after: $after, search: $search) { totalCount edges { cursor node { id firstName lastName } } pageInfo { hasNextPage endCursor } } }": types.ResidentsPageDocument,
    "query Resident($id: ID!) { resident(id: $id) { id firstName lastName status version keyWorker { id displayName role organisation { id } } } }": types.ResidentDocument,
    "query ResidentContact($id: ID!) { resident(id: $id) { email phone dateOfBirth intakeDate } }": types.ResidentContactDocument,
    "mutation UpdateResident($input: UpdateResidentInput!) { updateResident(input: $input) { id firstName lastName phone email version } }": types.UpdateResidentDocument,
    "mutation CloseResident($id: ID!) { closeResident(id: $id) { id status } }": types.CloseResidentDocument,
    "mutation ReopenResident($id: ID!) { reopenResident(id: $id) { id status } }": types.ReopenResidentDocument,
    "mutation Readmit($input: AdmitResidentInput!) { admitResident(input: $input) { id } }": types.ReadmitDocument,
    "query MyResidents { residents(mine: true) { totalCount edges { node { firstName keyWorker { id } } } } }": types.MyResidentsDocument,
    "query ClosedResidents { residents(status: CLOSED) { totalCount } }": types.ClosedResidentsDocument,
    "query OccupancyOverTime($from: Date!, $to: Date!) { occupancyOverTime(from: $from, to: $to) { date residents beds rate } }": types.OccupancyOverTimeDocument,
    "mutation OccupancyCloseResidence($id: ID!, $closedOn: Date!) { closeResidence(id: $id, closedOn: $closedOn) { id } }": types.OccupancyCloseResidenceDocument,
    "mutation OccupancyRetireBed($input: RetireBedInput!) { retireBed(input: $input) { id } }": types.OccupancyRetireBedDocument,
    "query OccupancyBeds($id: ID!) { residence(id: $id) { beds { id occupant { id } } } }": types.OccupancyBedsDocument,
    "query StayResidenceOccupancy($id: ID!) { residence(id: $id) { capacity occupancy freeBeds beds { id occupant { id } } } }": types.StayResidenceOccupancyDocument,
    "query StayResidenceCounts($id: ID!) { residence(id: $id) { occupancy freeBeds } }": types.StayResidenceCountsDocument,
    "query StayResidenceBeds($id: ID!) { residence(id: $id) { beds { id room label } } }": types.StayResidenceBedsDocument,
    "mutation StayCloseResidence($id: ID!) { closeResidence(id: $id, closedOn: \"2026-03-01\") { id } }": types.StayCloseResidenceDocument,
    "query StayHistory($id: ID!) { resident(id: $id) { currentStay { id residence { name } } stays { id admittedOn dischargeReason residence { name } } } }": types.StayHistoryDocument,
    "query StaysOfResidents { residents(first: 50) { totalCount edges { node { id keyWorker { displayName } currentStay { admittedOn bed { label } residence { name capacity occupancy freeBeds } } stays { id } } } } }": types.StaysOfResidentsDocument,
    "query StaysResidenceNames { residents(first: 50) { edges { node { currentStay { residence { name } } } } } }": types.StaysResidenceNamesDocument,
    "mutation FreshStartSignIn($input: LoginInput!) { login(input: $input) { accessToken user { email role } } }": types.FreshStartSignInDocument,
    "query FreshStartMe { me { email } }": types.FreshStartMeDocument,
    "mutation SignIn($input: LoginInput!) { login(input: $input) { accessToken } }": types.SignInDocument,
    "mutation CreateResidence($input: CreateResidenceInput!) { createResidence(input: $input) { id name capacity occupancy freeBeds closedOn } }": types.CreateResidenceDocument,
    "mutation CreateResident($input: CreateResidentInput!) { createResident(input: $input) { id firstName lastName status version intakeDate } }": types.CreateResidentDocument,
    "mutation AdmitResident($input: AdmitResidentInput!) { admitResident(input: $input) { id admittedOn dischargedOn bed { id room label } resident { id status } residence { id occupancy } } }": types.AdmitResidentDocument,
    "mutation DischargeResident($input: DischargeResidentInput!) { dischargeResident(input: $input) { id admittedOn dischargedOn dischargeReason dischargeNote resident { id status } } }": types.DischargeResidentDocument,
    "mutation FactoryCreateRelative($input: CreateRelativeInput!) { createRelative(input: $input) { id } }": types.FactoryCreateRelativeDocument,
    "mutation FactoryLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }": types.FactoryLogSessionDocument,
    "mutation FactoryLogRelativeSession($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }": types.FactoryLogRelativeSessionDocument,
    "mutation FactoryCreateGoal($input: CreateGoalInput!) { createGoal(input: $input) { id } }": types.FactoryCreateGoalDocument,
    "mutation FactoryRecordAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }": types.FactoryRecordAssessmentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsSessions($id: ID!, $first: Int) { resident(id: $id) { counsellingSessions(first: $first) { id occurredOn } } }"): typeof import('./graphql.js').LimitsSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsPagesInSql { residents(search: \"Limit Person\") { edges { node { lastName goals(first: 2) { title } counsellingSessions(first: 3) { id } } } } }"): typeof import('./graphql.js').LimitsPagesInSqlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActorMe { me { id role organisation { name } } }"): typeof import('./graphql.js').ActorMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActorResidences { residences { id } }"): typeof import('./graphql.js').ActorResidencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActorCreateResidence($input: CreateResidenceInput!) { createResidence(input: $input) { id } }"): typeof import('./graphql.js').ActorCreateResidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginWithUser($input: LoginInput!) { login(input: $input) { accessToken user { id email role organisation { id name } } } }"): typeof import('./graphql.js').LoginWithUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LoginMe { me { id email displayName role organisation { id name } } }"): typeof import('./graphql.js').LoginMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextRequestResidences { residences { id } }"): typeof import('./graphql.js').NextRequestResidencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NextRequestMe { me { id role } }"): typeof import('./graphql.js').NextRequestMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifetimeRefresh { refreshSession { accessToken } }"): typeof import('./graphql.js').LifetimeRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsMe { me { id role organisation { id } } }"): typeof import('./graphql.js').SessionsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsRefresh { refreshSession { accessToken user { id } } }"): typeof import('./graphql.js').SessionsRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsLogout { logout }"): typeof import('./graphql.js').SessionsLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordAssessment($input: RecordAssessmentInput!) {\n  recordAssessment(input: $input) { id takenOn scores total createdAt instrument { code } assessedBy { id } }\n}"): typeof import('./graphql.js').RecordAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssessmentInstruments($locale: String) { assessmentInstruments { code name description itemMin itemMax totalMin totalMax items { key locales text(locale: $locale) } } }"): typeof import('./graphql.js').AssessmentInstrumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordAssessmentTrend($input: RecordAssessmentInput!) { recordAssessment(input: $input) { resident { id all: assessments { takenOn instrument { code } } barc: assessments(instrumentCode: \"BARC-10\") { takenOn total } } } }"): typeof import('./graphql.js').RecordAssessmentTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditTrail($id: ID!) { residentAuditTrail(residentId: $id) { occurredAt action entityType entityId userDisplayName requestId } }"): typeof import('./graphql.js').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditTrailReadResident($id: ID!) { resident(id: $id) { id } }"): typeof import('./graphql.js').AuditTrailReadResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TotalsLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }"): typeof import('./graphql.js').TotalsLogSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TotalsLogRelativeSession($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }"): typeof import('./graphql.js').TotalsLogRelativeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CounsellingTotals($from: Date!, $to: Date!, $top: Int!) {\n  counsellingTotals(from: $from, to: $to, topResidents: $top) {\n    from to totalMinutes totalHours sessions residents\n    byCounsellor { counsellor { id } minutes sessions }\n    byMonth { month minutes sessions }\n    byResident { resident { id counsellingMinutes } minutes sessions }\n  }\n}"): typeof import('./graphql.js').CounsellingTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CounsellingFigures($from: Date!, $to: Date!) {\n  counsellingTotals(from: $from, to: $to, topResidents: 3) { totalMinutes sessions residents byCounsellor { minutes } byMonth { month minutes } byResident { minutes sessions } }\n}"): typeof import('./graphql.js').CounsellingFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CounsellingMinutesRanged($from: Date!, $to: Date!, $top: Int!) {\n  counsellingTotals(from: $from, to: $to, topResidents: $top) {\n    byResident { resident { id all: counsellingMinutes feb: counsellingMinutes(from: \"2025-02-01\", to: \"2025-02-28\") since: counsellingMinutes(from: \"2025-03-15\") until: counsellingMinutes(to: \"2025-01-01\") } }\n  }\n}"): typeof import('./graphql.js').CounsellingMinutesRangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CounsellingMinutesBackwards($id: ID!) { resident(id: $id) { counsellingMinutes(from: \"2025-03-01\", to: \"2025-02-01\") } }"): typeof import('./graphql.js').CounsellingMinutesBackwardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogSession($input: LogCounsellingSessionInput!) {\n  logCounsellingSession(input: $input) {\n    id occurredOn durationMinutes kind domains notes hopes resources usefulExperience nextStep notesVisible relativeId\n    counsellor { id role organisation { id } } resident { id }\n  }\n}"): typeof import('./graphql.js').LogSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogRelativeSession($input: LogRelativeSessionInput!) {\n  logRelativeSession(input: $input) { id relativeId relative { id } durationMinutes notes resident { id } counsellor { id } }\n}"): typeof import('./graphql.js').LogRelativeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CounsellingSession($id: ID!) { counsellingSession(id: $id) { id durationMinutes resident { id counsellingMinutes counsellingSessions { id occurredOn } } } }"): typeof import('./graphql.js').CounsellingSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsFirstTwo($id: ID!) { counsellingSession(id: $id) { resident { counsellingSessions(first: 2) { occurredOn } } } }"): typeof import('./graphql.js').SessionsFirstTwoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsFirstNegative($id: ID!) { counsellingSession(id: $id) { resident { counsellingSessions(first: -1) { id } } } }"): typeof import('./graphql.js').SessionsFirstNegativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotesLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }"): typeof import('./graphql.js').NotesLogSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotesLogRelativeSession($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }"): typeof import('./graphql.js').NotesLogRelativeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionNotes($id: ID!) { counsellingSession(id: $id) { id durationMinutes ...Confidential } }\n  fragment Confidential on CounsellingSession { notes hopes resources usefulExperience nextStep notesVisible }\n"): typeof import('./graphql.js').SessionNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionNotesInList($id: ID!) { counsellingSession(id: $id) { resident { counsellingSessions { id ...Confidential } } } }"): typeof import('./graphql.js').SessionNotesInListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionWithoutNotes($id: ID!) { counsellingSession(id: $id) { id durationMinutes notesVisible } }"): typeof import('./graphql.js').SessionWithoutNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoFigures {\n    residences { id occupancy capacity closedOn }\n    current: residents(status: IN_RESIDENCE, first: 1) { totalCount }\n    everyone: residents(first: 1) { totalCount }\n    individual: counsellingTotals(from: \"2024-11-01\", to: \"2026-10-31\", kinds: [INDIVIDUAL], residentsOnly: true) { totalHours residents sessions }\n    all: counsellingTotals(from: \"2024-11-01\", to: \"2026-10-31\") { totalHours sessions }\n  }"): typeof import('./graphql.js').DemoFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GoalRaceCreate($input: CreateGoalInput!) { createGoal(input: $input) { id version } }"): typeof import('./graphql.js').GoalRaceCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GoalRaceProgress($input: UpdateGoalProgressInput!) { updateGoalProgress(input: $input) { version progress } }"): typeof import('./graphql.js').GoalRaceProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GoalsByDomain($from: Date, $to: Date) { goalsByDomain(from: $from, to: $to) { domain planned inProgress achieved abandoned total } }"): typeof import('./graphql.js').GoalsByDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGoal($input: CreateGoalInput!) { createGoal(input: $input) { ...GoalFields } }\n  fragment GoalFields on Goal {\n    id domain title description targetDate status progress version createdAt updatedAt resident { id }\n    history { fromStatus toStatus fromProgress toProgress note changedAt changedBy { id } }\n  }\n"): typeof import('./graphql.js').CreateGoalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateGoalProgress($input: UpdateGoalProgressInput!) { updateGoalProgress(input: $input) { ...GoalFields } }"): typeof import('./graphql.js').UpdateGoalProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateGoal($input: UpdateGoalInput!) { updateGoal(input: $input) { ...GoalFields } }"): typeof import('./graphql.js').UpdateGoalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Goal($id: ID!) { goal(id: $id) { ...GoalFields } }"): typeof import('./graphql.js').GoalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GoalWithResident($id: ID!) { goal(id: $id) { id title resident { id goals { id title } } } }"): typeof import('./graphql.js').GoalWithResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixBeds($id: ID!) { residence(id: $id) { beds { id } } }"): typeof import('./graphql.js').MatrixBedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatrixLists { residences { id } residents(first: 200) { totalCount edges { node { id } } } relatives { id } }"): typeof import('./graphql.js').MatrixListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementCountPage($first: Int) { residents(first: $first) { totalCount edges { node {\n    id firstName keyWorker { displayName }\n    currentStay { admittedOn residence { name } bed { label } }\n    goals { id domain progress }\n    counsellingMinutes\n  } } } }"): typeof import('./graphql.js').StatementCountPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementCountCaseFile($id: ID!) { resident(id: $id) {\n    id firstName keyWorker { displayName } counsellingMinutes\n    currentStay { admittedOn bed { label } residence { name occupancy } }\n    goals { id domain progress } counsellingSessions(first: 20) { id occurredOn durationMinutes notes counsellor { displayName } }\n  } }"): typeof import('./graphql.js').StatementCountCaseFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnitOfWorkCaseFile($id: ID!) {\n  resident(id: $id) {\n    id firstName keyWorker { id } counsellingMinutes currentStay { id bed { id } residence { id occupancy } }\n    goals { id history { id } } counsellingSessions(first: 20) { id notes } relatives { relative { id } } assessments { id }\n  }\n}"): typeof import('./graphql.js').UnitOfWorkCaseFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnitOfWorkCreateResidence($name: String!) { createResidence(input: { name: $name, capacity: 2 }) { id } }"): typeof import('./graphql.js').UnitOfWorkCreateResidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateRelative($input: CreateRelativeInput!) { createRelative(input: $input) { id firstName lastName phone email residents { relationship resident { id } } } }"): typeof import('./graphql.js').CreateRelativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateRelative($input: UpdateRelativeInput!) { updateRelative(input: $input) { id firstName phone } }"): typeof import('./graphql.js').UpdateRelativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkRelative($input: LinkRelativeInput!) { linkRelative(input: $input) { relationship relative { id firstName } resident { id firstName } } }"): typeof import('./graphql.js').LinkRelativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlinkRelative($input: UnlinkRelativeInput!) { unlinkRelative(input: $input) { id residents { resident { id } } } }"): typeof import('./graphql.js').UnlinkRelativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Relative($id: ID!) { relative(id: $id) { id firstName residents { relationship resident { id lastName } } } }"): typeof import('./graphql.js').RelativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Relatives($search: String) { relatives(search: $search) { id firstName lastName } }"): typeof import('./graphql.js').RelativesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelativesOfResident($id: ID!) { resident(id: $id) { relatives { relationship relative { firstName lastName } resident { id } } } }"): typeof import('./graphql.js').RelativesOfResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Residence($id: ID!) { residence(id: $id) { id name address openedOn closedOn capacity occupancy freeBeds beds { id room label retiredOn occupant { id } } } }"): typeof import('./graphql.js').ResidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Residences($all: Boolean) { residences(includeClosed: $all) { id name closedOn capacity occupancy freeBeds } }"): typeof import('./graphql.js').ResidencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateResidence($input: UpdateResidenceInput!) { updateResidence(input: $input) { id name address openedOn } }"): typeof import('./graphql.js').UpdateResidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseResidence($id: ID!, $on: Date!) { closeResidence(id: $id, closedOn: $on) { id closedOn } }"): typeof import('./graphql.js').CloseResidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddBeds($input: AddBedsInput!) { addBeds(input: $input) { id capacity beds { room label } } }"): typeof import('./graphql.js').AddBedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetireBed($input: RetireBedInput!) { retireBed(input: $input) { id capacity freeBeds } }"): typeof import('./graphql.js').RetireBedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResidenceAllBeds($id: ID!) { residence(id: $id) { beds(includeRetired: true) { id retiredOn } } }"): typeof import('./graphql.js').ResidenceAllBedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResidencesBoardBatch { residences { name capacity occupancy freeBeds beds { label occupant { firstName } } } }"): typeof import('./graphql.js').ResidencesBoardBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyWorkerLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }"): typeof import('./graphql.js').KeyWorkerLogSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyWorkerNotes($id: ID!) { resident(id: $id) { counsellingSessions { id notes notesVisible } } }"): typeof import('./graphql.js').KeyWorkerNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyWorkerUpdateResident($input: UpdateResidentInput!) { updateResident(input: $input) { id } }"): typeof import('./graphql.js').KeyWorkerUpdateResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignKeyWorker($input: AssignKeyWorkerInput!) { assignKeyWorker(input: $input) { id version keyWorker { id } } }"): typeof import('./graphql.js').AssignKeyWorkerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeyWorkerCreateResident($input: CreateResidentInput!) { createResident(input: $input) { id keyWorker { id } } }"): typeof import('./graphql.js').KeyWorkerCreateResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeyWorkerTrail($id: ID!) { residentAuditTrail(residentId: $id) { action details { key value } } }"): typeof import('./graphql.js').KeyWorkerTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResidentsPage($first: Int, $after: String, $search: String) { residents(first: $first, after: $after, search: $search) { totalCount edges { cursor node { id firstName lastName } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql.js').ResidentsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Resident($id: ID!) { resident(id: $id) { id firstName lastName status version keyWorker { id displayName role organisation { id } } } }"): typeof import('./graphql.js').ResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResidentContact($id: ID!) { resident(id: $id) { email phone dateOfBirth intakeDate } }"): typeof import('./graphql.js').ResidentContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateResident($input: UpdateResidentInput!) { updateResident(input: $input) { id firstName lastName phone email version } }"): typeof import('./graphql.js').UpdateResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseResident($id: ID!) { closeResident(id: $id) { id status } }"): typeof import('./graphql.js').CloseResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReopenResident($id: ID!) { reopenResident(id: $id) { id status } }"): typeof import('./graphql.js').ReopenResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Readmit($input: AdmitResidentInput!) { admitResident(input: $input) { id } }"): typeof import('./graphql.js').ReadmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyResidents { residents(mine: true) { totalCount edges { node { firstName keyWorker { id } } } } }"): typeof import('./graphql.js').MyResidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClosedResidents { residents(status: CLOSED) { totalCount } }"): typeof import('./graphql.js').ClosedResidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OccupancyOverTime($from: Date!, $to: Date!) { occupancyOverTime(from: $from, to: $to) { date residents beds rate } }"): typeof import('./graphql.js').OccupancyOverTimeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OccupancyCloseResidence($id: ID!, $closedOn: Date!) { closeResidence(id: $id, closedOn: $closedOn) { id } }"): typeof import('./graphql.js').OccupancyCloseResidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OccupancyRetireBed($input: RetireBedInput!) { retireBed(input: $input) { id } }"): typeof import('./graphql.js').OccupancyRetireBedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OccupancyBeds($id: ID!) { residence(id: $id) { beds { id occupant { id } } } }"): typeof import('./graphql.js').OccupancyBedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StayResidenceOccupancy($id: ID!) { residence(id: $id) { capacity occupancy freeBeds beds { id occupant { id } } } }"): typeof import('./graphql.js').StayResidenceOccupancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StayResidenceCounts($id: ID!) { residence(id: $id) { occupancy freeBeds } }"): typeof import('./graphql.js').StayResidenceCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StayResidenceBeds($id: ID!) { residence(id: $id) { beds { id room label } } }"): typeof import('./graphql.js').StayResidenceBedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StayCloseResidence($id: ID!) { closeResidence(id: $id, closedOn: \"2026-03-01\") { id } }"): typeof import('./graphql.js').StayCloseResidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StayHistory($id: ID!) { resident(id: $id) { currentStay { id residence { name } } stays { id admittedOn dischargeReason residence { name } } } }"): typeof import('./graphql.js').StayHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaysOfResidents { residents(first: 50) { totalCount edges { node { id keyWorker { displayName } currentStay { admittedOn bed { label } residence { name capacity occupancy freeBeds } } stays { id } } } } }"): typeof import('./graphql.js').StaysOfResidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaysResidenceNames { residents(first: 50) { edges { node { currentStay { residence { name } } } } } }"): typeof import('./graphql.js').StaysResidenceNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FreshStartSignIn($input: LoginInput!) { login(input: $input) { accessToken user { email role } } }"): typeof import('./graphql.js').FreshStartSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FreshStartMe { me { email } }"): typeof import('./graphql.js').FreshStartMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($input: LoginInput!) { login(input: $input) { accessToken } }"): typeof import('./graphql.js').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateResidence($input: CreateResidenceInput!) { createResidence(input: $input) { id name capacity occupancy freeBeds closedOn } }"): typeof import('./graphql.js').CreateResidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateResident($input: CreateResidentInput!) { createResident(input: $input) { id firstName lastName status version intakeDate } }"): typeof import('./graphql.js').CreateResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdmitResident($input: AdmitResidentInput!) { admitResident(input: $input) { id admittedOn dischargedOn bed { id room label } resident { id status } residence { id occupancy } } }"): typeof import('./graphql.js').AdmitResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DischargeResident($input: DischargeResidentInput!) { dischargeResident(input: $input) { id admittedOn dischargedOn dischargeReason dischargeNote resident { id status } } }"): typeof import('./graphql.js').DischargeResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryCreateRelative($input: CreateRelativeInput!) { createRelative(input: $input) { id } }"): typeof import('./graphql.js').FactoryCreateRelativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }"): typeof import('./graphql.js').FactoryLogSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryLogRelativeSession($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }"): typeof import('./graphql.js').FactoryLogRelativeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryCreateGoal($input: CreateGoalInput!) { createGoal(input: $input) { id } }"): typeof import('./graphql.js').FactoryCreateGoalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryRecordAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }"): typeof import('./graphql.js').FactoryRecordAssessmentDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
