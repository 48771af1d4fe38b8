import { Button, Stack, Text } from '@mantine/core';
import type { SessionDetailsFragment } from '@bridgeway/web-graphql';
import { SectionCard } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionCard } from './session-card';

/** How many sessions show before "Show all". */
const firstShown = 10;

/** Counselling sessions, newest first (the API's order). */
export function SessionsTimeline({ sessions }: { sessions: readonly SessionDetailsFragment[] }) {
  const { t } = useTranslation('case-file');
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? sessions : sessions.slice(0, firstShown);
  return (
    <SectionCard title={t('sessions.title')}>
      {sessions.length === 0 ? (
        <Text c="gray.7">{t('sessions.empty')}</Text>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('sessions.listLabel')}>
          {shown.map((session) => (
            <SessionCard key={session.id} session={session} />
          ))}
        </Stack>
      )}
      {sessions.length > firstShown && (
        <Button variant="default" mt="sm" onClick={() => setShowAll((all) => !all)}>
          {showAll ? t('sessions.showFewer') : t('sessions.showAll', { count: sessions.length })}
        </Button>
      )}
    </SectionCard>
  );
}
