import { Anchor, Paper, Stack, Text } from '@mantine/core';
import type { ProgrammeListItemFragment } from '@bridgeway/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useScheduleWords } from '../shared/schedule-words';

/** A leader's own programmes as cards (narrow screens: no table to scroll sideways). */
export function ProgrammeCards({ programmes }: { programmes: readonly ProgrammeListItemFragment[] }) {
  const { t } = useTranslation('programmes');
  const scheduleWords = useScheduleWords();
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {programmes.map((programme) => (
        <Paper component="li" key={programme.id} withBorder p="sm" radius="md" data-testid="programme-card">
          <Anchor component={Link} to={`/programmes/${programme.id}`} fw={700} size="lg">
            {programme.name}
          </Anchor>
          <Text size="sm">
            {t(`kind.${programme.kind}`)}
            {programme.department ? ` · ${programme.department.name}` : ''}
          </Text>
          <Text size="sm" c="gray.7">
            {scheduleWords(programme.schedule)}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
