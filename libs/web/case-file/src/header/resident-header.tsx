import { Anchor, Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useFormatters } from '@bridgeway/web-components';
import { useBedName } from '@bridgeway/web-stays';
import { usePageTitle } from '@bridgeway/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseFileResident } from '../case-file-types';

interface ResidentHeaderProps {
  resident: CaseFileResident;
  showAuditLink: boolean;
  /** Where "back" goes: the caseload for counsellors, the residences board for managers. */
  back: { to: string; label: string };
  onAdmit(): void;
  onDischarge(): void;
}

const statusColour = { IN_RESIDENCE: 'teal.9', FOLLOW_UP: 'indigo.7', CLOSED: 'gray.7' } as const;

/** Who the resident is, where they live now, who their key worker is, and the counselling totals. */
export function ResidentHeader({ resident, showAuditLink, back, onAdmit, onDischarge }: ResidentHeaderProps) {
  const { t } = useTranslation('case-file');
  const bedName = useBedName();
  const format = useFormatters();
  const name = `${resident.firstName} ${resident.lastName}`;
  usePageTitle(t('pageTitle', { name }));
  const stay = resident.currentStay;

  const facts: { id: string; term: string; value: ReactNode }[] = [
    {
      id: 'stay',
      term: t('header.stay'),
      value: stay
        ? t('header.stayValue', {
            residence: stay.residence.name,
            bed: stay.bed ? bedName(stay.bed) : '—',
            date: format.date(stay.admittedOn),
          })
        : t('header.noStay'),
    },
    {
      id: 'key-worker',
      term: t('header.keyWorker'),
      value: resident.keyWorker?.displayName ?? t('header.noKeyWorker'),
    },
    { id: 'intake', term: t('header.intakeDate'), value: format.date(resident.intakeDate) },
    { id: 'hours-total', term: t('header.hoursTotal'), value: format.hours(resident.counsellingMinutes) },
    { id: 'hours-month', term: t('header.hoursThisMonth'), value: format.hours(resident.minutesThisMonth) },
  ];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={4}>
          <Anchor component={Link} to={back.to} size="sm">
            {back.label}
          </Anchor>
          <Group gap="sm" align="center">
            <Title order={1}>{name}</Title>
            <Badge color={statusColour[resident.status]} variant="filled" size="lg">
              {t(`residentStatus.${resident.status}`)}
            </Badge>
          </Group>
        </Stack>
        <Group gap="sm">
          {showAuditLink && (
            <Button component={Link} to={`/residents/${resident.id}/audit`} variant="default">
              {t('header.auditTrail')}
            </Button>
          )}
          {stay ? (
            <Button variant="default" onClick={onDischarge}>
              {t('header.discharge')}
            </Button>
          ) : (
            resident.status !== 'CLOSED' && <Button onClick={onAdmit}>{t('header.admit')}</Button>
          )}
        </Group>
      </Group>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 5 }} spacing="md" m={0}>
        {facts.map((fact) => (
          <div key={fact.id}>
            <Text component="dt" size="sm" c="gray.7">
              {fact.term}
            </Text>
            <Text component="dd" m={0} fw={600} data-testid={`case-file-${fact.id}`}>
              {fact.value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
