import { Button, Group, Paper, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { WithdrawCounsellingSessionDocument } from '@bridgeway/web-graphql';
import { useFormatters } from '@bridgeway/web-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long "Undo" is offered after logging a session. */
export const undoWindowMs = 6000;

export interface LoggedSession {
  id: string;
  occurredOn: string;
  durationMinutes: number;
}

/**
 * Confirms a logged session with "Undo" for a few seconds instead of a dialog. Undo withdraws the
 * session (health records are never deleted): it stays in the history, marked, and leaves the hours.
 */
export function SessionUndoToast({ session, onClose }: { session: LoggedSession; onClose(): void }) {
  const { t } = useTranslation('case-file');
  const format = useFormatters();
  const [state, setState] = useState<'offered' | 'undone' | 'failed'>('offered');
  const [withdraw, { loading }] = useMutation(WithdrawCounsellingSessionDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });

  // Undo is offered for a while; the outcome of an undo stays as long again.
  useEffect(() => {
    if (loading) return undefined;
    const timer = window.setTimeout(onClose, undoWindowMs);
    return () => window.clearTimeout(timer);
  }, [session.id, state, loading, onClose]);

  const undo = async () => {
    try {
      await withdraw({ variables: { input: { id: session.id, reason: t('undoToast.reason') } } });
      setState('undone');
    } catch {
      setState('failed');
    }
  };

  const message =
    state === 'undone'
      ? t('undoToast.undone')
      : state === 'failed'
        ? t('undoToast.failed')
        : t('undoToast.logged', {
            date: format.date(session.occurredOn),
            duration: format.minutes(session.durationMinutes),
          });

  return (
    <Paper
      shadow="md"
      withBorder
      p="sm"
      data-testid="session-undo-toast"
      style={{ position: 'fixed', insetInline: 16, bottom: 16, zIndex: 300, maxWidth: 480, marginInline: 'auto' }}
    >
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text role="status" size="sm">
          {message}
        </Text>
        {state === 'offered' && (
          <Button size="compact-md" variant="default" loading={loading} onClick={() => void undo()} style={{ flexShrink: 0 }}>
            {t('undoToast.undo')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
