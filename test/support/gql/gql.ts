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
    "mutation MfaLogin($input: LoginInput!) { login(input: $input) { accessToken user { id role } } }": typeof types.MfaLoginDocument,
    "mutation MfaVerify($input: MfaCodeInput!) { verifyMfaCode(input: $input) { accessToken user { id } } }": typeof types.MfaVerifyDocument,
    "mutation MfaRecover($input: RecoveryCodeInput!) { verifyRecoveryCode(input: $input) { accessToken user { id } } }": typeof types.MfaRecoverDocument,
    "mutation MfaStartRequired($input: MfaEnrolmentTicketInput!) { startRequiredMfaEnrolment(input: $input) { secret otpauthUri qrCodeDataUrl } }": typeof types.MfaStartRequiredDocument,
    "mutation MfaCompleteRequired($input: CompleteMfaEnrolmentInput!) { completeRequiredMfaEnrolment(input: $input) { recoveryCodes session { accessToken user { id } } } }": typeof types.MfaCompleteRequiredDocument,
    "mutation MfaStart { startMfaEnrolment { secret otpauthUri qrCodeDataUrl } }": typeof types.MfaStartDocument,
    "mutation MfaConfirm($input: MfaCodeOnlyInput!) { confirmMfaEnrolment(input: $input) { recoveryCodes } }": typeof types.MfaConfirmDocument,
    "mutation MfaDisable($input: MfaCodeOnlyInput!) { disableMfa(input: $input) }": typeof types.MfaDisableDocument,
    "mutation MfaReset($input: ResetUserMfaInput!) { resetUserMfa(input: $input) }": typeof types.MfaResetDocument,
    "query MfaStatus { mfaStatus { enrolled required policy recoveryCodesLeft } }": typeof types.MfaStatusDocument,
    "mutation MfaSetPolicy($policy: MfaPolicy!) { setOrganisationMfaPolicy(policy: $policy) }": typeof types.MfaSetPolicyDocument,
    "mutation MfaRefresh { refreshSession { accessToken user { id } } }": typeof types.MfaRefreshDocument,
    "query MfaMe { me { id } }": typeof types.MfaMeDocument,
    "mutation MfaRegenerateCodes($input: MfaCodeOnlyInput!) { regenerateMfaRecoveryCodes(input: $input) { recoveryCodes } }": typeof types.MfaRegenerateCodesDocument,
    "query NextRequestResidences { residences { id } }": typeof types.NextRequestResidencesDocument,
    "query NextRequestMe { me { id role } }": typeof types.NextRequestMeDocument,
    "mutation LifetimeRefresh { refreshSession { accessToken } }": typeof types.LifetimeRefreshDocument,
    "query SessionsMe { me { id role organisation { id } } }": typeof types.SessionsMeDocument,
    "mutation SessionsRefresh { refreshSession { accessToken user { id } } }": typeof types.SessionsRefreshDocument,
    "mutation SessionsLogout { logout }": typeof types.SessionsLogoutDocument,
    "mutation RecordAssessment($input: RecordAssessmentInput!) {\n  recordAssessment(input: $input) { id takenOn scores total createdAt instrument { code } assessedBy { id } }\n}": typeof types.RecordAssessmentDocument,
    "query AssessmentInstruments($locale: String) { assessmentInstruments { code name description itemMin itemMax totalMin totalMax items { key locales text(locale: $locale) } } }": typeof types.AssessmentInstrumentsDocument,
    "mutation RecordAssessmentTrend($input: RecordAssessmentInput!) { recordAssessment(input: $input) { resident { id all: assessments { takenOn instrument { code } } barc: assessments(instrumentCode: \"BARC-10\") { takenOn total } } } }": typeof types.RecordAssessmentTrendDocument,
    "query AuditLogCaseFile($id: ID!) { resident(id: $id) { id counsellingSessions(first: 50) { id notes } } }": typeof types.AuditLogCaseFileDocument,
    "\n  query AuditLogPage($userId: ID, $personId: ID, $entityId: String, $action: String, $from: Date, $to: Date, $first: Int, $offset: Int) {\n    auditLog(userId: $userId, personId: $personId, entityId: $entityId, action: $action, from: $from, to: $to, first: $first, offset: $offset) {\n      totalCount hasNextPage entries { id occurredAt action entityType entityId residentId sessionIds userId userDisplayName requestId }\n    }\n  }\n": typeof types.AuditLogPageDocument,
    "query AuditLogExport($personId: ID, $action: String) { auditLogCsv(personId: $personId, action: $action) { filename content rowCount truncated } }": typeof types.AuditLogExportDocument,
    "query AuditTrail($id: ID!) { residentAuditTrail(residentId: $id) { occurredAt action entityType entityId userDisplayName requestId } }": typeof types.AuditTrailDocument,
    "query AuditTrailReadResident($id: ID!) { resident(id: $id) { id } }": typeof types.AuditTrailReadResidentDocument,
    "mutation RecordConsortiumConsent($input: RecordConsortiumConsentInput!) {\n  recordConsortiumConsent(input: $input) { given decidedOn history { given decidedOn recordedById } }\n}": typeof types.RecordConsortiumConsentDocument,
    "query ResidentConsortiumConsent($id: ID!) { resident(id: $id) { id consortiumConsent { given decidedOn history { given decidedOn } } } }": typeof types.ResidentConsortiumConsentDocument,
    "query Consortia { consortia { id name members { id name } } }": typeof types.ConsortiaDocument,
    "query ConsortiumOverview($consortiumId: ID!, $from: Date!, $to: Date!) {\n  consortiumOverview(consortiumId: $consortiumId, from: $from, to: $to) {\n    consortium { id name members { id name } }\n    partners { organisation { id name } residencesOpen currentResidents counsellingHours peopleCounselled trainingsHeld goalsAchieved }\n    totals { organisation { id } residencesOpen currentResidents counsellingHours peopleCounselled trainingsHeld goalsAchieved }\n  }\n}": typeof types.ConsortiumOverviewDocument,
    "query ConsortiumOwnCounselling($from: Date!, $to: Date!) { counsellingTotals(from: $from, to: $to) { totalMinutes residents } }": typeof types.ConsortiumOwnCounsellingDocument,
    "query ConsortiumSeries($consortiumId: ID!, $from: Date!, $to: Date!) {\n  consortiumOverview(consortiumId: $consortiumId, from: $from, to: $to) {\n    totals { counsellingHours peopleCounselled }\n    series { metric months { month total } }\n  }\n}": typeof types.ConsortiumSeriesDocument,
    "query DemoConsortia { consortia { id name members { name } } }": typeof types.DemoConsortiaDocument,
    "query DemoConsortiumOverview($id: ID!) {\n  consortiumOverview(consortiumId: $id, from: \"2024-11-01\", to: \"2026-10-31\") { partners { organisation { name } residencesOpen currentResidents } totals { residencesOpen currentResidents } }\n}": typeof types.DemoConsortiumOverviewDocument,
    "query RegistryFigures($from: Date!, $to: Date!, $goalDomain: GoalDomain, $sessionKind: SessionKind, $audience: CounsellingAudience) {\n    metricFigures(from: $from, to: $to, goalDomain: $goalDomain, sessionKind: $sessionKind, audience: $audience) { metric unit kind filters value }\n    occupancyOverTime(from: $to, to: $to) { date rate }\n  }": typeof types.RegistryFiguresDocument,
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
    "mutation CorrectSession($input: CorrectCounsellingSessionInput!) {\n  correctCounsellingSession(input: $input) { id version occurredOn durationMinutes kind domains notes withdrawn changeable }\n}": typeof types.CorrectSessionDocument,
    "mutation WithdrawSession($input: WithdrawCounsellingSessionInput!) {\n  withdrawCounsellingSession(input: $input) { id version withdrawn changeable withdrawal { at reason by { id } } }\n}": typeof types.WithdrawSessionDocument,
    "query SessionHistory($id: ID!) {\n  counsellingSession(id: $id) {\n    id withdrawn changeable\n    revisions { change reason changedAt changedBy { id } occurredOn durationMinutes kind domains notes }\n    resident { counsellingMinutes counsellingSessions { id withdrawn withdrawal { reason } } }\n  }\n}": typeof types.SessionHistoryDocument,
    "query CorrectionTotals($from: Date!, $to: Date!) { counsellingTotals(from: $from, to: $to) { totalMinutes sessions residents } }": typeof types.CorrectionTotalsDocument,
    "query CorrectionMetrics($from: Date!, $to: Date!) { metricFigures(from: $from, to: $to) { metric value } }": typeof types.CorrectionMetricsDocument,
    "mutation NotesLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }": typeof types.NotesLogSessionDocument,
    "mutation NotesLogRelativeSession($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }": typeof types.NotesLogRelativeSessionDocument,
    "\n  query SessionNotes($id: ID!) { counsellingSession(id: $id) { id durationMinutes ...Confidential } }\n  fragment Confidential on CounsellingSession { notes hopes resources usefulExperience nextStep notesVisible }\n": typeof types.SessionNotesDocument,
    "query SessionNotesInList($id: ID!) { counsellingSession(id: $id) { resident { counsellingSessions { id ...Confidential } } } }": typeof types.SessionNotesInListDocument,
    "query SessionWithoutNotes($id: ID!) { counsellingSession(id: $id) { id durationMinutes notesVisible } }": typeof types.SessionWithoutNotesDocument,
    "mutation RulesLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id occurredOn domains notes } }": typeof types.RulesLogSessionDocument,
    "mutation RulesLogRelativeSession($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }": typeof types.RulesLogRelativeSessionDocument,
    "query DemoProgrammeFigures($from: Date!, $to: Date!, $departmentId: ID) {\n    programmeFigures(from: $from, to: $to, departmentId: $departmentId) { meetingsHeld namedAttendances guests trainingsHeld trainingHours }\n  }": typeof types.DemoProgrammeFiguresDocument,
    "query DemoDepartments { departments { id name status statusSince statusReason } }": typeof types.DemoDepartmentsDocument,
    "query DemoHelplineFigures($from: Date!, $to: Date!) { helplineFigures(from: $from, to: $to) { contacts anonymousContacts bereavedFollowedUp } }": typeof types.DemoHelplineFiguresDocument,
    "query DemoLeaderHome { programmes { id name } myNextMeetings(first: 3) { id startsAt programme { name } expected { id displayName } } }": typeof types.DemoLeaderHomeDocument,
    "query DemoScheduledProgrammes { programmes(first: 200, status: ACTIVE) { id name schedule { intervalWeeks } } }": typeof types.DemoScheduledProgrammesDocument,
    "mutation DemoGenerateMeetings($programmeId: ID!) { generateMeetings(programmeId: $programmeId) { id startsAt } }": typeof types.DemoGenerateMeetingsDocument,
    "query DemoFigures {\n    residences { id occupancy capacity closedOn }\n    current: residents(status: IN_RESIDENCE, first: 1) { totalCount }\n    everyone: residents(first: 1) { totalCount }\n    individual: counsellingTotals(from: \"2024-11-01\", to: \"2026-10-31\", kinds: [INDIVIDUAL], residentsOnly: true) { totalHours residents sessions }\n    all: counsellingTotals(from: \"2024-11-01\", to: \"2026-10-31\") { totalHours sessions }\n  }": typeof types.DemoFiguresDocument,
    "mutation DeptSetStaff($userId: ID!, $departmentId: ID) { setStaffDepartment(userId: $userId, departmentId: $departmentId) { id department { id name } } }": typeof types.DeptSetStaffDocument,
    "mutation DeptSetResidence($residenceId: ID!, $departmentId: ID) { setResidenceDepartment(residenceId: $residenceId, departmentId: $departmentId) { id department { id name } } }": typeof types.DeptSetResidenceDocument,
    "query DeptMe { me { id department { id name status } } }": typeof types.DeptMeDocument,
    "query DeptResidences($departmentId: ID, $all: Boolean) { residences(departmentId: $departmentId, includeClosed: $all) { id name department { id name } } }": typeof types.DeptResidencesDocument,
    "mutation DeptClose($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id status } }": typeof types.DeptCloseDocument,
    "query DeptList($all: Boolean) { departments(includeClosed: $all) { id name place status statusSince statusReason version } }": typeof types.DeptListDocument,
    "mutation DeptCreate($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name place status statusSince statusReason version } }": typeof types.DeptCreateDocument,
    "mutation DeptUpdate($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id name place status statusSince statusReason version } }": typeof types.DeptUpdateDocument,
    "query StaffList($roles: [Role!], $departmentId: ID, $first: Int) { staff(roles: $roles, departmentId: $departmentId, first: $first) { id displayName role } }": typeof types.StaffListDocument,
    "mutation StaffListSetDepartment($userId: ID!, $departmentId: ID) { setStaffDepartment(userId: $userId, departmentId: $departmentId) { id } }": typeof types.StaffListSetDepartmentDocument,
    "query ExportedConsortiumOverview($consortiumId: ID!, $from: Date!, $to: Date!) {\n  consortiumOverview(consortiumId: $consortiumId, from: $from, to: $to) {\n    consortium { id name }\n    partners { organisation { id name } residencesOpen currentResidents counsellingHours peopleCounselled trainingsHeld goalsAchieved }\n    totals { residencesOpen currentResidents counsellingHours peopleCounselled trainingsHeld goalsAchieved }\n  }\n}": typeof types.ExportedConsortiumOverviewDocument,
    "mutation StartExportInTest($input: StartExportInput!) {\n  startExport(input: $input) { id kind format status progress fileName error createdAt }\n}": typeof types.StartExportInTestDocument,
    "query ExportJobInTest($id: ID!) { exportJob(id: $id) { id kind format status progress fileName error } }": typeof types.ExportJobInTestDocument,
    "query ExportPlans { strategicPlans { id name periodStart periodEnd } }": typeof types.ExportPlansDocument,
    "query ExportedProgressReport($planId: ID!, $from: Date!, $to: Date!) {\n  progressReport(planId: $planId, from: $from, to: $to) {\n    rows { indicator { id name } actual target hasActual percentOfTarget status }\n    milestonesDue { title dueOn }\n  }\n}": typeof types.ExportedProgressReportDocument,
    "mutation StartReportExport($input: StartExportInput!) { startExport(input: $input) { id status } }": typeof types.StartReportExportDocument,
    "query ReportExportJob($id: ID!) { exportJob(id: $id) { id status error fileName } }": typeof types.ReportExportJobDocument,
    "mutation GoalRaceCreate($input: CreateGoalInput!) { createGoal(input: $input) { id version } }": typeof types.GoalRaceCreateDocument,
    "mutation GoalRaceProgress($input: UpdateGoalProgressInput!) { updateGoalProgress(input: $input) { version progress } }": typeof types.GoalRaceProgressDocument,
    "query GoalsByDomain($from: Date, $to: Date) { goalsByDomain(from: $from, to: $to) { domain planned inProgress achieved abandoned total } }": typeof types.GoalsByDomainDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) { createGoal(input: $input) { ...GoalFields } }\n  fragment GoalFields on Goal {\n    id domain title description targetDate status progress version createdAt updatedAt resident { id }\n    history { fromStatus toStatus fromProgress toProgress note changedAt changedBy { id } }\n  }\n": typeof types.CreateGoalDocument,
    "mutation UpdateGoalProgress($input: UpdateGoalProgressInput!) { updateGoalProgress(input: $input) { ...GoalFields } }": typeof types.UpdateGoalProgressDocument,
    "mutation UpdateGoal($input: UpdateGoalInput!) { updateGoal(input: $input) { ...GoalFields } }": typeof types.UpdateGoalDocument,
    "query Goal($id: ID!) { goal(id: $id) { ...GoalFields } }": typeof types.GoalDocument,
    "query GoalWithResident($id: ID!) { goal(id: $id) { id title resident { id goals { id title } } } }": typeof types.GoalWithResidentDocument,
    "mutation GriefStart($input: StartGriefFollowUpInput!) {\n  startGriefFollowUp(input: $input) {\n    id startedOn status note version relative { id } responsible { id } department { id } contacts { id plannedOn status doneOn note }\n  }\n}": typeof types.GriefStartDocument,
    "mutation GriefUpdatePlan($input: UpdateGriefFollowUpInput!) { updateGriefFollowUp(input: $input) { id status note version } }": typeof types.GriefUpdatePlanDocument,
    "mutation GriefAddContact($followUpId: ID!, $plannedOn: Date!) { addPlannedContact(followUpId: $followUpId, plannedOn: $plannedOn) { id plannedOn status doneOn } }": typeof types.GriefAddContactDocument,
    "mutation GriefUpdateContact($input: UpdatePlannedContactInput!) { updatePlannedContact(input: $input) { id plannedOn status doneOn note } }": typeof types.GriefUpdateContactDocument,
    "query GriefPlans($status: FollowUpStatus, $departmentId: ID, $first: Int) {\n  griefFollowUps(status: $status, departmentId: $departmentId, first: $first) { id startedOn status relative { id } contacts(first: 2) { plannedOn } }\n}": typeof types.GriefPlansDocument,
    "query GriefOfRelative($id: ID!) { relative(id: $id) { id griefFollowUps { id startedOn contacts { plannedOn status } } } }": typeof types.GriefOfRelativeDocument,
    "query GriefPlanIds { griefFollowUps(first: 200) { id } }": typeof types.GriefPlanIdsDocument,
    "query AccessHelplineContacts { helplineContacts(first: 5) { id department { id } recordedBy { id } } }": typeof types.AccessHelplineContactsDocument,
    "query AccessHelplineContactPersons { helplineContacts(first: 5) { id relative { id } resident { id } } }": typeof types.AccessHelplineContactPersonsDocument,
    "mutation AccessLogHelplineContact($input: LogHelplineContactInput!) { logHelplineContact(input: $input) { id } }": typeof types.AccessLogHelplineContactDocument,
    "mutation AccessUpdateHelplineContact($input: UpdateHelplineContactInput!) { updateHelplineContact(input: $input) { id } }": typeof types.AccessUpdateHelplineContactDocument,
    "query AccessGriefFollowUps { griefFollowUps(first: 5) { id relative { id } responsible { id } department { id } contacts { id } } }": typeof types.AccessGriefFollowUpsDocument,
    "query AccessRelativeGriefFollowUps($id: ID!) { relative(id: $id) { griefFollowUps { id } } }": typeof types.AccessRelativeGriefFollowUpsDocument,
    "mutation AccessStartGriefFollowUp($input: StartGriefFollowUpInput!) { startGriefFollowUp(input: $input) { id } }": typeof types.AccessStartGriefFollowUpDocument,
    "mutation AccessUpdateGriefFollowUp($input: UpdateGriefFollowUpInput!) { updateGriefFollowUp(input: $input) { id } }": typeof types.AccessUpdateGriefFollowUpDocument,
    "mutation AccessAddPlannedContact($followUpId: ID!, $plannedOn: Date!) { addPlannedContact(followUpId: $followUpId, plannedOn: $plannedOn) { id } }": typeof types.AccessAddPlannedContactDocument,
    "mutation AccessUpdatePlannedContact($input: UpdatePlannedContactInput!) { updatePlannedContact(input: $input) { id } }": typeof types.AccessUpdatePlannedContactDocument,
    "query AccessHelplineFigures { helplineFigures(from: \"2025-01-01\", to: \"2025-12-31\") { contacts counts { month } } }": typeof types.AccessHelplineFiguresDocument,
    "mutation HelplineLogContact($input: LogHelplineContactInput!) {\n  logHelplineContact(input: $input) {\n    id occurredAt durationMinutes channel callerKind topics outcome referredTo notes anonymous createdAt department { id } recordedBy { id }\n  }\n}": typeof types.HelplineLogContactDocument,
    "mutation HelplineLogLinkedContact($input: LogHelplineContactInput!) {\n  logHelplineContact(input: $input) { id anonymous relative { id } resident { id } }\n}": typeof types.HelplineLogLinkedContactDocument,
    "mutation HelplineUpdateContact($input: UpdateHelplineContactInput!) {\n  updateHelplineContact(input: $input) { id durationMinutes outcome referredTo notes topics anonymous department { id } }\n}": typeof types.HelplineUpdateContactDocument,
    "mutation HelplineUpdateLinkedContact($input: UpdateHelplineContactInput!) {\n  updateHelplineContact(input: $input) { id anonymous relative { id } resident { id } }\n}": typeof types.HelplineUpdateLinkedContactDocument,
    "query HelplineContactList($from: Date, $to: Date, $departmentId: ID, $first: Int) {\n  helplineContacts(from: $from, to: $to, departmentId: $departmentId, first: $first) { id occurredAt anonymous recordedBy { id } department { id } }\n}": typeof types.HelplineContactListDocument,
    "query HelplineContactPersons($from: Date, $to: Date) { helplineContacts(from: $from, to: $to) { id relative { id } resident { id } } }": typeof types.HelplineContactPersonsDocument,
    "query HelplineFiguresOfPeriod($from: Date!, $to: Date!, $departmentId: ID) {\n  helplineFigures(from: $from, to: $to, departmentId: $departmentId) { contacts contactMinutes anonymousContacts bereavedFollowedUp counts { month channel topic contacts } }\n}": typeof types.HelplineFiguresOfPeriodDocument,
    "mutation HelplineFiguresContactDone($input: UpdatePlannedContactInput!) { updatePlannedContact(input: $input) { id } }": typeof types.HelplineFiguresContactDoneDocument,
    "query MatrixBeds($id: ID!) { residence(id: $id) { beds { id } } }": typeof types.MatrixBedsDocument,
    "query MatrixLists { residences { id } residents(first: 200) { totalCount edges { node { id } } } relatives { id } }": typeof types.MatrixListsDocument,
    "mutation HandoutRecord($input: RecordHandoutInput!) {\n  recordHandout(input: $input) { id handedOutOn kind quantity anonymousRecipients note createdAt department { id } recordedBy { id } }\n}": typeof types.HandoutRecordDocument,
    "mutation HandoutRecordNamed($input: RecordHandoutInput!) { recordHandout(input: $input) { id anonymousRecipients resident { id } relative { id } } }": typeof types.HandoutRecordNamedDocument,
    "mutation HandoutUpdate($input: UpdateHandoutInput!) { updateHandout(input: $input) { id handedOutOn kind quantity anonymousRecipients note department { id } } }": typeof types.HandoutUpdateDocument,
    "query HandoutList($from: Date, $to: Date, $kind: HandoutKind, $departmentId: ID, $first: Int) {\n  handouts(from: $from, to: $to, kind: $kind, departmentId: $departmentId, first: $first) { id handedOutOn kind quantity anonymousRecipients note recordedBy { id } department { id } }\n}": typeof types.HandoutListDocument,
    "query HandoutRecipients($from: Date, $to: Date) { handouts(from: $from, to: $to) { id resident { id } relative { id } } }": typeof types.HandoutRecipientsDocument,
    "query HandoutAccessFigures { materialSupportFigures(from: \"2025-01-01\", to: \"2025-12-31\") { parcels } }": typeof types.HandoutAccessFiguresDocument,
    "query MaterialSupportFiguresOfPeriod($from: Date!, $to: Date!, $departmentId: ID) {\n  materialSupportFigures(from: $from, to: $to, departmentId: $departmentId) { parcels handouts byKind { kind handouts quantity namedRecipients anonymousRecipients } }\n}": typeof types.MaterialSupportFiguresOfPeriodDocument,
    "query StatementCountPage($first: Int) { residents(first: $first) { totalCount edges { node {\n    id firstName keyWorker { displayName }\n    currentStay { admittedOn residence { name } bed { label } }\n    goals { id domain progress }\n    counsellingMinutes\n  } } } }": typeof types.StatementCountPageDocument,
    "query StatementCountCaseFile($id: ID!) { resident(id: $id) {\n    id firstName keyWorker { displayName } counsellingMinutes\n    currentStay { admittedOn bed { label } residence { name occupancy } }\n    goals { id domain progress } counsellingSessions(first: 20) { id occurredOn durationMinutes notes counsellor { displayName } }\n  } }": typeof types.StatementCountCaseFileDocument,
    "query UnitOfWorkCaseFile($id: ID!) {\n  resident(id: $id) {\n    id firstName keyWorker { id } counsellingMinutes currentStay { id bed { id } residence { id occupancy } }\n    goals { id history { id } } counsellingSessions(first: 20) { id notes } relatives { relative { id } } assessments { id }\n  }\n}": typeof types.UnitOfWorkCaseFileDocument,
    "mutation UnitOfWorkCreateResidence($name: String!) { createResidence(input: { name: $name, capacity: 2 }) { id } }": typeof types.UnitOfWorkCreateResidenceDocument,
    "query DemoStrategicPlans {\n  strategicPlans { id name level periodStart periodEnd consortium { id name } funding { funder amount currency } milestones { title dueOn status doneOn }\n    publishedReports { id from to publishedBy } }\n}": typeof types.DemoStrategicPlansDocument,
    "query DemoPlanConsortiumTotals($id: ID!, $from: Date!, $to: Date!) { consortiumOverview(consortiumId: $id, from: $from, to: $to) { totals { currentResidents } } }": typeof types.DemoPlanConsortiumTotalsDocument,
    "query DemoProgressReport($planId: ID!, $from: Date!, $to: Date!) {\n  progressReport(planId: $planId, from: $from, to: $to) {\n    rows { indicator { name metric sessionKind audience } actual target hasActual status publishedActual changedSincePublished }\n  }\n}": typeof types.DemoProgressReportDocument,
    "query PlanDetail($id: ID!) {\n  strategicPlan(id: $id) {\n    id name description periodStart periodEnd level version consortium { id name }\n    objectives { id title position indicators { id name metric target baseline goalDomain sessionKind audience unit version department { id } yearTargets { year target } } }\n    milestones { id title dueOn status doneOn note }\n    funding { id funder amount currency note }\n    publishedReports { id from to publishedBy }\n  }\n}": typeof types.PlanDetailDocument,
    "query PlanList { strategicPlans { id name level } }": typeof types.PlanListDocument,
    "mutation PlanCreate($input: CreateStrategicPlanInput!) { createStrategicPlan(input: $input) { id level version consortium { id } } }": typeof types.PlanCreateDocument,
    "mutation PlanUpdate($input: UpdateStrategicPlanInput!) { updateStrategicPlan(input: $input) { id name version periodEnd } }": typeof types.PlanUpdateDocument,
    "mutation PlanAddObjective($input: AddObjectiveInput!) { addObjective(input: $input) { id title position } }": typeof types.PlanAddObjectiveDocument,
    "mutation PlanUpdateObjective($input: UpdateObjectiveInput!) { updateObjective(input: $input) { id title position } }": typeof types.PlanUpdateObjectiveDocument,
    "mutation PlanRemoveObjective($id: ID!) { removeObjective(id: $id) { id objectives { id } } }": typeof types.PlanRemoveObjectiveDocument,
    "mutation PlanAddIndicator($input: AddIndicatorInput!) { addIndicator(input: $input) { id version target yearTargets { year target } } }": typeof types.PlanAddIndicatorDocument,
    "mutation PlanUpdateIndicator($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { id version target baseline yearTargets { year target } } }": typeof types.PlanUpdateIndicatorDocument,
    "mutation PlanRemoveIndicator($id: ID!) { removeIndicator(id: $id) { id } }": typeof types.PlanRemoveIndicatorDocument,
    "mutation PlanAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id status doneOn } }": typeof types.PlanAddMilestoneDocument,
    "mutation PlanUpdateMilestone($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id status doneOn } }": typeof types.PlanUpdateMilestoneDocument,
    "mutation PlanRemoveMilestone($id: ID!) { removeMilestone(id: $id) { id milestones { id } } }": typeof types.PlanRemoveMilestoneDocument,
    "mutation PlanAddFunding($input: AddFundingInput!) { addFunding(input: $input) { id funder amount currency } }": typeof types.PlanAddFundingDocument,
    "mutation PlanUpdateFunding($input: UpdateFundingInput!) { updateFunding(input: $input) { id amount currency } }": typeof types.PlanUpdateFundingDocument,
    "mutation PlanRemoveFunding($id: ID!) { removeFunding(id: $id) { id funding { id } } }": typeof types.PlanRemoveFundingDocument,
    "mutation PlanSetComment($indicatorId: ID!, $from: Date!, $to: Date!, $comment: String!) {\n  setIndicatorComment(indicatorId: $indicatorId, from: $from, to: $to, comment: $comment) { from to comment updatedBy }\n}": typeof types.PlanSetCommentDocument,
    "mutation PlanPublish($planId: ID!, $from: Date!, $to: Date!) { publishProgressReport(planId: $planId, from: $from, to: $to) { id from to publishedBy } }": typeof types.PlanPublishDocument,
    "query PlanReport($planId: ID!, $from: Date!, $to: Date!) { progressReport(planId: $planId, from: $from, to: $to) {\n  plan { id name } from to\n  rows { indicator { id name metric } actual target hasActual percentOfTarget expectedByNow status trend { month value } comment { comment updatedBy }\n         publishedActual liveActual changedSincePublished }\n  milestonesDue { id title dueOn status }\n  published { id from to }\n} }": typeof types.PlanReportDocument,
    "query PlanPublishedReport($id: ID!) { publishedReport(id: $id) {\n  plan { id name } from to\n  rows { indicator { id name metric } actual target hasActual percentOfTarget expectedByNow status trend { month value } comment { comment updatedBy }\n         publishedActual liveActual changedSincePublished }\n  milestonesDue { id title dueOn status }\n  published { id from to }\n} }": typeof types.PlanPublishedReportDocument,
    "query PlanConsortiumTotals($id: ID!, $from: Date!, $to: Date!) { consortiumOverview(consortiumId: $id, from: $from, to: $to) { totals { counsellingHours } } }": typeof types.PlanConsortiumTotalsDocument,
    "mutation AddMeeting($input: AddMeetingInput!) { addMeeting(input: $input) { id startsAt endsAt status place note oneOff guestCount attendanceTakenAt cancelReason version programme { id } } }": typeof types.AddMeetingDocument,
    "mutation MoveMeeting($input: MoveMeetingInput!) { moveMeeting(input: $input) { id startsAt endsAt place version } }": typeof types.MoveMeetingDocument,
    "mutation CancelMeeting($id: ID!, $version: Int!, $reason: String!) { cancelMeeting(id: $id, version: $version, reason: $reason) { id status cancelReason version } }": typeof types.CancelMeetingDocument,
    "mutation RecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id status guestCount attendanceTakenAt attendance { present participant { id kind displayName } } } }": typeof types.RecordAttendanceDocument,
    "query Meeting($id: ID!) { meeting(id: $id) { id status guestCount attendance { present participant { id kind displayName } } expected { id kind displayName } } }": typeof types.MeetingDocument,
    "query ProgrammeMeetings($id: ID!, $from: Date, $to: Date, $first: Int, $hFrom: Date!, $hTo: Date!) {\n  programme(id: $id) { meetings(from: $from, to: $to, first: $first) { id startsAt } attendanceHistory(from: $hFrom, to: $hTo) { meetingId startsAt named guests } }\n}": typeof types.ProgrammeMeetingsDocument,
    "query MyNextMeetings { myNextMeetings(first: 50) { id programme { id } } }": typeof types.MyNextMeetingsDocument,
    "query ParticipantSearch($programmeId: ID!, $search: String!, $first: Int) { participantSearch(programmeId: $programmeId, search: $search, first: $first) { id kind displayName } }": typeof types.ParticipantSearchDocument,
    "mutation Enrol($programmeId: ID!, $participantId: ID!, $kind: ParticipantKind!, $enrolledOn: Date) {\n  enrol(programmeId: $programmeId, participantId: $participantId, kind: $kind, enrolledOn: $enrolledOn) { id enrolledOn status completedOn hours version participant { id kind displayName } }\n}": typeof types.EnrolDocument,
    "mutation UpdateEnrolment($input: UpdateEnrolmentInput!) { updateEnrolment(input: $input) { id status completedOn hours version participant { displayName } } }": typeof types.UpdateEnrolmentDocument,
    "query ProgrammeEnrolments($id: ID!) { programme(id: $id) { enrolments { status hours participant { id kind displayName } } } }": typeof types.ProgrammeEnrolmentsDocument,
    "query ExpectedParticipants($id: ID!) { meeting(id: $id) { expected { id kind displayName } } }": typeof types.ExpectedParticipantsDocument,
    "query Members($search: String) { members(search: $search) { id firstName lastName kind phone email department { id } } }": typeof types.MembersDocument,
    "query ResidentAttendance($id: ID!, $first: Int) { resident(id: $id) { attendance(first: $first) { meetingId programmeId programmeName programmeKind startsAt present } } }": typeof types.ResidentAttendanceDocument,
    "query RelativeAttendance($id: ID!) { relative(id: $id) { attendance { meetingId present } } }": typeof types.RelativeAttendanceDocument,
    "query AccessProgrammes { programmes { id } }": typeof types.AccessProgrammesDocument,
    "query AccessProgramme($id: ID!) { programme(id: $id) { id } }": typeof types.AccessProgrammeDocument,
    "query AccessMeeting($id: ID!) { meeting(id: $id) { id } }": typeof types.AccessMeetingDocument,
    "query AccessMyNext { myNextMeetings { id } }": typeof types.AccessMyNextDocument,
    "query AccessMembers { members { id } }": typeof types.AccessMembersDocument,
    "query AccessSearch($programmeId: ID!) { participantSearch(programmeId: $programmeId, search: \"Figure\") { id } }": typeof types.AccessSearchDocument,
    "query AccessFigures { programmeFigures(from: \"2026-01-01\", to: \"2026-12-31\") { meetingsHeld } }": typeof types.AccessFiguresDocument,
    "query AccessResidentAttendance($id: ID!) { resident(id: $id) { attendance { meetingId } } }": typeof types.AccessResidentAttendanceDocument,
    "mutation AccessCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }": typeof types.AccessCreateProgrammeDocument,
    "mutation AccessUpdateProgramme($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id } }": typeof types.AccessUpdateProgrammeDocument,
    "mutation AccessLeaders($programmeId: ID!, $userIds: [ID!]!, $memberIds: [ID!]!) { setProgrammeLeaders(programmeId: $programmeId, userIds: $userIds, memberIds: $memberIds) { id } }": typeof types.AccessLeadersDocument,
    "mutation AccessGenerate($programmeId: ID!) { generateMeetings(programmeId: $programmeId) { id } }": typeof types.AccessGenerateDocument,
    "mutation AccessAddMeeting($input: AddMeetingInput!) { addMeeting(input: $input) { id } }": typeof types.AccessAddMeetingDocument,
    "mutation AccessMoveMeeting($input: MoveMeetingInput!) { moveMeeting(input: $input) { id } }": typeof types.AccessMoveMeetingDocument,
    "mutation AccessCancelMeeting($id: ID!, $version: Int!) { cancelMeeting(id: $id, version: $version, reason: \"Access test\") { id } }": typeof types.AccessCancelMeetingDocument,
    "mutation AccessRecord($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }": typeof types.AccessRecordDocument,
    "mutation AccessCreateMember($input: CreateMemberInput!) { createMember(input: $input) { id } }": typeof types.AccessCreateMemberDocument,
    "mutation AccessEnrol($programmeId: ID!, $participantId: ID!) { enrol(programmeId: $programmeId, participantId: $participantId, kind: MEMBER) { id } }": typeof types.AccessEnrolDocument,
    "mutation AccessUpdateEnrolment($input: UpdateEnrolmentInput!) { updateEnrolment(input: $input) { id } }": typeof types.AccessUpdateEnrolmentDocument,
    "query ProgrammeFigures($from: Date!, $to: Date!, $departmentId: ID) {\n  programmeFigures(from: $from, to: $to, departmentId: $departmentId) { programmesActive meetingsHeld attendances namedAttendances namedParticipants guests trainingsHeld trainingHours }\n}": typeof types.ProgrammeFiguresDocument,
    "mutation GenerateMeetings($programmeId: ID!) { generateMeetings(programmeId: $programmeId) { id startsAt endsAt oneOff status } }": typeof types.GenerateMeetingsDocument,
    "mutation ScheduleUpdateProgramme($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id version status schedule { intervalWeeks weekday startTime endTime } } }": typeof types.ScheduleUpdateProgrammeDocument,
    "mutation ScheduleMoveMeeting($input: MoveMeetingInput!) { moveMeeting(input: $input) { id startsAt version } }": typeof types.ScheduleMoveMeetingDocument,
    "mutation ScheduleCancelMeeting($id: ID!, $version: Int!, $reason: String!) { cancelMeeting(id: $id, version: $version, reason: $reason) { id status cancelReason } }": typeof types.ScheduleCancelMeetingDocument,
    "query ScheduleNextMeetings($id: ID!) { programme(id: $id) { schedule { weekday startTime endTime } nextMeetings(first: 20) { id startsAt endsAt status oneOff } } }": typeof types.ScheduleNextMeetingsDocument,
    "mutation CreateProgramme($input: CreateProgrammeInput!) {\n  createProgramme(input: $input) {\n    id name kind audience mode place meetingLink description goalDomains status startsOn endsOn version\n    schedule { intervalWeeks weekday startTime endTime }\n    department { id name }\n    leaders { kind displayName userId memberId }\n  }\n}": typeof types.CreateProgrammeDocument,
    "mutation UpdateProgramme($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id name place description goalDomains endsOn status version department { id } schedule { weekday } } }": typeof types.UpdateProgrammeDocument,
    "mutation SetProgrammeLeaders($programmeId: ID!, $userIds: [ID!]!, $memberIds: [ID!]!) { setProgrammeLeaders(programmeId: $programmeId, userIds: $userIds, memberIds: $memberIds) { id leaders { kind displayName userId memberId } } }": typeof types.SetProgrammeLeadersDocument,
    "query Programmes($status: ProgrammeStatus, $kind: ProgrammeKind, $departmentId: ID, $mine: Boolean, $first: Int) { programmes(status: $status, kind: $kind, departmentId: $departmentId, mine: $mine, first: $first) { id name goalDomains schedule { weekday startTime } department { name } } }": typeof types.ProgrammesDocument,
    "query Programme($id: ID!) { programme(id: $id) { id name leaders { displayName } } }": typeof types.ProgrammeDocument,
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
    "query PossibleDuplicates($firstName: String!, $lastName: String!, $dateOfBirth: Date!) { possibleDuplicates(firstName: $firstName, lastName: $lastName, dateOfBirth: $dateOfBirth) { id firstName lastName } }": typeof types.PossibleDuplicatesDocument,
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
    "mutation ErasureRecord($input: RecordErasureRequestInput!) { recordErasureRequest(input: $input) { id subjectKind subjectId subjectName receivedOn channel staffNote status version retainedUntil recordedByName } }": typeof types.ErasureRecordDocument,
    "mutation ErasureCarryOut($input: DecideErasureRequestInput!) { carryOutErasureRequest(input: $input) { id subjectName status staffNote erasedRows decidedByName version } }": typeof types.ErasureCarryOutDocument,
    "mutation ErasureRefuse($input: RefuseErasureRequestInput!) { refuseErasureRequest(input: $input) { id subjectName status refusalReason staffNote version } }": typeof types.ErasureRefuseDocument,
    "query ErasureList($status: ErasureRequestStatus, $first: Int) { erasureRequests(status: $status, first: $first) { totalCount requests { id subjectKind subjectId subjectName staffNote status refusalReason retainedUntil erasedRows version } } }": typeof types.ErasureListDocument,
    "query ErasurePolicy { retentionPolicy { months legalBasis isDefault version } }": typeof types.ErasurePolicyDocument,
    "mutation ErasureSetPolicy($input: SetRetentionPolicyInput!) { setRetentionPolicy(input: $input) { months legalBasis isDefault version } }": typeof types.ErasureSetPolicyDocument,
    "query ErasureReview($first: Int, $offset: Int) { retentionReview(first: $first, offset: $offset) { activeSince months totalCount people { kind id name lastActivityOn pendingRequestId } } }": typeof types.ErasureReviewDocument,
    "query ErasureCaseFile($id: ID!) { resident(id: $id) { id firstName lastName dateOfBirth phone email counsellingSessions { id notes durationMinutes occurredOn } } }": typeof types.ErasureCaseFileDocument,
    "query ErasureFigures($from: Date!, $to: Date!) { metricFigures(from: $from, to: $to) { metric value } }": typeof types.ErasureFiguresDocument,
    "query PrivacyErasureFigures($from: Date!, $to: Date!) {\n  counsellingTotals(from: $from, to: $to) { totalMinutes sessions residents }\n  goalsByDomain(from: $from, to: $to) { domain planned inProgress achieved abandoned total }\n  occupancyOverTime(from: $from, to: $to) { date residents beds rate }\n  helplineFigures(from: $from, to: $to) { contacts contactMinutes anonymousContacts bereavedFollowedUp }\n  programmeFigures(from: $from, to: $to) { attendances namedAttendances namedParticipants meetingsHeld trainingHours }\n  materialSupportFigures(from: $from, to: $to) { handouts parcels }\n}": typeof types.PrivacyErasureFiguresDocument,
    "mutation SubjectAccessStart($input: StartExportInput!) { startExport(input: $input) { id status kind format } }": typeof types.SubjectAccessStartDocument,
    "query SubjectAccessJob($id: ID!) { exportJob(id: $id) { id status error fileName } }": typeof types.SubjectAccessJobDocument,
    "query SubjectAccessCounsellorRead($id: ID!) { resident(id: $id) { id firstName lastName } }": typeof types.SubjectAccessCounsellorReadDocument,
    "mutation SubjectAccessGoalProgress($input: UpdateGoalProgressInput!) { updateGoalProgress(input: $input) { id version } }": typeof types.SubjectAccessGoalProgressDocument,
    "mutation SubjectAccessConsent($input: RecordConsortiumConsentInput!) { recordConsortiumConsent(input: $input) { given } }": typeof types.SubjectAccessConsentDocument,
    "mutation FreshStartSignIn($input: LoginInput!) { login(input: $input) { accessToken user { email role } } }": typeof types.FreshStartSignInDocument,
    "query FreshStartMe { me { email } }": typeof types.FreshStartMeDocument,
    "mutation ObsSignIn($input: LoginInput!) { login(input: $input) { accessToken } }": typeof types.ObsSignInDocument,
    "query ObsCaseload { residents(first: 50) { edges { node { id firstName lastName email phone } } } }": typeof types.ObsCaseloadDocument,
    "query ObsCaseFile($id: ID!) { resident(id: $id) { firstName counsellingSessions(first: 20) { notes } } }": typeof types.ObsCaseFileDocument,
    "mutation ObsNewResident($input: CreateResidentInput!) { createResident(input: $input) { id } }": typeof types.ObsNewResidentDocument,
    "mutation ObsLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }": typeof types.ObsLogSessionDocument,
    "query SharedStatePlans { strategicPlans { id name periodStart periodEnd } }": typeof types.SharedStatePlansDocument,
    "mutation SharedStateStartExport($input: StartExportInput!) { startExport(input: $input) { id status } }": typeof types.SharedStateStartExportDocument,
    "query SharedStateExportJob($id: ID!) { exportJob(id: $id) { id status error fileName } }": typeof types.SharedStateExportJobDocument,
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
    "mutation FactoryCreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name version } }": typeof types.FactoryCreateDepartmentDocument,
    "mutation FactoryLogHelplineContact($input: LogHelplineContactInput!) { logHelplineContact(input: $input) { id occurredAt } }": typeof types.FactoryLogHelplineContactDocument,
    "mutation FactoryStartGriefFollowUp($input: StartGriefFollowUpInput!) { startGriefFollowUp(input: $input) { id version contacts { id plannedOn } } }": typeof types.FactoryStartGriefFollowUpDocument,
    "mutation FactoryRecordHandout($input: RecordHandoutInput!) { recordHandout(input: $input) { id } }": typeof types.FactoryRecordHandoutDocument,
    "mutation FactoryCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { id version } }": typeof types.FactoryCreateProgrammeDocument,
    "mutation FactoryAddMeeting($input: AddMeetingInput!) { addMeeting(input: $input) { id version startsAt } }": typeof types.FactoryAddMeetingDocument,
    "mutation FactoryRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id status guestCount } }": typeof types.FactoryRecordAttendanceDocument,
    "mutation FactoryCreateMember($input: CreateMemberInput!) { createMember(input: $input) { id } }": typeof types.FactoryCreateMemberDocument,
    "mutation FactoryEnrol($programmeId: ID!, $participantId: ID!, $kind: ParticipantKind!, $enrolledOn: Date) { enrol(programmeId: $programmeId, participantId: $participantId, kind: $kind, enrolledOn: $enrolledOn) { id version } }": typeof types.FactoryEnrolDocument,
    "mutation FactoryCreatePlan($input: CreateStrategicPlanInput!) { createStrategicPlan(input: $input) { id version periodStart periodEnd } }": typeof types.FactoryCreatePlanDocument,
    "mutation FactoryAddObjective($input: AddObjectiveInput!) { addObjective(input: $input) { id } }": typeof types.FactoryAddObjectiveDocument,
    "mutation FactoryAddIndicator($input: AddIndicatorInput!) { addIndicator(input: $input) { id version } }": typeof types.FactoryAddIndicatorDocument,
    "mutation FactoryAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }": typeof types.FactoryAddMilestoneDocument,
};
const documents: Documents = {
    "query LimitsSessions($id: ID!, $first: Int) { resident(id: $id) { counsellingSessions(first: $first) { id occurredOn } } }": types.LimitsSessionsDocument,
    "query LimitsPagesInSql { residents(search: \"Limit Person\") { edges { node { lastName goals(first: 2) { title } counsellingSessions(first: 3) { id } } } } }": types.LimitsPagesInSqlDocument,
    "query ActorMe { me { id role organisation { name } } }": types.ActorMeDocument,
    "query ActorResidences { residences { id } }": types.ActorResidencesDocument,
    "mutation ActorCreateResidence($input: CreateResidenceInput!) { createResidence(input: $input) { id } }": types.ActorCreateResidenceDocument,
    "mutation LoginWithUser($input: LoginInput!) { login(input: $input) { accessToken user { id email role organisation { id name } } } }": types.LoginWithUserDocument,
    "query LoginMe { me { id email displayName role organisation { id name } } }": types.LoginMeDocument,
    "mutation MfaLogin($input: LoginInput!) { login(input: $input) { accessToken user { id role } } }": types.MfaLoginDocument,
    "mutation MfaVerify($input: MfaCodeInput!) { verifyMfaCode(input: $input) { accessToken user { id } } }": types.MfaVerifyDocument,
    "mutation MfaRecover($input: RecoveryCodeInput!) { verifyRecoveryCode(input: $input) { accessToken user { id } } }": types.MfaRecoverDocument,
    "mutation MfaStartRequired($input: MfaEnrolmentTicketInput!) { startRequiredMfaEnrolment(input: $input) { secret otpauthUri qrCodeDataUrl } }": types.MfaStartRequiredDocument,
    "mutation MfaCompleteRequired($input: CompleteMfaEnrolmentInput!) { completeRequiredMfaEnrolment(input: $input) { recoveryCodes session { accessToken user { id } } } }": types.MfaCompleteRequiredDocument,
    "mutation MfaStart { startMfaEnrolment { secret otpauthUri qrCodeDataUrl } }": types.MfaStartDocument,
    "mutation MfaConfirm($input: MfaCodeOnlyInput!) { confirmMfaEnrolment(input: $input) { recoveryCodes } }": types.MfaConfirmDocument,
    "mutation MfaDisable($input: MfaCodeOnlyInput!) { disableMfa(input: $input) }": types.MfaDisableDocument,
    "mutation MfaReset($input: ResetUserMfaInput!) { resetUserMfa(input: $input) }": types.MfaResetDocument,
    "query MfaStatus { mfaStatus { enrolled required policy recoveryCodesLeft } }": types.MfaStatusDocument,
    "mutation MfaSetPolicy($policy: MfaPolicy!) { setOrganisationMfaPolicy(policy: $policy) }": types.MfaSetPolicyDocument,
    "mutation MfaRefresh { refreshSession { accessToken user { id } } }": types.MfaRefreshDocument,
    "query MfaMe { me { id } }": types.MfaMeDocument,
    "mutation MfaRegenerateCodes($input: MfaCodeOnlyInput!) { regenerateMfaRecoveryCodes(input: $input) { recoveryCodes } }": types.MfaRegenerateCodesDocument,
    "query NextRequestResidences { residences { id } }": types.NextRequestResidencesDocument,
    "query NextRequestMe { me { id role } }": types.NextRequestMeDocument,
    "mutation LifetimeRefresh { refreshSession { accessToken } }": types.LifetimeRefreshDocument,
    "query SessionsMe { me { id role organisation { id } } }": types.SessionsMeDocument,
    "mutation SessionsRefresh { refreshSession { accessToken user { id } } }": types.SessionsRefreshDocument,
    "mutation SessionsLogout { logout }": types.SessionsLogoutDocument,
    "mutation RecordAssessment($input: RecordAssessmentInput!) {\n  recordAssessment(input: $input) { id takenOn scores total createdAt instrument { code } assessedBy { id } }\n}": types.RecordAssessmentDocument,
    "query AssessmentInstruments($locale: String) { assessmentInstruments { code name description itemMin itemMax totalMin totalMax items { key locales text(locale: $locale) } } }": types.AssessmentInstrumentsDocument,
    "mutation RecordAssessmentTrend($input: RecordAssessmentInput!) { recordAssessment(input: $input) { resident { id all: assessments { takenOn instrument { code } } barc: assessments(instrumentCode: \"BARC-10\") { takenOn total } } } }": types.RecordAssessmentTrendDocument,
    "query AuditLogCaseFile($id: ID!) { resident(id: $id) { id counsellingSessions(first: 50) { id notes } } }": types.AuditLogCaseFileDocument,
    "\n  query AuditLogPage($userId: ID, $personId: ID, $entityId: String, $action: String, $from: Date, $to: Date, $first: Int, $offset: Int) {\n    auditLog(userId: $userId, personId: $personId, entityId: $entityId, action: $action, from: $from, to: $to, first: $first, offset: $offset) {\n      totalCount hasNextPage entries { id occurredAt action entityType entityId residentId sessionIds userId userDisplayName requestId }\n    }\n  }\n": types.AuditLogPageDocument,
    "query AuditLogExport($personId: ID, $action: String) { auditLogCsv(personId: $personId, action: $action) { filename content rowCount truncated } }": types.AuditLogExportDocument,
    "query AuditTrail($id: ID!) { residentAuditTrail(residentId: $id) { occurredAt action entityType entityId userDisplayName requestId } }": types.AuditTrailDocument,
    "query AuditTrailReadResident($id: ID!) { resident(id: $id) { id } }": types.AuditTrailReadResidentDocument,
    "mutation RecordConsortiumConsent($input: RecordConsortiumConsentInput!) {\n  recordConsortiumConsent(input: $input) { given decidedOn history { given decidedOn recordedById } }\n}": types.RecordConsortiumConsentDocument,
    "query ResidentConsortiumConsent($id: ID!) { resident(id: $id) { id consortiumConsent { given decidedOn history { given decidedOn } } } }": types.ResidentConsortiumConsentDocument,
    "query Consortia { consortia { id name members { id name } } }": types.ConsortiaDocument,
    "query ConsortiumOverview($consortiumId: ID!, $from: Date!, $to: Date!) {\n  consortiumOverview(consortiumId: $consortiumId, from: $from, to: $to) {\n    consortium { id name members { id name } }\n    partners { organisation { id name } residencesOpen currentResidents counsellingHours peopleCounselled trainingsHeld goalsAchieved }\n    totals { organisation { id } residencesOpen currentResidents counsellingHours peopleCounselled trainingsHeld goalsAchieved }\n  }\n}": types.ConsortiumOverviewDocument,
    "query ConsortiumOwnCounselling($from: Date!, $to: Date!) { counsellingTotals(from: $from, to: $to) { totalMinutes residents } }": types.ConsortiumOwnCounsellingDocument,
    "query ConsortiumSeries($consortiumId: ID!, $from: Date!, $to: Date!) {\n  consortiumOverview(consortiumId: $consortiumId, from: $from, to: $to) {\n    totals { counsellingHours peopleCounselled }\n    series { metric months { month total } }\n  }\n}": types.ConsortiumSeriesDocument,
    "query DemoConsortia { consortia { id name members { name } } }": types.DemoConsortiaDocument,
    "query DemoConsortiumOverview($id: ID!) {\n  consortiumOverview(consortiumId: $id, from: \"2024-11-01\", to: \"2026-10-31\") { partners { organisation { name } residencesOpen currentResidents } totals { residencesOpen currentResidents } }\n}": types.DemoConsortiumOverviewDocument,
    "query RegistryFigures($from: Date!, $to: Date!, $goalDomain: GoalDomain, $sessionKind: SessionKind, $audience: CounsellingAudience) {\n    metricFigures(from: $from, to: $to, goalDomain: $goalDomain, sessionKind: $sessionKind, audience: $audience) { metric unit kind filters value }\n    occupancyOverTime(from: $to, to: $to) { date rate }\n  }": types.RegistryFiguresDocument,
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
    "mutation CorrectSession($input: CorrectCounsellingSessionInput!) {\n  correctCounsellingSession(input: $input) { id version occurredOn durationMinutes kind domains notes withdrawn changeable }\n}": types.CorrectSessionDocument,
    "mutation WithdrawSession($input: WithdrawCounsellingSessionInput!) {\n  withdrawCounsellingSession(input: $input) { id version withdrawn changeable withdrawal { at reason by { id } } }\n}": types.WithdrawSessionDocument,
    "query SessionHistory($id: ID!) {\n  counsellingSession(id: $id) {\n    id withdrawn changeable\n    revisions { change reason changedAt changedBy { id } occurredOn durationMinutes kind domains notes }\n    resident { counsellingMinutes counsellingSessions { id withdrawn withdrawal { reason } } }\n  }\n}": types.SessionHistoryDocument,
    "query CorrectionTotals($from: Date!, $to: Date!) { counsellingTotals(from: $from, to: $to) { totalMinutes sessions residents } }": types.CorrectionTotalsDocument,
    "query CorrectionMetrics($from: Date!, $to: Date!) { metricFigures(from: $from, to: $to) { metric value } }": types.CorrectionMetricsDocument,
    "mutation NotesLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }": types.NotesLogSessionDocument,
    "mutation NotesLogRelativeSession($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }": types.NotesLogRelativeSessionDocument,
    "\n  query SessionNotes($id: ID!) { counsellingSession(id: $id) { id durationMinutes ...Confidential } }\n  fragment Confidential on CounsellingSession { notes hopes resources usefulExperience nextStep notesVisible }\n": types.SessionNotesDocument,
    "query SessionNotesInList($id: ID!) { counsellingSession(id: $id) { resident { counsellingSessions { id ...Confidential } } } }": types.SessionNotesInListDocument,
    "query SessionWithoutNotes($id: ID!) { counsellingSession(id: $id) { id durationMinutes notesVisible } }": types.SessionWithoutNotesDocument,
    "mutation RulesLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id occurredOn domains notes } }": types.RulesLogSessionDocument,
    "mutation RulesLogRelativeSession($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }": types.RulesLogRelativeSessionDocument,
    "query DemoProgrammeFigures($from: Date!, $to: Date!, $departmentId: ID) {\n    programmeFigures(from: $from, to: $to, departmentId: $departmentId) { meetingsHeld namedAttendances guests trainingsHeld trainingHours }\n  }": types.DemoProgrammeFiguresDocument,
    "query DemoDepartments { departments { id name status statusSince statusReason } }": types.DemoDepartmentsDocument,
    "query DemoHelplineFigures($from: Date!, $to: Date!) { helplineFigures(from: $from, to: $to) { contacts anonymousContacts bereavedFollowedUp } }": types.DemoHelplineFiguresDocument,
    "query DemoLeaderHome { programmes { id name } myNextMeetings(first: 3) { id startsAt programme { name } expected { id displayName } } }": types.DemoLeaderHomeDocument,
    "query DemoScheduledProgrammes { programmes(first: 200, status: ACTIVE) { id name schedule { intervalWeeks } } }": types.DemoScheduledProgrammesDocument,
    "mutation DemoGenerateMeetings($programmeId: ID!) { generateMeetings(programmeId: $programmeId) { id startsAt } }": types.DemoGenerateMeetingsDocument,
    "query DemoFigures {\n    residences { id occupancy capacity closedOn }\n    current: residents(status: IN_RESIDENCE, first: 1) { totalCount }\n    everyone: residents(first: 1) { totalCount }\n    individual: counsellingTotals(from: \"2024-11-01\", to: \"2026-10-31\", kinds: [INDIVIDUAL], residentsOnly: true) { totalHours residents sessions }\n    all: counsellingTotals(from: \"2024-11-01\", to: \"2026-10-31\") { totalHours sessions }\n  }": types.DemoFiguresDocument,
    "mutation DeptSetStaff($userId: ID!, $departmentId: ID) { setStaffDepartment(userId: $userId, departmentId: $departmentId) { id department { id name } } }": types.DeptSetStaffDocument,
    "mutation DeptSetResidence($residenceId: ID!, $departmentId: ID) { setResidenceDepartment(residenceId: $residenceId, departmentId: $departmentId) { id department { id name } } }": types.DeptSetResidenceDocument,
    "query DeptMe { me { id department { id name status } } }": types.DeptMeDocument,
    "query DeptResidences($departmentId: ID, $all: Boolean) { residences(departmentId: $departmentId, includeClosed: $all) { id name department { id name } } }": types.DeptResidencesDocument,
    "mutation DeptClose($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id status } }": types.DeptCloseDocument,
    "query DeptList($all: Boolean) { departments(includeClosed: $all) { id name place status statusSince statusReason version } }": types.DeptListDocument,
    "mutation DeptCreate($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name place status statusSince statusReason version } }": types.DeptCreateDocument,
    "mutation DeptUpdate($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id name place status statusSince statusReason version } }": types.DeptUpdateDocument,
    "query StaffList($roles: [Role!], $departmentId: ID, $first: Int) { staff(roles: $roles, departmentId: $departmentId, first: $first) { id displayName role } }": types.StaffListDocument,
    "mutation StaffListSetDepartment($userId: ID!, $departmentId: ID) { setStaffDepartment(userId: $userId, departmentId: $departmentId) { id } }": types.StaffListSetDepartmentDocument,
    "query ExportedConsortiumOverview($consortiumId: ID!, $from: Date!, $to: Date!) {\n  consortiumOverview(consortiumId: $consortiumId, from: $from, to: $to) {\n    consortium { id name }\n    partners { organisation { id name } residencesOpen currentResidents counsellingHours peopleCounselled trainingsHeld goalsAchieved }\n    totals { residencesOpen currentResidents counsellingHours peopleCounselled trainingsHeld goalsAchieved }\n  }\n}": types.ExportedConsortiumOverviewDocument,
    "mutation StartExportInTest($input: StartExportInput!) {\n  startExport(input: $input) { id kind format status progress fileName error createdAt }\n}": types.StartExportInTestDocument,
    "query ExportJobInTest($id: ID!) { exportJob(id: $id) { id kind format status progress fileName error } }": types.ExportJobInTestDocument,
    "query ExportPlans { strategicPlans { id name periodStart periodEnd } }": types.ExportPlansDocument,
    "query ExportedProgressReport($planId: ID!, $from: Date!, $to: Date!) {\n  progressReport(planId: $planId, from: $from, to: $to) {\n    rows { indicator { id name } actual target hasActual percentOfTarget status }\n    milestonesDue { title dueOn }\n  }\n}": types.ExportedProgressReportDocument,
    "mutation StartReportExport($input: StartExportInput!) { startExport(input: $input) { id status } }": types.StartReportExportDocument,
    "query ReportExportJob($id: ID!) { exportJob(id: $id) { id status error fileName } }": types.ReportExportJobDocument,
    "mutation GoalRaceCreate($input: CreateGoalInput!) { createGoal(input: $input) { id version } }": types.GoalRaceCreateDocument,
    "mutation GoalRaceProgress($input: UpdateGoalProgressInput!) { updateGoalProgress(input: $input) { version progress } }": types.GoalRaceProgressDocument,
    "query GoalsByDomain($from: Date, $to: Date) { goalsByDomain(from: $from, to: $to) { domain planned inProgress achieved abandoned total } }": types.GoalsByDomainDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) { createGoal(input: $input) { ...GoalFields } }\n  fragment GoalFields on Goal {\n    id domain title description targetDate status progress version createdAt updatedAt resident { id }\n    history { fromStatus toStatus fromProgress toProgress note changedAt changedBy { id } }\n  }\n": types.CreateGoalDocument,
    "mutation UpdateGoalProgress($input: UpdateGoalProgressInput!) { updateGoalProgress(input: $input) { ...GoalFields } }": types.UpdateGoalProgressDocument,
    "mutation UpdateGoal($input: UpdateGoalInput!) { updateGoal(input: $input) { ...GoalFields } }": types.UpdateGoalDocument,
    "query Goal($id: ID!) { goal(id: $id) { ...GoalFields } }": types.GoalDocument,
    "query GoalWithResident($id: ID!) { goal(id: $id) { id title resident { id goals { id title } } } }": types.GoalWithResidentDocument,
    "mutation GriefStart($input: StartGriefFollowUpInput!) {\n  startGriefFollowUp(input: $input) {\n    id startedOn status note version relative { id } responsible { id } department { id } contacts { id plannedOn status doneOn note }\n  }\n}": types.GriefStartDocument,
    "mutation GriefUpdatePlan($input: UpdateGriefFollowUpInput!) { updateGriefFollowUp(input: $input) { id status note version } }": types.GriefUpdatePlanDocument,
    "mutation GriefAddContact($followUpId: ID!, $plannedOn: Date!) { addPlannedContact(followUpId: $followUpId, plannedOn: $plannedOn) { id plannedOn status doneOn } }": types.GriefAddContactDocument,
    "mutation GriefUpdateContact($input: UpdatePlannedContactInput!) { updatePlannedContact(input: $input) { id plannedOn status doneOn note } }": types.GriefUpdateContactDocument,
    "query GriefPlans($status: FollowUpStatus, $departmentId: ID, $first: Int) {\n  griefFollowUps(status: $status, departmentId: $departmentId, first: $first) { id startedOn status relative { id } contacts(first: 2) { plannedOn } }\n}": types.GriefPlansDocument,
    "query GriefOfRelative($id: ID!) { relative(id: $id) { id griefFollowUps { id startedOn contacts { plannedOn status } } } }": types.GriefOfRelativeDocument,
    "query GriefPlanIds { griefFollowUps(first: 200) { id } }": types.GriefPlanIdsDocument,
    "query AccessHelplineContacts { helplineContacts(first: 5) { id department { id } recordedBy { id } } }": types.AccessHelplineContactsDocument,
    "query AccessHelplineContactPersons { helplineContacts(first: 5) { id relative { id } resident { id } } }": types.AccessHelplineContactPersonsDocument,
    "mutation AccessLogHelplineContact($input: LogHelplineContactInput!) { logHelplineContact(input: $input) { id } }": types.AccessLogHelplineContactDocument,
    "mutation AccessUpdateHelplineContact($input: UpdateHelplineContactInput!) { updateHelplineContact(input: $input) { id } }": types.AccessUpdateHelplineContactDocument,
    "query AccessGriefFollowUps { griefFollowUps(first: 5) { id relative { id } responsible { id } department { id } contacts { id } } }": types.AccessGriefFollowUpsDocument,
    "query AccessRelativeGriefFollowUps($id: ID!) { relative(id: $id) { griefFollowUps { id } } }": types.AccessRelativeGriefFollowUpsDocument,
    "mutation AccessStartGriefFollowUp($input: StartGriefFollowUpInput!) { startGriefFollowUp(input: $input) { id } }": types.AccessStartGriefFollowUpDocument,
    "mutation AccessUpdateGriefFollowUp($input: UpdateGriefFollowUpInput!) { updateGriefFollowUp(input: $input) { id } }": types.AccessUpdateGriefFollowUpDocument,
    "mutation AccessAddPlannedContact($followUpId: ID!, $plannedOn: Date!) { addPlannedContact(followUpId: $followUpId, plannedOn: $plannedOn) { id } }": types.AccessAddPlannedContactDocument,
    "mutation AccessUpdatePlannedContact($input: UpdatePlannedContactInput!) { updatePlannedContact(input: $input) { id } }": types.AccessUpdatePlannedContactDocument,
    "query AccessHelplineFigures { helplineFigures(from: \"2025-01-01\", to: \"2025-12-31\") { contacts counts { month } } }": types.AccessHelplineFiguresDocument,
    "mutation HelplineLogContact($input: LogHelplineContactInput!) {\n  logHelplineContact(input: $input) {\n    id occurredAt durationMinutes channel callerKind topics outcome referredTo notes anonymous createdAt department { id } recordedBy { id }\n  }\n}": types.HelplineLogContactDocument,
    "mutation HelplineLogLinkedContact($input: LogHelplineContactInput!) {\n  logHelplineContact(input: $input) { id anonymous relative { id } resident { id } }\n}": types.HelplineLogLinkedContactDocument,
    "mutation HelplineUpdateContact($input: UpdateHelplineContactInput!) {\n  updateHelplineContact(input: $input) { id durationMinutes outcome referredTo notes topics anonymous department { id } }\n}": types.HelplineUpdateContactDocument,
    "mutation HelplineUpdateLinkedContact($input: UpdateHelplineContactInput!) {\n  updateHelplineContact(input: $input) { id anonymous relative { id } resident { id } }\n}": types.HelplineUpdateLinkedContactDocument,
    "query HelplineContactList($from: Date, $to: Date, $departmentId: ID, $first: Int) {\n  helplineContacts(from: $from, to: $to, departmentId: $departmentId, first: $first) { id occurredAt anonymous recordedBy { id } department { id } }\n}": types.HelplineContactListDocument,
    "query HelplineContactPersons($from: Date, $to: Date) { helplineContacts(from: $from, to: $to) { id relative { id } resident { id } } }": types.HelplineContactPersonsDocument,
    "query HelplineFiguresOfPeriod($from: Date!, $to: Date!, $departmentId: ID) {\n  helplineFigures(from: $from, to: $to, departmentId: $departmentId) { contacts contactMinutes anonymousContacts bereavedFollowedUp counts { month channel topic contacts } }\n}": types.HelplineFiguresOfPeriodDocument,
    "mutation HelplineFiguresContactDone($input: UpdatePlannedContactInput!) { updatePlannedContact(input: $input) { id } }": types.HelplineFiguresContactDoneDocument,
    "query MatrixBeds($id: ID!) { residence(id: $id) { beds { id } } }": types.MatrixBedsDocument,
    "query MatrixLists { residences { id } residents(first: 200) { totalCount edges { node { id } } } relatives { id } }": types.MatrixListsDocument,
    "mutation HandoutRecord($input: RecordHandoutInput!) {\n  recordHandout(input: $input) { id handedOutOn kind quantity anonymousRecipients note createdAt department { id } recordedBy { id } }\n}": types.HandoutRecordDocument,
    "mutation HandoutRecordNamed($input: RecordHandoutInput!) { recordHandout(input: $input) { id anonymousRecipients resident { id } relative { id } } }": types.HandoutRecordNamedDocument,
    "mutation HandoutUpdate($input: UpdateHandoutInput!) { updateHandout(input: $input) { id handedOutOn kind quantity anonymousRecipients note department { id } } }": types.HandoutUpdateDocument,
    "query HandoutList($from: Date, $to: Date, $kind: HandoutKind, $departmentId: ID, $first: Int) {\n  handouts(from: $from, to: $to, kind: $kind, departmentId: $departmentId, first: $first) { id handedOutOn kind quantity anonymousRecipients note recordedBy { id } department { id } }\n}": types.HandoutListDocument,
    "query HandoutRecipients($from: Date, $to: Date) { handouts(from: $from, to: $to) { id resident { id } relative { id } } }": types.HandoutRecipientsDocument,
    "query HandoutAccessFigures { materialSupportFigures(from: \"2025-01-01\", to: \"2025-12-31\") { parcels } }": types.HandoutAccessFiguresDocument,
    "query MaterialSupportFiguresOfPeriod($from: Date!, $to: Date!, $departmentId: ID) {\n  materialSupportFigures(from: $from, to: $to, departmentId: $departmentId) { parcels handouts byKind { kind handouts quantity namedRecipients anonymousRecipients } }\n}": types.MaterialSupportFiguresOfPeriodDocument,
    "query StatementCountPage($first: Int) { residents(first: $first) { totalCount edges { node {\n    id firstName keyWorker { displayName }\n    currentStay { admittedOn residence { name } bed { label } }\n    goals { id domain progress }\n    counsellingMinutes\n  } } } }": types.StatementCountPageDocument,
    "query StatementCountCaseFile($id: ID!) { resident(id: $id) {\n    id firstName keyWorker { displayName } counsellingMinutes\n    currentStay { admittedOn bed { label } residence { name occupancy } }\n    goals { id domain progress } counsellingSessions(first: 20) { id occurredOn durationMinutes notes counsellor { displayName } }\n  } }": types.StatementCountCaseFileDocument,
    "query UnitOfWorkCaseFile($id: ID!) {\n  resident(id: $id) {\n    id firstName keyWorker { id } counsellingMinutes currentStay { id bed { id } residence { id occupancy } }\n    goals { id history { id } } counsellingSessions(first: 20) { id notes } relatives { relative { id } } assessments { id }\n  }\n}": types.UnitOfWorkCaseFileDocument,
    "mutation UnitOfWorkCreateResidence($name: String!) { createResidence(input: { name: $name, capacity: 2 }) { id } }": types.UnitOfWorkCreateResidenceDocument,
    "query DemoStrategicPlans {\n  strategicPlans { id name level periodStart periodEnd consortium { id name } funding { funder amount currency } milestones { title dueOn status doneOn }\n    publishedReports { id from to publishedBy } }\n}": types.DemoStrategicPlansDocument,
    "query DemoPlanConsortiumTotals($id: ID!, $from: Date!, $to: Date!) { consortiumOverview(consortiumId: $id, from: $from, to: $to) { totals { currentResidents } } }": types.DemoPlanConsortiumTotalsDocument,
    "query DemoProgressReport($planId: ID!, $from: Date!, $to: Date!) {\n  progressReport(planId: $planId, from: $from, to: $to) {\n    rows { indicator { name metric sessionKind audience } actual target hasActual status publishedActual changedSincePublished }\n  }\n}": types.DemoProgressReportDocument,
    "query PlanDetail($id: ID!) {\n  strategicPlan(id: $id) {\n    id name description periodStart periodEnd level version consortium { id name }\n    objectives { id title position indicators { id name metric target baseline goalDomain sessionKind audience unit version department { id } yearTargets { year target } } }\n    milestones { id title dueOn status doneOn note }\n    funding { id funder amount currency note }\n    publishedReports { id from to publishedBy }\n  }\n}": types.PlanDetailDocument,
    "query PlanList { strategicPlans { id name level } }": types.PlanListDocument,
    "mutation PlanCreate($input: CreateStrategicPlanInput!) { createStrategicPlan(input: $input) { id level version consortium { id } } }": types.PlanCreateDocument,
    "mutation PlanUpdate($input: UpdateStrategicPlanInput!) { updateStrategicPlan(input: $input) { id name version periodEnd } }": types.PlanUpdateDocument,
    "mutation PlanAddObjective($input: AddObjectiveInput!) { addObjective(input: $input) { id title position } }": types.PlanAddObjectiveDocument,
    "mutation PlanUpdateObjective($input: UpdateObjectiveInput!) { updateObjective(input: $input) { id title position } }": types.PlanUpdateObjectiveDocument,
    "mutation PlanRemoveObjective($id: ID!) { removeObjective(id: $id) { id objectives { id } } }": types.PlanRemoveObjectiveDocument,
    "mutation PlanAddIndicator($input: AddIndicatorInput!) { addIndicator(input: $input) { id version target yearTargets { year target } } }": types.PlanAddIndicatorDocument,
    "mutation PlanUpdateIndicator($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { id version target baseline yearTargets { year target } } }": types.PlanUpdateIndicatorDocument,
    "mutation PlanRemoveIndicator($id: ID!) { removeIndicator(id: $id) { id } }": types.PlanRemoveIndicatorDocument,
    "mutation PlanAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id status doneOn } }": types.PlanAddMilestoneDocument,
    "mutation PlanUpdateMilestone($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id status doneOn } }": types.PlanUpdateMilestoneDocument,
    "mutation PlanRemoveMilestone($id: ID!) { removeMilestone(id: $id) { id milestones { id } } }": types.PlanRemoveMilestoneDocument,
    "mutation PlanAddFunding($input: AddFundingInput!) { addFunding(input: $input) { id funder amount currency } }": types.PlanAddFundingDocument,
    "mutation PlanUpdateFunding($input: UpdateFundingInput!) { updateFunding(input: $input) { id amount currency } }": types.PlanUpdateFundingDocument,
    "mutation PlanRemoveFunding($id: ID!) { removeFunding(id: $id) { id funding { id } } }": types.PlanRemoveFundingDocument,
    "mutation PlanSetComment($indicatorId: ID!, $from: Date!, $to: Date!, $comment: String!) {\n  setIndicatorComment(indicatorId: $indicatorId, from: $from, to: $to, comment: $comment) { from to comment updatedBy }\n}": types.PlanSetCommentDocument,
    "mutation PlanPublish($planId: ID!, $from: Date!, $to: Date!) { publishProgressReport(planId: $planId, from: $from, to: $to) { id from to publishedBy } }": types.PlanPublishDocument,
    "query PlanReport($planId: ID!, $from: Date!, $to: Date!) { progressReport(planId: $planId, from: $from, to: $to) {\n  plan { id name } from to\n  rows { indicator { id name metric } actual target hasActual percentOfTarget expectedByNow status trend { month value } comment { comment updatedBy }\n         publishedActual liveActual changedSincePublished }\n  milestonesDue { id title dueOn status }\n  published { id from to }\n} }": types.PlanReportDocument,
    "query PlanPublishedReport($id: ID!) { publishedReport(id: $id) {\n  plan { id name } from to\n  rows { indicator { id name metric } actual target hasActual percentOfTarget expectedByNow status trend { month value } comment { comment updatedBy }\n         publishedActual liveActual changedSincePublished }\n  milestonesDue { id title dueOn status }\n  published { id from to }\n} }": types.PlanPublishedReportDocument,
    "query PlanConsortiumTotals($id: ID!, $from: Date!, $to: Date!) { consortiumOverview(consortiumId: $id, from: $from, to: $to) { totals { counsellingHours } } }": types.PlanConsortiumTotalsDocument,
    "mutation AddMeeting($input: AddMeetingInput!) { addMeeting(input: $input) { id startsAt endsAt status place note oneOff guestCount attendanceTakenAt cancelReason version programme { id } } }": types.AddMeetingDocument,
    "mutation MoveMeeting($input: MoveMeetingInput!) { moveMeeting(input: $input) { id startsAt endsAt place version } }": types.MoveMeetingDocument,
    "mutation CancelMeeting($id: ID!, $version: Int!, $reason: String!) { cancelMeeting(id: $id, version: $version, reason: $reason) { id status cancelReason version } }": types.CancelMeetingDocument,
    "mutation RecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id status guestCount attendanceTakenAt attendance { present participant { id kind displayName } } } }": types.RecordAttendanceDocument,
    "query Meeting($id: ID!) { meeting(id: $id) { id status guestCount attendance { present participant { id kind displayName } } expected { id kind displayName } } }": types.MeetingDocument,
    "query ProgrammeMeetings($id: ID!, $from: Date, $to: Date, $first: Int, $hFrom: Date!, $hTo: Date!) {\n  programme(id: $id) { meetings(from: $from, to: $to, first: $first) { id startsAt } attendanceHistory(from: $hFrom, to: $hTo) { meetingId startsAt named guests } }\n}": types.ProgrammeMeetingsDocument,
    "query MyNextMeetings { myNextMeetings(first: 50) { id programme { id } } }": types.MyNextMeetingsDocument,
    "query ParticipantSearch($programmeId: ID!, $search: String!, $first: Int) { participantSearch(programmeId: $programmeId, search: $search, first: $first) { id kind displayName } }": types.ParticipantSearchDocument,
    "mutation Enrol($programmeId: ID!, $participantId: ID!, $kind: ParticipantKind!, $enrolledOn: Date) {\n  enrol(programmeId: $programmeId, participantId: $participantId, kind: $kind, enrolledOn: $enrolledOn) { id enrolledOn status completedOn hours version participant { id kind displayName } }\n}": types.EnrolDocument,
    "mutation UpdateEnrolment($input: UpdateEnrolmentInput!) { updateEnrolment(input: $input) { id status completedOn hours version participant { displayName } } }": types.UpdateEnrolmentDocument,
    "query ProgrammeEnrolments($id: ID!) { programme(id: $id) { enrolments { status hours participant { id kind displayName } } } }": types.ProgrammeEnrolmentsDocument,
    "query ExpectedParticipants($id: ID!) { meeting(id: $id) { expected { id kind displayName } } }": types.ExpectedParticipantsDocument,
    "query Members($search: String) { members(search: $search) { id firstName lastName kind phone email department { id } } }": types.MembersDocument,
    "query ResidentAttendance($id: ID!, $first: Int) { resident(id: $id) { attendance(first: $first) { meetingId programmeId programmeName programmeKind startsAt present } } }": types.ResidentAttendanceDocument,
    "query RelativeAttendance($id: ID!) { relative(id: $id) { attendance { meetingId present } } }": types.RelativeAttendanceDocument,
    "query AccessProgrammes { programmes { id } }": types.AccessProgrammesDocument,
    "query AccessProgramme($id: ID!) { programme(id: $id) { id } }": types.AccessProgrammeDocument,
    "query AccessMeeting($id: ID!) { meeting(id: $id) { id } }": types.AccessMeetingDocument,
    "query AccessMyNext { myNextMeetings { id } }": types.AccessMyNextDocument,
    "query AccessMembers { members { id } }": types.AccessMembersDocument,
    "query AccessSearch($programmeId: ID!) { participantSearch(programmeId: $programmeId, search: \"Figure\") { id } }": types.AccessSearchDocument,
    "query AccessFigures { programmeFigures(from: \"2026-01-01\", to: \"2026-12-31\") { meetingsHeld } }": types.AccessFiguresDocument,
    "query AccessResidentAttendance($id: ID!) { resident(id: $id) { attendance { meetingId } } }": types.AccessResidentAttendanceDocument,
    "mutation AccessCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }": types.AccessCreateProgrammeDocument,
    "mutation AccessUpdateProgramme($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id } }": types.AccessUpdateProgrammeDocument,
    "mutation AccessLeaders($programmeId: ID!, $userIds: [ID!]!, $memberIds: [ID!]!) { setProgrammeLeaders(programmeId: $programmeId, userIds: $userIds, memberIds: $memberIds) { id } }": types.AccessLeadersDocument,
    "mutation AccessGenerate($programmeId: ID!) { generateMeetings(programmeId: $programmeId) { id } }": types.AccessGenerateDocument,
    "mutation AccessAddMeeting($input: AddMeetingInput!) { addMeeting(input: $input) { id } }": types.AccessAddMeetingDocument,
    "mutation AccessMoveMeeting($input: MoveMeetingInput!) { moveMeeting(input: $input) { id } }": types.AccessMoveMeetingDocument,
    "mutation AccessCancelMeeting($id: ID!, $version: Int!) { cancelMeeting(id: $id, version: $version, reason: \"Access test\") { id } }": types.AccessCancelMeetingDocument,
    "mutation AccessRecord($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }": types.AccessRecordDocument,
    "mutation AccessCreateMember($input: CreateMemberInput!) { createMember(input: $input) { id } }": types.AccessCreateMemberDocument,
    "mutation AccessEnrol($programmeId: ID!, $participantId: ID!) { enrol(programmeId: $programmeId, participantId: $participantId, kind: MEMBER) { id } }": types.AccessEnrolDocument,
    "mutation AccessUpdateEnrolment($input: UpdateEnrolmentInput!) { updateEnrolment(input: $input) { id } }": types.AccessUpdateEnrolmentDocument,
    "query ProgrammeFigures($from: Date!, $to: Date!, $departmentId: ID) {\n  programmeFigures(from: $from, to: $to, departmentId: $departmentId) { programmesActive meetingsHeld attendances namedAttendances namedParticipants guests trainingsHeld trainingHours }\n}": types.ProgrammeFiguresDocument,
    "mutation GenerateMeetings($programmeId: ID!) { generateMeetings(programmeId: $programmeId) { id startsAt endsAt oneOff status } }": types.GenerateMeetingsDocument,
    "mutation ScheduleUpdateProgramme($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id version status schedule { intervalWeeks weekday startTime endTime } } }": types.ScheduleUpdateProgrammeDocument,
    "mutation ScheduleMoveMeeting($input: MoveMeetingInput!) { moveMeeting(input: $input) { id startsAt version } }": types.ScheduleMoveMeetingDocument,
    "mutation ScheduleCancelMeeting($id: ID!, $version: Int!, $reason: String!) { cancelMeeting(id: $id, version: $version, reason: $reason) { id status cancelReason } }": types.ScheduleCancelMeetingDocument,
    "query ScheduleNextMeetings($id: ID!) { programme(id: $id) { schedule { weekday startTime endTime } nextMeetings(first: 20) { id startsAt endsAt status oneOff } } }": types.ScheduleNextMeetingsDocument,
    "mutation CreateProgramme($input: CreateProgrammeInput!) {\n  createProgramme(input: $input) {\n    id name kind audience mode place meetingLink description goalDomains status startsOn endsOn version\n    schedule { intervalWeeks weekday startTime endTime }\n    department { id name }\n    leaders { kind displayName userId memberId }\n  }\n}": types.CreateProgrammeDocument,
    "mutation UpdateProgramme($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id name place description goalDomains endsOn status version department { id } schedule { weekday } } }": types.UpdateProgrammeDocument,
    "mutation SetProgrammeLeaders($programmeId: ID!, $userIds: [ID!]!, $memberIds: [ID!]!) { setProgrammeLeaders(programmeId: $programmeId, userIds: $userIds, memberIds: $memberIds) { id leaders { kind displayName userId memberId } } }": types.SetProgrammeLeadersDocument,
    "query Programmes($status: ProgrammeStatus, $kind: ProgrammeKind, $departmentId: ID, $mine: Boolean, $first: Int) { programmes(status: $status, kind: $kind, departmentId: $departmentId, mine: $mine, first: $first) { id name goalDomains schedule { weekday startTime } department { name } } }": types.ProgrammesDocument,
    "query Programme($id: ID!) { programme(id: $id) { id name leaders { displayName } } }": types.ProgrammeDocument,
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
    "query PossibleDuplicates($firstName: String!, $lastName: String!, $dateOfBirth: Date!) { possibleDuplicates(firstName: $firstName, lastName: $lastName, dateOfBirth: $dateOfBirth) { id firstName lastName } }": types.PossibleDuplicatesDocument,
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
    "mutation ErasureRecord($input: RecordErasureRequestInput!) { recordErasureRequest(input: $input) { id subjectKind subjectId subjectName receivedOn channel staffNote status version retainedUntil recordedByName } }": types.ErasureRecordDocument,
    "mutation ErasureCarryOut($input: DecideErasureRequestInput!) { carryOutErasureRequest(input: $input) { id subjectName status staffNote erasedRows decidedByName version } }": types.ErasureCarryOutDocument,
    "mutation ErasureRefuse($input: RefuseErasureRequestInput!) { refuseErasureRequest(input: $input) { id subjectName status refusalReason staffNote version } }": types.ErasureRefuseDocument,
    "query ErasureList($status: ErasureRequestStatus, $first: Int) { erasureRequests(status: $status, first: $first) { totalCount requests { id subjectKind subjectId subjectName staffNote status refusalReason retainedUntil erasedRows version } } }": types.ErasureListDocument,
    "query ErasurePolicy { retentionPolicy { months legalBasis isDefault version } }": types.ErasurePolicyDocument,
    "mutation ErasureSetPolicy($input: SetRetentionPolicyInput!) { setRetentionPolicy(input: $input) { months legalBasis isDefault version } }": types.ErasureSetPolicyDocument,
    "query ErasureReview($first: Int, $offset: Int) { retentionReview(first: $first, offset: $offset) { activeSince months totalCount people { kind id name lastActivityOn pendingRequestId } } }": types.ErasureReviewDocument,
    "query ErasureCaseFile($id: ID!) { resident(id: $id) { id firstName lastName dateOfBirth phone email counsellingSessions { id notes durationMinutes occurredOn } } }": types.ErasureCaseFileDocument,
    "query ErasureFigures($from: Date!, $to: Date!) { metricFigures(from: $from, to: $to) { metric value } }": types.ErasureFiguresDocument,
    "query PrivacyErasureFigures($from: Date!, $to: Date!) {\n  counsellingTotals(from: $from, to: $to) { totalMinutes sessions residents }\n  goalsByDomain(from: $from, to: $to) { domain planned inProgress achieved abandoned total }\n  occupancyOverTime(from: $from, to: $to) { date residents beds rate }\n  helplineFigures(from: $from, to: $to) { contacts contactMinutes anonymousContacts bereavedFollowedUp }\n  programmeFigures(from: $from, to: $to) { attendances namedAttendances namedParticipants meetingsHeld trainingHours }\n  materialSupportFigures(from: $from, to: $to) { handouts parcels }\n}": types.PrivacyErasureFiguresDocument,
    "mutation SubjectAccessStart($input: StartExportInput!) { startExport(input: $input) { id status kind format } }": types.SubjectAccessStartDocument,
    "query SubjectAccessJob($id: ID!) { exportJob(id: $id) { id status error fileName } }": types.SubjectAccessJobDocument,
    "query SubjectAccessCounsellorRead($id: ID!) { resident(id: $id) { id firstName lastName } }": types.SubjectAccessCounsellorReadDocument,
    "mutation SubjectAccessGoalProgress($input: UpdateGoalProgressInput!) { updateGoalProgress(input: $input) { id version } }": types.SubjectAccessGoalProgressDocument,
    "mutation SubjectAccessConsent($input: RecordConsortiumConsentInput!) { recordConsortiumConsent(input: $input) { given } }": types.SubjectAccessConsentDocument,
    "mutation FreshStartSignIn($input: LoginInput!) { login(input: $input) { accessToken user { email role } } }": types.FreshStartSignInDocument,
    "query FreshStartMe { me { email } }": types.FreshStartMeDocument,
    "mutation ObsSignIn($input: LoginInput!) { login(input: $input) { accessToken } }": types.ObsSignInDocument,
    "query ObsCaseload { residents(first: 50) { edges { node { id firstName lastName email phone } } } }": types.ObsCaseloadDocument,
    "query ObsCaseFile($id: ID!) { resident(id: $id) { firstName counsellingSessions(first: 20) { notes } } }": types.ObsCaseFileDocument,
    "mutation ObsNewResident($input: CreateResidentInput!) { createResident(input: $input) { id } }": types.ObsNewResidentDocument,
    "mutation ObsLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }": types.ObsLogSessionDocument,
    "query SharedStatePlans { strategicPlans { id name periodStart periodEnd } }": types.SharedStatePlansDocument,
    "mutation SharedStateStartExport($input: StartExportInput!) { startExport(input: $input) { id status } }": types.SharedStateStartExportDocument,
    "query SharedStateExportJob($id: ID!) { exportJob(id: $id) { id status error fileName } }": types.SharedStateExportJobDocument,
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
    "mutation FactoryCreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name version } }": types.FactoryCreateDepartmentDocument,
    "mutation FactoryLogHelplineContact($input: LogHelplineContactInput!) { logHelplineContact(input: $input) { id occurredAt } }": types.FactoryLogHelplineContactDocument,
    "mutation FactoryStartGriefFollowUp($input: StartGriefFollowUpInput!) { startGriefFollowUp(input: $input) { id version contacts { id plannedOn } } }": types.FactoryStartGriefFollowUpDocument,
    "mutation FactoryRecordHandout($input: RecordHandoutInput!) { recordHandout(input: $input) { id } }": types.FactoryRecordHandoutDocument,
    "mutation FactoryCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { id version } }": types.FactoryCreateProgrammeDocument,
    "mutation FactoryAddMeeting($input: AddMeetingInput!) { addMeeting(input: $input) { id version startsAt } }": types.FactoryAddMeetingDocument,
    "mutation FactoryRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id status guestCount } }": types.FactoryRecordAttendanceDocument,
    "mutation FactoryCreateMember($input: CreateMemberInput!) { createMember(input: $input) { id } }": types.FactoryCreateMemberDocument,
    "mutation FactoryEnrol($programmeId: ID!, $participantId: ID!, $kind: ParticipantKind!, $enrolledOn: Date) { enrol(programmeId: $programmeId, participantId: $participantId, kind: $kind, enrolledOn: $enrolledOn) { id version } }": types.FactoryEnrolDocument,
    "mutation FactoryCreatePlan($input: CreateStrategicPlanInput!) { createStrategicPlan(input: $input) { id version periodStart periodEnd } }": types.FactoryCreatePlanDocument,
    "mutation FactoryAddObjective($input: AddObjectiveInput!) { addObjective(input: $input) { id } }": types.FactoryAddObjectiveDocument,
    "mutation FactoryAddIndicator($input: AddIndicatorInput!) { addIndicator(input: $input) { id version } }": types.FactoryAddIndicatorDocument,
    "mutation FactoryAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }": types.FactoryAddMilestoneDocument,
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
export function graphql(source: "mutation MfaLogin($input: LoginInput!) { login(input: $input) { accessToken user { id role } } }"): typeof import('./graphql.js').MfaLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MfaVerify($input: MfaCodeInput!) { verifyMfaCode(input: $input) { accessToken user { id } } }"): typeof import('./graphql.js').MfaVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MfaRecover($input: RecoveryCodeInput!) { verifyRecoveryCode(input: $input) { accessToken user { id } } }"): typeof import('./graphql.js').MfaRecoverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MfaStartRequired($input: MfaEnrolmentTicketInput!) { startRequiredMfaEnrolment(input: $input) { secret otpauthUri qrCodeDataUrl } }"): typeof import('./graphql.js').MfaStartRequiredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MfaCompleteRequired($input: CompleteMfaEnrolmentInput!) { completeRequiredMfaEnrolment(input: $input) { recoveryCodes session { accessToken user { id } } } }"): typeof import('./graphql.js').MfaCompleteRequiredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MfaStart { startMfaEnrolment { secret otpauthUri qrCodeDataUrl } }"): typeof import('./graphql.js').MfaStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MfaConfirm($input: MfaCodeOnlyInput!) { confirmMfaEnrolment(input: $input) { recoveryCodes } }"): typeof import('./graphql.js').MfaConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MfaDisable($input: MfaCodeOnlyInput!) { disableMfa(input: $input) }"): typeof import('./graphql.js').MfaDisableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MfaReset($input: ResetUserMfaInput!) { resetUserMfa(input: $input) }"): typeof import('./graphql.js').MfaResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MfaStatus { mfaStatus { enrolled required policy recoveryCodesLeft } }"): typeof import('./graphql.js').MfaStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MfaSetPolicy($policy: MfaPolicy!) { setOrganisationMfaPolicy(policy: $policy) }"): typeof import('./graphql.js').MfaSetPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MfaRefresh { refreshSession { accessToken user { id } } }"): typeof import('./graphql.js').MfaRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MfaMe { me { id } }"): typeof import('./graphql.js').MfaMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MfaRegenerateCodes($input: MfaCodeOnlyInput!) { regenerateMfaRecoveryCodes(input: $input) { recoveryCodes } }"): typeof import('./graphql.js').MfaRegenerateCodesDocument;
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
export function graphql(source: "query AuditLogCaseFile($id: ID!) { resident(id: $id) { id counsellingSessions(first: 50) { id notes } } }"): typeof import('./graphql.js').AuditLogCaseFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogPage($userId: ID, $personId: ID, $entityId: String, $action: String, $from: Date, $to: Date, $first: Int, $offset: Int) {\n    auditLog(userId: $userId, personId: $personId, entityId: $entityId, action: $action, from: $from, to: $to, first: $first, offset: $offset) {\n      totalCount hasNextPage entries { id occurredAt action entityType entityId residentId sessionIds userId userDisplayName requestId }\n    }\n  }\n"): typeof import('./graphql.js').AuditLogPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLogExport($personId: ID, $action: String) { auditLogCsv(personId: $personId, action: $action) { filename content rowCount truncated } }"): typeof import('./graphql.js').AuditLogExportDocument;
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
export function graphql(source: "mutation RecordConsortiumConsent($input: RecordConsortiumConsentInput!) {\n  recordConsortiumConsent(input: $input) { given decidedOn history { given decidedOn recordedById } }\n}"): typeof import('./graphql.js').RecordConsortiumConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResidentConsortiumConsent($id: ID!) { resident(id: $id) { id consortiumConsent { given decidedOn history { given decidedOn } } } }"): typeof import('./graphql.js').ResidentConsortiumConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Consortia { consortia { id name members { id name } } }"): typeof import('./graphql.js').ConsortiaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsortiumOverview($consortiumId: ID!, $from: Date!, $to: Date!) {\n  consortiumOverview(consortiumId: $consortiumId, from: $from, to: $to) {\n    consortium { id name members { id name } }\n    partners { organisation { id name } residencesOpen currentResidents counsellingHours peopleCounselled trainingsHeld goalsAchieved }\n    totals { organisation { id } residencesOpen currentResidents counsellingHours peopleCounselled trainingsHeld goalsAchieved }\n  }\n}"): typeof import('./graphql.js').ConsortiumOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsortiumOwnCounselling($from: Date!, $to: Date!) { counsellingTotals(from: $from, to: $to) { totalMinutes residents } }"): typeof import('./graphql.js').ConsortiumOwnCounsellingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsortiumSeries($consortiumId: ID!, $from: Date!, $to: Date!) {\n  consortiumOverview(consortiumId: $consortiumId, from: $from, to: $to) {\n    totals { counsellingHours peopleCounselled }\n    series { metric months { month total } }\n  }\n}"): typeof import('./graphql.js').ConsortiumSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoConsortia { consortia { id name members { name } } }"): typeof import('./graphql.js').DemoConsortiaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoConsortiumOverview($id: ID!) {\n  consortiumOverview(consortiumId: $id, from: \"2024-11-01\", to: \"2026-10-31\") { partners { organisation { name } residencesOpen currentResidents } totals { residencesOpen currentResidents } }\n}"): typeof import('./graphql.js').DemoConsortiumOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistryFigures($from: Date!, $to: Date!, $goalDomain: GoalDomain, $sessionKind: SessionKind, $audience: CounsellingAudience) {\n    metricFigures(from: $from, to: $to, goalDomain: $goalDomain, sessionKind: $sessionKind, audience: $audience) { metric unit kind filters value }\n    occupancyOverTime(from: $to, to: $to) { date rate }\n  }"): typeof import('./graphql.js').RegistryFiguresDocument;
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
export function graphql(source: "mutation CorrectSession($input: CorrectCounsellingSessionInput!) {\n  correctCounsellingSession(input: $input) { id version occurredOn durationMinutes kind domains notes withdrawn changeable }\n}"): typeof import('./graphql.js').CorrectSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawSession($input: WithdrawCounsellingSessionInput!) {\n  withdrawCounsellingSession(input: $input) { id version withdrawn changeable withdrawal { at reason by { id } } }\n}"): typeof import('./graphql.js').WithdrawSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionHistory($id: ID!) {\n  counsellingSession(id: $id) {\n    id withdrawn changeable\n    revisions { change reason changedAt changedBy { id } occurredOn durationMinutes kind domains notes }\n    resident { counsellingMinutes counsellingSessions { id withdrawn withdrawal { reason } } }\n  }\n}"): typeof import('./graphql.js').SessionHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CorrectionTotals($from: Date!, $to: Date!) { counsellingTotals(from: $from, to: $to) { totalMinutes sessions residents } }"): typeof import('./graphql.js').CorrectionTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CorrectionMetrics($from: Date!, $to: Date!) { metricFigures(from: $from, to: $to) { metric value } }"): typeof import('./graphql.js').CorrectionMetricsDocument;
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
export function graphql(source: "mutation RulesLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id occurredOn domains notes } }"): typeof import('./graphql.js').RulesLogSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RulesLogRelativeSession($input: LogRelativeSessionInput!) { logRelativeSession(input: $input) { id } }"): typeof import('./graphql.js').RulesLogRelativeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoProgrammeFigures($from: Date!, $to: Date!, $departmentId: ID) {\n    programmeFigures(from: $from, to: $to, departmentId: $departmentId) { meetingsHeld namedAttendances guests trainingsHeld trainingHours }\n  }"): typeof import('./graphql.js').DemoProgrammeFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoDepartments { departments { id name status statusSince statusReason } }"): typeof import('./graphql.js').DemoDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoHelplineFigures($from: Date!, $to: Date!) { helplineFigures(from: $from, to: $to) { contacts anonymousContacts bereavedFollowedUp } }"): typeof import('./graphql.js').DemoHelplineFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoLeaderHome { programmes { id name } myNextMeetings(first: 3) { id startsAt programme { name } expected { id displayName } } }"): typeof import('./graphql.js').DemoLeaderHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoScheduledProgrammes { programmes(first: 200, status: ACTIVE) { id name schedule { intervalWeeks } } }"): typeof import('./graphql.js').DemoScheduledProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DemoGenerateMeetings($programmeId: ID!) { generateMeetings(programmeId: $programmeId) { id startsAt } }"): typeof import('./graphql.js').DemoGenerateMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoFigures {\n    residences { id occupancy capacity closedOn }\n    current: residents(status: IN_RESIDENCE, first: 1) { totalCount }\n    everyone: residents(first: 1) { totalCount }\n    individual: counsellingTotals(from: \"2024-11-01\", to: \"2026-10-31\", kinds: [INDIVIDUAL], residentsOnly: true) { totalHours residents sessions }\n    all: counsellingTotals(from: \"2024-11-01\", to: \"2026-10-31\") { totalHours sessions }\n  }"): typeof import('./graphql.js').DemoFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeptSetStaff($userId: ID!, $departmentId: ID) { setStaffDepartment(userId: $userId, departmentId: $departmentId) { id department { id name } } }"): typeof import('./graphql.js').DeptSetStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeptSetResidence($residenceId: ID!, $departmentId: ID) { setResidenceDepartment(residenceId: $residenceId, departmentId: $departmentId) { id department { id name } } }"): typeof import('./graphql.js').DeptSetResidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeptMe { me { id department { id name status } } }"): typeof import('./graphql.js').DeptMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeptResidences($departmentId: ID, $all: Boolean) { residences(departmentId: $departmentId, includeClosed: $all) { id name department { id name } } }"): typeof import('./graphql.js').DeptResidencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeptClose($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id status } }"): typeof import('./graphql.js').DeptCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeptList($all: Boolean) { departments(includeClosed: $all) { id name place status statusSince statusReason version } }"): typeof import('./graphql.js').DeptListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeptCreate($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name place status statusSince statusReason version } }"): typeof import('./graphql.js').DeptCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeptUpdate($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id name place status statusSince statusReason version } }"): typeof import('./graphql.js').DeptUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffList($roles: [Role!], $departmentId: ID, $first: Int) { staff(roles: $roles, departmentId: $departmentId, first: $first) { id displayName role } }"): typeof import('./graphql.js').StaffListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StaffListSetDepartment($userId: ID!, $departmentId: ID) { setStaffDepartment(userId: $userId, departmentId: $departmentId) { id } }"): typeof import('./graphql.js').StaffListSetDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportedConsortiumOverview($consortiumId: ID!, $from: Date!, $to: Date!) {\n  consortiumOverview(consortiumId: $consortiumId, from: $from, to: $to) {\n    consortium { id name }\n    partners { organisation { id name } residencesOpen currentResidents counsellingHours peopleCounselled trainingsHeld goalsAchieved }\n    totals { residencesOpen currentResidents counsellingHours peopleCounselled trainingsHeld goalsAchieved }\n  }\n}"): typeof import('./graphql.js').ExportedConsortiumOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartExportInTest($input: StartExportInput!) {\n  startExport(input: $input) { id kind format status progress fileName error createdAt }\n}"): typeof import('./graphql.js').StartExportInTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportJobInTest($id: ID!) { exportJob(id: $id) { id kind format status progress fileName error } }"): typeof import('./graphql.js').ExportJobInTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportPlans { strategicPlans { id name periodStart periodEnd } }"): typeof import('./graphql.js').ExportPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportedProgressReport($planId: ID!, $from: Date!, $to: Date!) {\n  progressReport(planId: $planId, from: $from, to: $to) {\n    rows { indicator { id name } actual target hasActual percentOfTarget status }\n    milestonesDue { title dueOn }\n  }\n}"): typeof import('./graphql.js').ExportedProgressReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartReportExport($input: StartExportInput!) { startExport(input: $input) { id status } }"): typeof import('./graphql.js').StartReportExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportExportJob($id: ID!) { exportJob(id: $id) { id status error fileName } }"): typeof import('./graphql.js').ReportExportJobDocument;
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
export function graphql(source: "mutation GriefStart($input: StartGriefFollowUpInput!) {\n  startGriefFollowUp(input: $input) {\n    id startedOn status note version relative { id } responsible { id } department { id } contacts { id plannedOn status doneOn note }\n  }\n}"): typeof import('./graphql.js').GriefStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GriefUpdatePlan($input: UpdateGriefFollowUpInput!) { updateGriefFollowUp(input: $input) { id status note version } }"): typeof import('./graphql.js').GriefUpdatePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GriefAddContact($followUpId: ID!, $plannedOn: Date!) { addPlannedContact(followUpId: $followUpId, plannedOn: $plannedOn) { id plannedOn status doneOn } }"): typeof import('./graphql.js').GriefAddContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GriefUpdateContact($input: UpdatePlannedContactInput!) { updatePlannedContact(input: $input) { id plannedOn status doneOn note } }"): typeof import('./graphql.js').GriefUpdateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GriefPlans($status: FollowUpStatus, $departmentId: ID, $first: Int) {\n  griefFollowUps(status: $status, departmentId: $departmentId, first: $first) { id startedOn status relative { id } contacts(first: 2) { plannedOn } }\n}"): typeof import('./graphql.js').GriefPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GriefOfRelative($id: ID!) { relative(id: $id) { id griefFollowUps { id startedOn contacts { plannedOn status } } } }"): typeof import('./graphql.js').GriefOfRelativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GriefPlanIds { griefFollowUps(first: 200) { id } }"): typeof import('./graphql.js').GriefPlanIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessHelplineContacts { helplineContacts(first: 5) { id department { id } recordedBy { id } } }"): typeof import('./graphql.js').AccessHelplineContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessHelplineContactPersons { helplineContacts(first: 5) { id relative { id } resident { id } } }"): typeof import('./graphql.js').AccessHelplineContactPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessLogHelplineContact($input: LogHelplineContactInput!) { logHelplineContact(input: $input) { id } }"): typeof import('./graphql.js').AccessLogHelplineContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessUpdateHelplineContact($input: UpdateHelplineContactInput!) { updateHelplineContact(input: $input) { id } }"): typeof import('./graphql.js').AccessUpdateHelplineContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessGriefFollowUps { griefFollowUps(first: 5) { id relative { id } responsible { id } department { id } contacts { id } } }"): typeof import('./graphql.js').AccessGriefFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessRelativeGriefFollowUps($id: ID!) { relative(id: $id) { griefFollowUps { id } } }"): typeof import('./graphql.js').AccessRelativeGriefFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessStartGriefFollowUp($input: StartGriefFollowUpInput!) { startGriefFollowUp(input: $input) { id } }"): typeof import('./graphql.js').AccessStartGriefFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessUpdateGriefFollowUp($input: UpdateGriefFollowUpInput!) { updateGriefFollowUp(input: $input) { id } }"): typeof import('./graphql.js').AccessUpdateGriefFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessAddPlannedContact($followUpId: ID!, $plannedOn: Date!) { addPlannedContact(followUpId: $followUpId, plannedOn: $plannedOn) { id } }"): typeof import('./graphql.js').AccessAddPlannedContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessUpdatePlannedContact($input: UpdatePlannedContactInput!) { updatePlannedContact(input: $input) { id } }"): typeof import('./graphql.js').AccessUpdatePlannedContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessHelplineFigures { helplineFigures(from: \"2025-01-01\", to: \"2025-12-31\") { contacts counts { month } } }"): typeof import('./graphql.js').AccessHelplineFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HelplineLogContact($input: LogHelplineContactInput!) {\n  logHelplineContact(input: $input) {\n    id occurredAt durationMinutes channel callerKind topics outcome referredTo notes anonymous createdAt department { id } recordedBy { id }\n  }\n}"): typeof import('./graphql.js').HelplineLogContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HelplineLogLinkedContact($input: LogHelplineContactInput!) {\n  logHelplineContact(input: $input) { id anonymous relative { id } resident { id } }\n}"): typeof import('./graphql.js').HelplineLogLinkedContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HelplineUpdateContact($input: UpdateHelplineContactInput!) {\n  updateHelplineContact(input: $input) { id durationMinutes outcome referredTo notes topics anonymous department { id } }\n}"): typeof import('./graphql.js').HelplineUpdateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HelplineUpdateLinkedContact($input: UpdateHelplineContactInput!) {\n  updateHelplineContact(input: $input) { id anonymous relative { id } resident { id } }\n}"): typeof import('./graphql.js').HelplineUpdateLinkedContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HelplineContactList($from: Date, $to: Date, $departmentId: ID, $first: Int) {\n  helplineContacts(from: $from, to: $to, departmentId: $departmentId, first: $first) { id occurredAt anonymous recordedBy { id } department { id } }\n}"): typeof import('./graphql.js').HelplineContactListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HelplineContactPersons($from: Date, $to: Date) { helplineContacts(from: $from, to: $to) { id relative { id } resident { id } } }"): typeof import('./graphql.js').HelplineContactPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HelplineFiguresOfPeriod($from: Date!, $to: Date!, $departmentId: ID) {\n  helplineFigures(from: $from, to: $to, departmentId: $departmentId) { contacts contactMinutes anonymousContacts bereavedFollowedUp counts { month channel topic contacts } }\n}"): typeof import('./graphql.js').HelplineFiguresOfPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HelplineFiguresContactDone($input: UpdatePlannedContactInput!) { updatePlannedContact(input: $input) { id } }"): typeof import('./graphql.js').HelplineFiguresContactDoneDocument;
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
export function graphql(source: "mutation HandoutRecord($input: RecordHandoutInput!) {\n  recordHandout(input: $input) { id handedOutOn kind quantity anonymousRecipients note createdAt department { id } recordedBy { id } }\n}"): typeof import('./graphql.js').HandoutRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HandoutRecordNamed($input: RecordHandoutInput!) { recordHandout(input: $input) { id anonymousRecipients resident { id } relative { id } } }"): typeof import('./graphql.js').HandoutRecordNamedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HandoutUpdate($input: UpdateHandoutInput!) { updateHandout(input: $input) { id handedOutOn kind quantity anonymousRecipients note department { id } } }"): typeof import('./graphql.js').HandoutUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HandoutList($from: Date, $to: Date, $kind: HandoutKind, $departmentId: ID, $first: Int) {\n  handouts(from: $from, to: $to, kind: $kind, departmentId: $departmentId, first: $first) { id handedOutOn kind quantity anonymousRecipients note recordedBy { id } department { id } }\n}"): typeof import('./graphql.js').HandoutListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HandoutRecipients($from: Date, $to: Date) { handouts(from: $from, to: $to) { id resident { id } relative { id } } }"): typeof import('./graphql.js').HandoutRecipientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HandoutAccessFigures { materialSupportFigures(from: \"2025-01-01\", to: \"2025-12-31\") { parcels } }"): typeof import('./graphql.js').HandoutAccessFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MaterialSupportFiguresOfPeriod($from: Date!, $to: Date!, $departmentId: ID) {\n  materialSupportFigures(from: $from, to: $to, departmentId: $departmentId) { parcels handouts byKind { kind handouts quantity namedRecipients anonymousRecipients } }\n}"): typeof import('./graphql.js').MaterialSupportFiguresOfPeriodDocument;
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
export function graphql(source: "query DemoStrategicPlans {\n  strategicPlans { id name level periodStart periodEnd consortium { id name } funding { funder amount currency } milestones { title dueOn status doneOn }\n    publishedReports { id from to publishedBy } }\n}"): typeof import('./graphql.js').DemoStrategicPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoPlanConsortiumTotals($id: ID!, $from: Date!, $to: Date!) { consortiumOverview(consortiumId: $id, from: $from, to: $to) { totals { currentResidents } } }"): typeof import('./graphql.js').DemoPlanConsortiumTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoProgressReport($planId: ID!, $from: Date!, $to: Date!) {\n  progressReport(planId: $planId, from: $from, to: $to) {\n    rows { indicator { name metric sessionKind audience } actual target hasActual status publishedActual changedSincePublished }\n  }\n}"): typeof import('./graphql.js').DemoProgressReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanDetail($id: ID!) {\n  strategicPlan(id: $id) {\n    id name description periodStart periodEnd level version consortium { id name }\n    objectives { id title position indicators { id name metric target baseline goalDomain sessionKind audience unit version department { id } yearTargets { year target } } }\n    milestones { id title dueOn status doneOn note }\n    funding { id funder amount currency note }\n    publishedReports { id from to publishedBy }\n  }\n}"): typeof import('./graphql.js').PlanDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanList { strategicPlans { id name level } }"): typeof import('./graphql.js').PlanListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanCreate($input: CreateStrategicPlanInput!) { createStrategicPlan(input: $input) { id level version consortium { id } } }"): typeof import('./graphql.js').PlanCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanUpdate($input: UpdateStrategicPlanInput!) { updateStrategicPlan(input: $input) { id name version periodEnd } }"): typeof import('./graphql.js').PlanUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanAddObjective($input: AddObjectiveInput!) { addObjective(input: $input) { id title position } }"): typeof import('./graphql.js').PlanAddObjectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanUpdateObjective($input: UpdateObjectiveInput!) { updateObjective(input: $input) { id title position } }"): typeof import('./graphql.js').PlanUpdateObjectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanRemoveObjective($id: ID!) { removeObjective(id: $id) { id objectives { id } } }"): typeof import('./graphql.js').PlanRemoveObjectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanAddIndicator($input: AddIndicatorInput!) { addIndicator(input: $input) { id version target yearTargets { year target } } }"): typeof import('./graphql.js').PlanAddIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanUpdateIndicator($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { id version target baseline yearTargets { year target } } }"): typeof import('./graphql.js').PlanUpdateIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanRemoveIndicator($id: ID!) { removeIndicator(id: $id) { id } }"): typeof import('./graphql.js').PlanRemoveIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id status doneOn } }"): typeof import('./graphql.js').PlanAddMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanUpdateMilestone($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id status doneOn } }"): typeof import('./graphql.js').PlanUpdateMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanRemoveMilestone($id: ID!) { removeMilestone(id: $id) { id milestones { id } } }"): typeof import('./graphql.js').PlanRemoveMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanAddFunding($input: AddFundingInput!) { addFunding(input: $input) { id funder amount currency } }"): typeof import('./graphql.js').PlanAddFundingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanUpdateFunding($input: UpdateFundingInput!) { updateFunding(input: $input) { id amount currency } }"): typeof import('./graphql.js').PlanUpdateFundingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanRemoveFunding($id: ID!) { removeFunding(id: $id) { id funding { id } } }"): typeof import('./graphql.js').PlanRemoveFundingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanSetComment($indicatorId: ID!, $from: Date!, $to: Date!, $comment: String!) {\n  setIndicatorComment(indicatorId: $indicatorId, from: $from, to: $to, comment: $comment) { from to comment updatedBy }\n}"): typeof import('./graphql.js').PlanSetCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanPublish($planId: ID!, $from: Date!, $to: Date!) { publishProgressReport(planId: $planId, from: $from, to: $to) { id from to publishedBy } }"): typeof import('./graphql.js').PlanPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanReport($planId: ID!, $from: Date!, $to: Date!) { progressReport(planId: $planId, from: $from, to: $to) {\n  plan { id name } from to\n  rows { indicator { id name metric } actual target hasActual percentOfTarget expectedByNow status trend { month value } comment { comment updatedBy }\n         publishedActual liveActual changedSincePublished }\n  milestonesDue { id title dueOn status }\n  published { id from to }\n} }"): typeof import('./graphql.js').PlanReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanPublishedReport($id: ID!) { publishedReport(id: $id) {\n  plan { id name } from to\n  rows { indicator { id name metric } actual target hasActual percentOfTarget expectedByNow status trend { month value } comment { comment updatedBy }\n         publishedActual liveActual changedSincePublished }\n  milestonesDue { id title dueOn status }\n  published { id from to }\n} }"): typeof import('./graphql.js').PlanPublishedReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanConsortiumTotals($id: ID!, $from: Date!, $to: Date!) { consortiumOverview(consortiumId: $id, from: $from, to: $to) { totals { counsellingHours } } }"): typeof import('./graphql.js').PlanConsortiumTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddMeeting($input: AddMeetingInput!) { addMeeting(input: $input) { id startsAt endsAt status place note oneOff guestCount attendanceTakenAt cancelReason version programme { id } } }"): typeof import('./graphql.js').AddMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveMeeting($input: MoveMeetingInput!) { moveMeeting(input: $input) { id startsAt endsAt place version } }"): typeof import('./graphql.js').MoveMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelMeeting($id: ID!, $version: Int!, $reason: String!) { cancelMeeting(id: $id, version: $version, reason: $reason) { id status cancelReason version } }"): typeof import('./graphql.js').CancelMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id status guestCount attendanceTakenAt attendance { present participant { id kind displayName } } } }"): typeof import('./graphql.js').RecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Meeting($id: ID!) { meeting(id: $id) { id status guestCount attendance { present participant { id kind displayName } } expected { id kind displayName } } }"): typeof import('./graphql.js').MeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgrammeMeetings($id: ID!, $from: Date, $to: Date, $first: Int, $hFrom: Date!, $hTo: Date!) {\n  programme(id: $id) { meetings(from: $from, to: $to, first: $first) { id startsAt } attendanceHistory(from: $hFrom, to: $hTo) { meetingId startsAt named guests } }\n}"): typeof import('./graphql.js').ProgrammeMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyNextMeetings { myNextMeetings(first: 50) { id programme { id } } }"): typeof import('./graphql.js').MyNextMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParticipantSearch($programmeId: ID!, $search: String!, $first: Int) { participantSearch(programmeId: $programmeId, search: $search, first: $first) { id kind displayName } }"): typeof import('./graphql.js').ParticipantSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Enrol($programmeId: ID!, $participantId: ID!, $kind: ParticipantKind!, $enrolledOn: Date) {\n  enrol(programmeId: $programmeId, participantId: $participantId, kind: $kind, enrolledOn: $enrolledOn) { id enrolledOn status completedOn hours version participant { id kind displayName } }\n}"): typeof import('./graphql.js').EnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateEnrolment($input: UpdateEnrolmentInput!) { updateEnrolment(input: $input) { id status completedOn hours version participant { displayName } } }"): typeof import('./graphql.js').UpdateEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgrammeEnrolments($id: ID!) { programme(id: $id) { enrolments { status hours participant { id kind displayName } } } }"): typeof import('./graphql.js').ProgrammeEnrolmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExpectedParticipants($id: ID!) { meeting(id: $id) { expected { id kind displayName } } }"): typeof import('./graphql.js').ExpectedParticipantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Members($search: String) { members(search: $search) { id firstName lastName kind phone email department { id } } }"): typeof import('./graphql.js').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResidentAttendance($id: ID!, $first: Int) { resident(id: $id) { attendance(first: $first) { meetingId programmeId programmeName programmeKind startsAt present } } }"): typeof import('./graphql.js').ResidentAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelativeAttendance($id: ID!) { relative(id: $id) { attendance { meetingId present } } }"): typeof import('./graphql.js').RelativeAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessProgrammes { programmes { id } }"): typeof import('./graphql.js').AccessProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessProgramme($id: ID!) { programme(id: $id) { id } }"): typeof import('./graphql.js').AccessProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessMeeting($id: ID!) { meeting(id: $id) { id } }"): typeof import('./graphql.js').AccessMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessMyNext { myNextMeetings { id } }"): typeof import('./graphql.js').AccessMyNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessMembers { members { id } }"): typeof import('./graphql.js').AccessMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessSearch($programmeId: ID!) { participantSearch(programmeId: $programmeId, search: \"Figure\") { id } }"): typeof import('./graphql.js').AccessSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessFigures { programmeFigures(from: \"2026-01-01\", to: \"2026-12-31\") { meetingsHeld } }"): typeof import('./graphql.js').AccessFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccessResidentAttendance($id: ID!) { resident(id: $id) { attendance { meetingId } } }"): typeof import('./graphql.js').AccessResidentAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }"): typeof import('./graphql.js').AccessCreateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessUpdateProgramme($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id } }"): typeof import('./graphql.js').AccessUpdateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessLeaders($programmeId: ID!, $userIds: [ID!]!, $memberIds: [ID!]!) { setProgrammeLeaders(programmeId: $programmeId, userIds: $userIds, memberIds: $memberIds) { id } }"): typeof import('./graphql.js').AccessLeadersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessGenerate($programmeId: ID!) { generateMeetings(programmeId: $programmeId) { id } }"): typeof import('./graphql.js').AccessGenerateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessAddMeeting($input: AddMeetingInput!) { addMeeting(input: $input) { id } }"): typeof import('./graphql.js').AccessAddMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessMoveMeeting($input: MoveMeetingInput!) { moveMeeting(input: $input) { id } }"): typeof import('./graphql.js').AccessMoveMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCancelMeeting($id: ID!, $version: Int!) { cancelMeeting(id: $id, version: $version, reason: \"Access test\") { id } }"): typeof import('./graphql.js').AccessCancelMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessRecord($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }"): typeof import('./graphql.js').AccessRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessCreateMember($input: CreateMemberInput!) { createMember(input: $input) { id } }"): typeof import('./graphql.js').AccessCreateMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessEnrol($programmeId: ID!, $participantId: ID!) { enrol(programmeId: $programmeId, participantId: $participantId, kind: MEMBER) { id } }"): typeof import('./graphql.js').AccessEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccessUpdateEnrolment($input: UpdateEnrolmentInput!) { updateEnrolment(input: $input) { id } }"): typeof import('./graphql.js').AccessUpdateEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgrammeFigures($from: Date!, $to: Date!, $departmentId: ID) {\n  programmeFigures(from: $from, to: $to, departmentId: $departmentId) { programmesActive meetingsHeld attendances namedAttendances namedParticipants guests trainingsHeld trainingHours }\n}"): typeof import('./graphql.js').ProgrammeFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GenerateMeetings($programmeId: ID!) { generateMeetings(programmeId: $programmeId) { id startsAt endsAt oneOff status } }"): typeof import('./graphql.js').GenerateMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleUpdateProgramme($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id version status schedule { intervalWeeks weekday startTime endTime } } }"): typeof import('./graphql.js').ScheduleUpdateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleMoveMeeting($input: MoveMeetingInput!) { moveMeeting(input: $input) { id startsAt version } }"): typeof import('./graphql.js').ScheduleMoveMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleCancelMeeting($id: ID!, $version: Int!, $reason: String!) { cancelMeeting(id: $id, version: $version, reason: $reason) { id status cancelReason } }"): typeof import('./graphql.js').ScheduleCancelMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScheduleNextMeetings($id: ID!) { programme(id: $id) { schedule { weekday startTime endTime } nextMeetings(first: 20) { id startsAt endsAt status oneOff } } }"): typeof import('./graphql.js').ScheduleNextMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProgramme($input: CreateProgrammeInput!) {\n  createProgramme(input: $input) {\n    id name kind audience mode place meetingLink description goalDomains status startsOn endsOn version\n    schedule { intervalWeeks weekday startTime endTime }\n    department { id name }\n    leaders { kind displayName userId memberId }\n  }\n}"): typeof import('./graphql.js').CreateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProgramme($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id name place description goalDomains endsOn status version department { id } schedule { weekday } } }"): typeof import('./graphql.js').UpdateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetProgrammeLeaders($programmeId: ID!, $userIds: [ID!]!, $memberIds: [ID!]!) { setProgrammeLeaders(programmeId: $programmeId, userIds: $userIds, memberIds: $memberIds) { id leaders { kind displayName userId memberId } } }"): typeof import('./graphql.js').SetProgrammeLeadersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Programmes($status: ProgrammeStatus, $kind: ProgrammeKind, $departmentId: ID, $mine: Boolean, $first: Int) { programmes(status: $status, kind: $kind, departmentId: $departmentId, mine: $mine, first: $first) { id name goalDomains schedule { weekday startTime } department { name } } }"): typeof import('./graphql.js').ProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Programme($id: ID!) { programme(id: $id) { id name leaders { displayName } } }"): typeof import('./graphql.js').ProgrammeDocument;
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
export function graphql(source: "query PossibleDuplicates($firstName: String!, $lastName: String!, $dateOfBirth: Date!) { possibleDuplicates(firstName: $firstName, lastName: $lastName, dateOfBirth: $dateOfBirth) { id firstName lastName } }"): typeof import('./graphql.js').PossibleDuplicatesDocument;
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
export function graphql(source: "mutation ErasureRecord($input: RecordErasureRequestInput!) { recordErasureRequest(input: $input) { id subjectKind subjectId subjectName receivedOn channel staffNote status version retainedUntil recordedByName } }"): typeof import('./graphql.js').ErasureRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureCarryOut($input: DecideErasureRequestInput!) { carryOutErasureRequest(input: $input) { id subjectName status staffNote erasedRows decidedByName version } }"): typeof import('./graphql.js').ErasureCarryOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureRefuse($input: RefuseErasureRequestInput!) { refuseErasureRequest(input: $input) { id subjectName status refusalReason staffNote version } }"): typeof import('./graphql.js').ErasureRefuseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErasureList($status: ErasureRequestStatus, $first: Int) { erasureRequests(status: $status, first: $first) { totalCount requests { id subjectKind subjectId subjectName staffNote status refusalReason retainedUntil erasedRows version } } }"): typeof import('./graphql.js').ErasureListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErasurePolicy { retentionPolicy { months legalBasis isDefault version } }"): typeof import('./graphql.js').ErasurePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureSetPolicy($input: SetRetentionPolicyInput!) { setRetentionPolicy(input: $input) { months legalBasis isDefault version } }"): typeof import('./graphql.js').ErasureSetPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErasureReview($first: Int, $offset: Int) { retentionReview(first: $first, offset: $offset) { activeSince months totalCount people { kind id name lastActivityOn pendingRequestId } } }"): typeof import('./graphql.js').ErasureReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErasureCaseFile($id: ID!) { resident(id: $id) { id firstName lastName dateOfBirth phone email counsellingSessions { id notes durationMinutes occurredOn } } }"): typeof import('./graphql.js').ErasureCaseFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErasureFigures($from: Date!, $to: Date!) { metricFigures(from: $from, to: $to) { metric value } }"): typeof import('./graphql.js').ErasureFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivacyErasureFigures($from: Date!, $to: Date!) {\n  counsellingTotals(from: $from, to: $to) { totalMinutes sessions residents }\n  goalsByDomain(from: $from, to: $to) { domain planned inProgress achieved abandoned total }\n  occupancyOverTime(from: $from, to: $to) { date residents beds rate }\n  helplineFigures(from: $from, to: $to) { contacts contactMinutes anonymousContacts bereavedFollowedUp }\n  programmeFigures(from: $from, to: $to) { attendances namedAttendances namedParticipants meetingsHeld trainingHours }\n  materialSupportFigures(from: $from, to: $to) { handouts parcels }\n}"): typeof import('./graphql.js').PrivacyErasureFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubjectAccessStart($input: StartExportInput!) { startExport(input: $input) { id status kind format } }"): typeof import('./graphql.js').SubjectAccessStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubjectAccessJob($id: ID!) { exportJob(id: $id) { id status error fileName } }"): typeof import('./graphql.js').SubjectAccessJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubjectAccessCounsellorRead($id: ID!) { resident(id: $id) { id firstName lastName } }"): typeof import('./graphql.js').SubjectAccessCounsellorReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubjectAccessGoalProgress($input: UpdateGoalProgressInput!) { updateGoalProgress(input: $input) { id version } }"): typeof import('./graphql.js').SubjectAccessGoalProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubjectAccessConsent($input: RecordConsortiumConsentInput!) { recordConsortiumConsent(input: $input) { given } }"): typeof import('./graphql.js').SubjectAccessConsentDocument;
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
export function graphql(source: "mutation ObsSignIn($input: LoginInput!) { login(input: $input) { accessToken } }"): typeof import('./graphql.js').ObsSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObsCaseload { residents(first: 50) { edges { node { id firstName lastName email phone } } } }"): typeof import('./graphql.js').ObsCaseloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObsCaseFile($id: ID!) { resident(id: $id) { firstName counsellingSessions(first: 20) { notes } } }"): typeof import('./graphql.js').ObsCaseFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ObsNewResident($input: CreateResidentInput!) { createResident(input: $input) { id } }"): typeof import('./graphql.js').ObsNewResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ObsLogSession($input: LogCounsellingSessionInput!) { logCounsellingSession(input: $input) { id } }"): typeof import('./graphql.js').ObsLogSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedStatePlans { strategicPlans { id name periodStart periodEnd } }"): typeof import('./graphql.js').SharedStatePlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SharedStateStartExport($input: StartExportInput!) { startExport(input: $input) { id status } }"): typeof import('./graphql.js').SharedStateStartExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedStateExportJob($id: ID!) { exportJob(id: $id) { id status error fileName } }"): typeof import('./graphql.js').SharedStateExportJobDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryCreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name version } }"): typeof import('./graphql.js').FactoryCreateDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryLogHelplineContact($input: LogHelplineContactInput!) { logHelplineContact(input: $input) { id occurredAt } }"): typeof import('./graphql.js').FactoryLogHelplineContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryStartGriefFollowUp($input: StartGriefFollowUpInput!) { startGriefFollowUp(input: $input) { id version contacts { id plannedOn } } }"): typeof import('./graphql.js').FactoryStartGriefFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryRecordHandout($input: RecordHandoutInput!) { recordHandout(input: $input) { id } }"): typeof import('./graphql.js').FactoryRecordHandoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryCreateProgramme($input: CreateProgrammeInput!) { createProgramme(input: $input) { id version } }"): typeof import('./graphql.js').FactoryCreateProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryAddMeeting($input: AddMeetingInput!) { addMeeting(input: $input) { id version startsAt } }"): typeof import('./graphql.js').FactoryAddMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryRecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id status guestCount } }"): typeof import('./graphql.js').FactoryRecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryCreateMember($input: CreateMemberInput!) { createMember(input: $input) { id } }"): typeof import('./graphql.js').FactoryCreateMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryEnrol($programmeId: ID!, $participantId: ID!, $kind: ParticipantKind!, $enrolledOn: Date) { enrol(programmeId: $programmeId, participantId: $participantId, kind: $kind, enrolledOn: $enrolledOn) { id version } }"): typeof import('./graphql.js').FactoryEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryCreatePlan($input: CreateStrategicPlanInput!) { createStrategicPlan(input: $input) { id version periodStart periodEnd } }"): typeof import('./graphql.js').FactoryCreatePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryAddObjective($input: AddObjectiveInput!) { addObjective(input: $input) { id } }"): typeof import('./graphql.js').FactoryAddObjectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryAddIndicator($input: AddIndicatorInput!) { addIndicator(input: $input) { id version } }"): typeof import('./graphql.js').FactoryAddIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FactoryAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }"): typeof import('./graphql.js').FactoryAddMilestoneDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
