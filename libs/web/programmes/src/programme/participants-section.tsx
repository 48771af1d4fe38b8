import { Button, List, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { EnrolDocument, ProgrammeEnrolmentsDocument, type EnrolmentRowFragment } from '@bridgeway/web-graphql';
import {
  FormDialog,
  ProblemAlert,
  QueryState,
  SectionCard,
  apiProblemFrom,
  useFormatters,
  type ApiProblem,
} from '@bridgeway/web-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddParticipant } from '../attendance/add-participant';
import { keyOf } from '../attendance/attendance-draft';
import { ParticipantName } from './participant-name';
import { TrainingRegister } from './training-register';

interface ParticipantsSectionProps {
  programmeId: string;
  /** Courses and seminars: the training register with completion and hours. */
  training: boolean;
  /** Managers and counsellors: enrol people, keep the register, open residents' case files. */
  caseWorker: boolean;
}

/** Who is enrolled; for trainings the register. Group leaders see names only. */
export function ParticipantsSection({ programmeId, training, caseWorker }: ParticipantsSectionProps) {
  const { t } = useTranslation('programmes');
  const [enrolling, setEnrolling] = useState(false);
  const { data, loading, error, refetch } = useQuery(ProgrammeEnrolmentsDocument, {
    variables: { id: programmeId },
    fetchPolicy: 'cache-and-network',
  });
  const enrolments = data?.programme?.enrolments ?? [];
  return (
    <SectionCard
      title={training ? t('participants.registerTitle') : t('participants.title')}
      actions={
        caseWorker && (
          <Button size="xs" variant="light" onClick={() => setEnrolling(true)}>
            {t('participants.enrol')}
          </Button>
        )
      }
    >
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {() =>
          enrolments.length === 0 ? (
            <Text c="gray.7">{t('participants.empty')}</Text>
          ) : training ? (
            <TrainingRegister enrolments={enrolments} editable={caseWorker} />
          ) : (
            <EnrolmentList enrolments={enrolments} caseWorker={caseWorker} />
          )
        }
      </QueryState>
      <FormDialog opened={enrolling} onClose={() => setEnrolling(false)} title={t('participants.enrolTitle')}>
        <EnrolForm programmeId={programmeId} enrolled={enrolments} onDone={() => setEnrolling(false)} />
      </FormDialog>
    </SectionCard>
  );
}

function EnrolmentList({
  enrolments,
  caseWorker,
}: {
  enrolments: readonly EnrolmentRowFragment[];
  caseWorker: boolean;
}) {
  const { t } = useTranslation('programmes');
  const format = useFormatters();
  return (
    <List spacing={4} aria-label={t('participants.listLabel')}>
      {enrolments.map((enrolment) => (
        <List.Item key={enrolment.id}>
          <ParticipantName participant={enrolment.participant} caseWorker={caseWorker} />{' '}
          <Text span size="sm" c="gray.7">
            {t('participants.since', { date: format.date(enrolment.enrolledOn) })}
            {enrolment.status !== 'ENROLLED' && ` · ${t(`enrolmentStatus.${enrolment.status}`)}`}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

function EnrolForm({
  programmeId,
  enrolled,
  onDone,
}: {
  programmeId: string;
  enrolled: readonly EnrolmentRowFragment[];
  onDone(): void;
}) {
  const { t } = useTranslation('programmes');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [enrol] = useMutation(EnrolDocument, { refetchQueries: [ProgrammeEnrolmentsDocument] });
  const listed = useMemo(() => new Set(enrolled.map((enrolment) => keyOf(enrolment.participant))), [enrolled]);
  return (
    <Stack gap="sm">
      {problem && <ProblemAlert problem={problem} />}
      <AddParticipant
        programmeId={programmeId}
        listed={listed}
        actionLabel={(name) => t('participants.enrolName', { name })}
        onAdd={(participant) => {
          setProblem(null);
          setDone(null);
          enrol({ variables: { programmeId, participantId: participant.id, kind: participant.kind } })
            .then(() => setDone(t('participants.enrolled', { name: participant.displayName })))
            .catch((error: unknown) => setProblem(apiProblemFrom(error)));
        }}
      />
      <Text role="status" size="sm" c="teal.9">
        {done ?? ''}
      </Text>
      <Button variant="default" onClick={onDone} w="fit-content">
        {t('actions.close')}
      </Button>
    </Stack>
  );
}
