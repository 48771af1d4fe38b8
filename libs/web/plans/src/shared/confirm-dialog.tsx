import { Button, Group, Stack, Text } from '@mantine/core';
import { FormDialog, ProblemAlert, apiProblemFrom, type ApiProblem } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  /** Red button: the action removes something. */
  danger?: boolean;
  /** Runs the mutation; an error keeps the dialog open and says what went wrong. */
  onConfirm(): Promise<unknown>;
  onClose(): void;
}

/** Asks before an action that cannot be undone in a click (removing, publishing). */
export function ConfirmDialog({ opened, title, body, confirmLabel, danger = false, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation('plans');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const close = () => {
    setProblem(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await onConfirm();
      close();
    } catch (error) {
      setProblem(apiProblemFrom(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog opened={opened} onClose={close} title={title}>
      <Stack gap="md">
        {problem && <ProblemAlert problem={problem} />}
        <Text>{body}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('actions.cancel')}
          </Button>
          <Button color={danger ? 'red.8' : undefined} loading={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </FormDialog>
  );
}
