import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { SessionDetailsFragment } from '@bridgeway/web-graphql';
import { useFormatters } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';

/** One counselling session; its notes only where the API returned them (`notesVisible`). */
export function SessionCard({ session }: { session: SessionDetailsFragment }) {
  const { t } = useTranslation('case-file');
  const format = useFormatters();
  const structured = [
    { id: 'hopes', label: t('sessions.fields.hopes'), text: session.hopes },
    { id: 'resources', label: t('sessions.fields.resources'), text: session.resources },
    { id: 'usefulExperience', label: t('sessions.fields.usefulExperience'), text: session.usefulExperience },
    { id: 'nextStep', label: t('sessions.fields.nextStep'), text: session.nextStep },
  ].filter((part) => part.text);

  return (
    <Paper withBorder p="sm" component="li" data-testid="session-card">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text fw={700}>{format.date(session.occurredOn)}</Text>
          <Group gap={6}>
            <Badge variant="outline" color="indigo.7">
              {t(`sessionKind.${session.kind}`)}
            </Badge>
            <Text size="sm">{format.minutes(session.durationMinutes)}</Text>
          </Group>
        </Group>
        <Text size="sm" c="gray.7">
          {t('sessions.with', { name: session.counsellor?.displayName ?? t('unknownUser') })}
        </Text>
        {session.domains.length > 0 && (
          <Group gap={4} aria-label={t('sessions.domains')}>
            {session.domains.map((domain) => (
              <Badge key={domain} size="sm" variant="outline" color="gray.7">
                {t(`goalDomain.${domain}`)}
              </Badge>
            ))}
          </Group>
        )}
        {session.notesVisible ? (
          <>
            {session.notes && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {session.notes}
              </Text>
            )}
            {structured.map((part) => (
              <Text key={part.id} size="sm">
                <Text span fw={600}>
                  {part.label}:
                </Text>{' '}
                {part.text}
              </Text>
            ))}
          </>
        ) : (
          <Text size="sm" c="gray.7" fs="italic">
            {t('sessions.notesHidden')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
