import { Anchor, Button, Collapse, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Role } from '@bridgeway/shared-domain';
import { useSession } from '@bridgeway/web-auth';
import { ResidentCaseFileDocument } from '@bridgeway/web-graphql';
import { FormDialog, QueryState, apiProblemFrom, monthStartIsoDate, todayIsoDate } from '@bridgeway/web-components';
import { PersonalDataExportDialog } from '@bridgeway/web-exports';
import { AdmitForm, DischargeForm } from '@bridgeway/web-stays';
import { usePageTitle } from '@bridgeway/web-ui';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AssessmentTrend } from './assessments/assessment-trend';
import { AttendanceSection } from './attendance/attendance-section';
import type { CaseFileResident } from './case-file-types';
import { GoalsSection } from './goals/goals-section';
import { ResidentHeader } from './header/resident-header';
import { RelativesList } from './relatives/relatives-list';
import { SessionUndoToast, type LoggedSession } from './session-undo-toast';
import { LogSessionForm } from './sessions/log-session-form';
import { SessionsTimeline } from './sessions/sessions-timeline';
import { StayHistory } from './stays/stay-history';

type Dialog = 'admit' | 'discharge' | 'export' | null;

/** A resident's case file: header, goals, sessions, attendance at groups, the session form, BARC-10, relatives and stays. */
export function CaseFilePage() {
  const { residentId = '' } = useParams();
  // "This month" as of opening the page; the header shows its counselling minutes.
  const [days] = useState(() => ({ monthStart: monthStartIsoDate(), today: todayIsoDate() }));
  const { data, loading, error, refetch } = useQuery(ResidentCaseFileDocument, {
    variables: { id: residentId, ...days },
    fetchPolicy: 'cache-and-network',
  });
  // An address that names no resident the person may see (an unknown or malformed id, another
  // organisation's resident) is "not found" with a way back, not an error to try again.
  if (!data && error && isUnknownAddress(error)) return <ResidentNotFound />;
  return (
    <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
      {(result) => (result.resident ? <CaseFile resident={result.resident} /> : <ResidentNotFound />)}
    </QueryState>
  );
}

function isUnknownAddress(error: unknown): boolean {
  const kind = apiProblemFrom(error).kind;
  return kind === 'notFound' || kind === 'invalidInput';
}

/** Where "back" leads: a manager's residences, everyone else's caseload. */
function useBackLink(): { to: string; label: string } {
  const { t } = useTranslation('case-file');
  const { user } = useSession();
  return user?.role === Role.MANAGER
    ? { to: '/residences', label: t('backToResidences') }
    : { to: '/caseload', label: t('backToCaseload') };
}

function CaseFile({ resident }: { resident: CaseFileResident }) {
  const { t } = useTranslation(['case-file', 'stays']);
  const { user } = useSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const isManager = user?.role === Role.MANAGER;
  const back = useBackLink();
  const close = () => setDialog(null);
  const name = `${resident.firstName} ${resident.lastName}`;
  // Wide screens keep the form open in the side column; phones get it as one panel right under the header.
  const wide = useMediaQuery('(min-width: 75em)', false, { getInitialValueInEffect: false });
  const [justLogged, setJustLogged] = useState<LoggedSession | null>(null);
  const closeToast = useCallback(() => setJustLogged(null), []);
  const header = (
    <ResidentHeader
      resident={resident}
      showAuditLink={isManager}
      back={back}
      onAdmit={() => setDialog('admit')}
      onDischarge={() => setDialog('discharge')}
      onExportPersonalData={isManager ? () => setDialog('export') : undefined}
    />
  );

  return (
    // A long unbroken word in a name, a goal or notes wraps inside its card instead of widening the page.
    <Stack gap="lg" style={{ overflowWrap: 'anywhere' }}>
      {!wide && header}
      {!wide && <LogSessionPanel residentId={resident.id} onLogged={setJustLogged} />}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            {/* On a laptop the header shares the wide column, so the session form beside it starts at the top
                and its button is on the first screen however long the header grows (a residence, overdue goals). */}
            {wide && header}
            <GoalsSection goals={resident.goals} />
            <SessionsTimeline sessions={resident.counsellingSessions} />
            <AttendanceSection attendance={resident.attendance} />
            {/* In the wide column so the stays table shows all five columns on a laptop. */}
            <StayHistory stays={resident.stays} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            {wide && <LogSessionForm residentId={resident.id} onLogged={setJustLogged} />}
            <AssessmentTrend assessments={resident.assessments} />
            <RelativesList relatives={resident.relatives} />
          </Stack>
        </Grid.Col>
      </Grid>
      {justLogged && <SessionUndoToast key={justLogged.id} session={justLogged} onClose={closeToast} />}
      {isManager && <PersonalDataExportDialog opened={dialog === 'export'} onClose={close} subjectKind="RESIDENT" subjectId={resident.id} name={name} />}
      <FormDialog opened={dialog === 'admit'} onClose={close} title={t('stays:admit.title', { name })}>
        <AdmitForm residentId={resident.id} onAdmitted={close} onCancel={close} />
      </FormDialog>
      <FormDialog
        opened={dialog === 'discharge' && resident.currentStay !== null}
        onClose={close}
        title={t('stays:discharge.title', { name })}
      >
        {resident.currentStay && (
          <DischargeForm
            stayId={resident.currentStay.id}
            admittedOn={resident.currentStay.admittedOn}
            onDischarged={close}
            onCancel={close}
          />
        )}
      </FormDialog>
    </Stack>
  );
}

/** "Log a session" collapsed into one tap-to-open panel, so a phone's first screen shows the header and this entry. */
function LogSessionPanel({ residentId, onLogged }: { residentId: string; onLogged(session: LoggedSession): void }) {
  const { t } = useTranslation('case-file');
  const [open, setOpen] = useState(false);
  const panelId = 'log-session-panel';
  return (
    <Paper withBorder p="sm">
      <Button
        fullWidth
        variant={open ? 'default' : 'filled'}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((current) => !current)}
      >
        {t('sessions.log.title')}
      </Button>
      <Collapse expanded={open} id={panelId} mt={open ? 'sm' : 0}>
        <LogSessionForm residentId={residentId} onLogged={onLogged} />
      </Collapse>
    </Paper>
  );
}

function ResidentNotFound() {
  const { t } = useTranslation('case-file');
  const back = useBackLink();
  usePageTitle(t('notFound.title'));
  return (
    <Stack gap="sm" align="flex-start">
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>{t('notFound.body')}</Text>
      <Anchor component={Link} to={back.to} c="indigo.9" underline="always">
        {back.label}
      </Anchor>
    </Stack>
  );
}
