import { Anchor, SimpleGrid, Text } from '@mantine/core';
import { SectionCard, useFormatters } from '@bridgeway/web-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useScheduleWords } from '../shared/schedule-words';
import type { ProgrammeDetails } from './programme-page';

/** What the programme is: for whom, where, when, led by whom. */
export function ProgrammeFacts({ programme }: { programme: ProgrammeDetails }) {
  const { t } = useTranslation('programmes');
  const format = useFormatters();
  const scheduleWords = useScheduleWords();
  const where: ReactNode =
    programme.mode === 'VIDEO' ? (
      programme.meetingLink ? (
        <Anchor href={programme.meetingLink} target="_blank" rel="noreferrer">
          {t('meetingLink')}
        </Anchor>
      ) : (
        t('mode.VIDEO')
      )
    ) : (
      (programme.place ?? '—')
    );
  const facts: { term: string; value: ReactNode }[] = [
    { term: t('facts.audience'), value: t(`audience.${programme.audience}`) },
    { term: t('facts.mode'), value: t(`mode.${programme.mode}`) },
    { term: programme.mode === 'VIDEO' ? t('facts.link') : t('facts.place'), value: where },
    { term: t('facts.department'), value: programme.department?.name ?? t('noDepartment') },
    { term: t('facts.schedule'), value: scheduleWords(programme.schedule) },
    {
      term: t('facts.period'),
      value: programme.endsOn
        ? t('facts.periodFromTo', { from: format.date(programme.startsOn), to: format.date(programme.endsOn) })
        : t('facts.periodFrom', { from: format.date(programme.startsOn) }),
    },
    {
      term: t('facts.leaders'),
      value: programme.leaders.length
        ? programme.leaders.map((leader) => leader.displayName).join(', ')
        : t('facts.noLeaders'),
    },
    {
      term: t('facts.goalDomains'),
      value: programme.goalDomains.length
        ? programme.goalDomains.map((domain) => t(`goalDomain.${domain}`)).join(', ')
        : '—',
    },
  ];
  return (
    <SectionCard title={t('facts.title')}>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="sm" m={0}>
        {facts.map(({ term, value }) => (
          <div key={term}>
            <Text component="dt" size="sm" c="gray.7">
              {term}
            </Text>
            <Text component="dd" fw={600} m={0}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {programme.description && (
        <Text mt="md" style={{ whiteSpace: 'pre-line' }}>
          {programme.description}
        </Text>
      )}
    </SectionCard>
  );
}
