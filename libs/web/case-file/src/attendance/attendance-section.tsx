import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { PersonAttendanceRowFragment } from '@bridgeway/web-graphql';
import { SectionCard, useFormatters } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** How many meetings show before "Show all". */
const firstShown = 8;

/** Groups, courses and meeting places the resident was recorded at, newest first (the API's order). */
export function AttendanceSection({ attendance }: { attendance: readonly PersonAttendanceRowFragment[] }) {
  const { t } = useTranslation('case-file');
  const format = useFormatters();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? attendance : attendance.slice(0, firstShown);
  return (
    <SectionCard title={t('attendance.title')}>
      {attendance.length === 0 ? (
        <Text c="gray.7">{t('attendance.empty')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('attendance.listLabel')}>
          {shown.map((entry) => (
            <Group
              component="li"
              key={entry.meetingId}
              justify="space-between"
              gap="xs"
              wrap="nowrap"
              data-testid="attendance-entry"
            >
              <Stack gap={0}>
                <Anchor component={Link} to={`/programmes/${entry.programmeId}`} fw={600}>
                  {entry.programmeName}
                </Anchor>
                <Text size="sm" c="gray.7">
                  {t('attendance.when', {
                    kind: t(`attendance.kind.${entry.programmeKind}`),
                    date: format.dateTime(entry.startsAt),
                  })}
                </Text>
              </Stack>
              <Badge variant={entry.present ? 'filled' : 'outline'} color={entry.present ? 'teal.9' : 'gray.8'}>
                {entry.present ? t('attendance.present') : t('attendance.absent')}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
      {attendance.length > firstShown && (
        <Button variant="default" mt="sm" onClick={() => setShowAll((all) => !all)}>
          {showAll ? t('attendance.showFewer') : t('attendance.showAll', { count: attendance.length })}
        </Button>
      )}
    </SectionCard>
  );
}
