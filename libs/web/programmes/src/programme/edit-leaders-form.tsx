import { Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { SetProgrammeLeadersDocument } from '@bridgeway/web-graphql';
import {
  ProblemAlert,
  submissionFailureOf,
  useValidationMessage,
  type ApiProblem,
  type ValidationCode,
} from '@bridgeway/web-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { leaderIdsOf, leaderKeysOf } from '../shared/leader-choice';
import { LeaderPicker } from '../shared/leader-picker';
import type { ProgrammeDetails } from './programme-page';

const serverFields = ['userIds', 'memberIds'] as const;

interface EditLeadersFormProps {
  programme: Pick<ProgrammeDetails, 'id' | 'leaders'>;
  onDone(): void;
}

/** A manager replaces a programme's leaders (staff and volunteers); the page reloads with them. */
export function EditLeadersForm({ programme, onDone }: EditLeadersFormProps) {
  const { t } = useTranslation('programmes');
  const validationMessage = useValidationMessage();
  const [leaders, setLeaders] = useState<string[]>(() => leaderKeysOf(programme.leaders));
  const [knownNames] = useState(() =>
    Object.fromEntries(
      programme.leaders.flatMap((leader) => leaderKeysOf([leader]).map((key) => [key, leader.displayName])),
    ),
  );
  const [error, setError] = useState<ValidationCode | undefined>();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [save, { loading }] = useMutation(SetProgrammeLeadersDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    setProblem(null);
    try {
      await save({ variables: { programmeId: programme.id, ...leaderIdsOf(leaders) } });
      onDone();
    } catch (failed) {
      const failure = submissionFailureOf(failed, serverFields);
      if (failure.kind === 'fields') setError(failure.errors.userIds ?? failure.errors.memberIds);
      else setProblem(failure.problem);
    }
  };

  return (
    <form noValidate onSubmit={submit} aria-busy={loading}>
      <Stack gap="sm">
        {problem && <ProblemAlert problem={problem} />}
        <LeaderPicker value={leaders} onChange={setLeaders} knownNames={knownNames} error={validationMessage(error)} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('leaders.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
