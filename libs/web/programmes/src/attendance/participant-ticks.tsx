import { Checkbox, Paper, Stack, Text } from '@mantine/core';
import type { ParticipantNameFragment } from '@bridgeway/web-graphql';
import { useTranslation } from 'react-i18next';
import { keyOf } from './attendance-draft';

interface ParticipantTicksProps {
  rows: readonly ParticipantNameFragment[];
  ticked: ReadonlySet<string>;
  onToggle(key: string): void;
}

/** One large tick row per name (the whole row is the label), nothing but the name. */
export function ParticipantTicks({ rows, ticked, onToggle }: ParticipantTicksProps) {
  const { t } = useTranslation('programmes');
  if (rows.length === 0) return <Text c="gray.7">{t('attendance.nobodyExpected')}</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('attendance.listLabel')}>
      {rows.map((row) => {
        const key = keyOf(row);
        const checked = ticked.has(key);
        return (
          <Paper
            component="li"
            key={key}
            withBorder
            radius="md"
            bg={checked ? 'indigo.0' : undefined}
            data-testid="attendance-row"
          >
            <Checkbox
              size="lg"
              checked={checked}
              onChange={() => onToggle(key)}
              label={row.displayName}
              styles={{
                root: { width: '100%' },
                body: { alignItems: 'center', paddingLeft: 'var(--mantine-spacing-md)' },
                labelWrapper: { flex: 1 },
                label: {
                  cursor: 'pointer',
                  fontSize: 'var(--mantine-font-size-lg)',
                  paddingBlock: 'var(--mantine-spacing-md)',
                  paddingRight: 'var(--mantine-spacing-md)',
                },
              }}
            />
          </Paper>
        );
      })}
    </Stack>
  );
}
