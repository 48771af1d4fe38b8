import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { AttendanceMeetingFragment } from '@bridgeway/web-graphql';
import { usePageTitle } from '@bridgeway/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMeetingTime } from '../shared/meeting-time';

/** The page's <h1> (the programme), when and where the meeting is, and a way back. */
export function MeetingHeading({ meeting }: { meeting: AttendanceMeetingFragment }) {
  const { t } = useTranslation('programmes');
  const time = useMeetingTime();
  const { programme } = meeting;
  const title = t('attendance.title', { programme: programme.name });
  usePageTitle(title);
  const place = meeting.place ?? programme.place;
  return (
    <Stack gap={4}>
      <Anchor component={Link} to={`/programmes/${programme.id}`} size="sm">
        {t('attendance.back', { programme: programme.name })}
      </Anchor>
      <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
        {title}
      </Title>
      <Text fw={600} data-testid="meeting-when">
        {time.span(meeting.startsAt, meeting.endsAt)}
      </Text>
      {programme.mode === 'VIDEO' && programme.meetingLink ? (
        <Anchor href={programme.meetingLink} target="_blank" rel="noreferrer">
          {t('meetingLink')}
        </Anchor>
      ) : (
        place && <Text c="gray.7">{place}</Text>
      )}
    </Stack>
  );
}
