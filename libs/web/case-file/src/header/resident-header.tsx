import { Anchor, Badge, Button, Group, Menu, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { todayIsoDate, useFormatters } from '@bridgeway/web-components';
import { useBedName } from '@bridgeway/web-stays';
import { usePageTitle } from '@bridgeway/web-ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseFileResident } from '../case-file-types';
import { overdueGoalCount } from './overdue-goals';
import { EditResidentDialog } from '../resident-details/edit-resident-form';

interface ResidentHeaderProps {
  resident: CaseFileResident;
  showAuditLink: boolean;
  /** Where "back" goes: the caseload for counsellors, the residences board for managers. */
  back: { to: string; label: string };
  onAdmit(): void;
  onDischarge(): void;
  /** Given for managers: "Export personal data" (GDPR art. 15) in the actions menu. */
  onExportPersonalData?: () => void;
}

const statusColour = { IN_RESIDENCE: 'teal.9', FOLLOW_UP: 'indigo.7', CLOSED: 'gray.7' } as const;

/** Who the resident is, where they live now, who their key worker is, and the counselling totals. */
export function ResidentHeader({ resident, showAuditLink, back, onAdmit, onDischarge, onExportPersonalData }: ResidentHeaderProps) {
  const { t } = useTranslation(['case-file', 'exports']);
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
  const overdue = overdueGoalCount(resident.goals, todayIsoDate());
  if (overdue > 0)
    facts.push({
      id: 'overdue-goals',
      term: t('header.overdueGoals'),
      value: (
        <Badge color="red.9" variant="filled">
          {t('header.overdueGoalsValue', { count: overdue })}
        </Badge>
      ),
    });
  // Admit/discharge and the audit trail sit in one menu so a phone's first screen is the resident, not a discharge button.
  const canAdmit = !stay && resident.status !== 'CLOSED';
  // "Edit details" is always there, so the menu always is.
  const [editingDetails, setEditingDetails] = useState(false);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="md" wrap="nowrap">
        <Stack gap={4} miw={0}>
          <Anchor component={Link} to={back.to} size="sm">
            {back.label}
          </Anchor>
          <Group gap="sm" align="center">
            <Title order={1} style={{ overflowWrap: 'anywhere' }}>{name}</Title>
            <Badge color={statusColour[resident.status]} variant="filled" size="lg">
              {t(`residentStatus.${resident.status}`)}
            </Badge>
          </Group>
        </Stack>
        {/* No focus placeholder: axe rejects a focusable presentational child of role="menu". */}
        <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
          <Menu.Target>
            {/* Never squeezed by a long name: the name wraps instead. */}
            <Button variant="default" style={{ flexShrink: 0 }}>
              {t('header.actions')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => setEditingDetails(true)}>{t('forms.resident.edit')}</Menu.Item>
            {showAuditLink && (
              <Menu.Item component={Link} to={`/residents/${resident.id}/audit`}>
                {t('header.auditTrail')}
              </Menu.Item>
            )}
            {onExportPersonalData && <Menu.Item onClick={onExportPersonalData}>{t('exports:personalData.action')}</Menu.Item>}
            {stay && <Menu.Item onClick={onDischarge}>{t('header.discharge')}</Menu.Item>}
            {canAdmit && <Menu.Item onClick={onAdmit}>{t('header.admit')}</Menu.Item>}
          </Menu.Dropdown>
        </Menu>
      </Group>
      {/* From 75em the header shares the page's wide column with the goals (the session form beside it): three columns there. */}
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 5, lg: 3 }} spacing="md" m={0}>
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
      <EditResidentDialog residentId={resident.id} name={name} opened={editingDetails} onClose={() => setEditingDetails(false)} />
    </Stack>
  );
}
