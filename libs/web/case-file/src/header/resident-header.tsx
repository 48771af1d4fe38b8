import { Anchor, Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useFormatters } from '@bridgeway/web-components';
import { bedName } from '@bridgeway/web-stays';
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
  const { t } = useTranslation();
  const format = useFormatters();
  const name = `${resident.firstName} ${resident.lastName}`;
  usePageTitle(t('caseFile.pageTitle', { name }));
  const stay = resident.currentStay;

  const facts: { id: string; term: string; value: ReactNode }[] = [
    {
      id: 'stay',
      term: t('caseFile.header.stay'),
      value: stay
        ? t('caseFile.header.stayValue', {
            residence: stay.residence.name,
            bed: stay.bed ? bedName(stay.bed, t) : '—',
            date: format.date(stay.admittedOn),
          })
        : t('caseFile.header.noStay'),
    },
    {
      id: 'key-worker',
      term: t('caseFile.header.keyWorker'),
      value: resident.keyWorker?.displayName ?? t('caseFile.header.noKeyWorker'),
    },
    { id: 'intake', term: t('caseFile.header.intakeDate'), value: format.date(resident.intakeDate) },
    { id: 'hours-total', term: t('caseFile.header.hoursTotal'), value: format.hours(resident.counsellingMinutes) },
    { id: 'hours-month', term: t('caseFile.header.hoursThisMonth'), value: format.hours(resident.minutesThisMonth) },
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
              {t('caseFile.header.auditTrail')}
            </Button>
          )}
          {stay ? (
            <Button variant="default" onClick={onDischarge}>
              {t('caseFile.header.discharge')}
            </Button>
          ) : (
            resident.status !== 'CLOSED' && <Button onClick={onAdmit}>{t('caseFile.header.admit')}</Button>
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
