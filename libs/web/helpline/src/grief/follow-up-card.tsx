import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { FollowUpStatus, PlannedContactStatus } from '@bridgeway/shared-domain';
import {
  UpdatePlannedContactDocument,
  type GriefFollowUpCardFragment,
  type GriefPlannedContactFragment,
  type PlannedContactStatus as PlannedContactStatusValue,
} from '@bridgeway/web-graphql';
import { ProblemAlert, apiProblemFrom, todayIsoDate, useFormatters, type ApiProblem } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Badge colours with at least 4.5:1 contrast for their small text (WCAG 1.4.3). */
const statusBadges: Record<PlannedContactStatusValue, { color: string; variant: 'filled' | 'outline' }> = {
  PLANNED: { color: 'indigo.7', variant: 'outline' },
  DONE: { color: 'teal.9', variant: 'filled' },
  MISSED: { color: 'red.9', variant: 'outline' },
  CANCELLED: { color: 'gray.7', variant: 'outline' },
};

/** One bereaved relative's plan: its planned contacts, each markable as done or missed. */
export function FollowUpCard({ followUp }: { followUp: GriefFollowUpCardFragment }) {
  const { t } = useTranslation('helpline');
  const format = useFormatters();
  const name = `${followUp.relative.firstName} ${followUp.relative.lastName}`;
  const contacts = [...followUp.contacts].sort((a, b) => a.plannedOn.localeCompare(b.plannedOn));
  return (
    <Paper withBorder p="md" component="article" aria-label={name} data-testid="grief-follow-up">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4">
            {name}
          </Title>
          <Badge
            variant={followUp.status === FollowUpStatus.ACTIVE ? 'filled' : 'outline'}
            color={followUp.status === FollowUpStatus.ACTIVE ? 'indigo.7' : 'gray.7'}
          >
            {t(`followUpStatus.${followUp.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="gray.7">
          {t('grief.card.started', { date: format.date(followUp.startedOn), name: followUp.responsible.displayName })}
          {followUp.department ? ` · ${followUp.department.name}` : ''}
        </Text>
        {followUp.note && <Text size="sm">{followUp.note}</Text>}
        {contacts.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('grief.card.noContacts')}
          </Text>
        ) : (
          <List listStyleType="none" spacing="xs" aria-label={t('grief.card.contacts', { name })}>
            {contacts.map((contact) => (
              <List.Item key={contact.id}>
                <PlannedContactRow contact={contact} />
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}

function PlannedContactRow({ contact }: { contact: GriefPlannedContactFragment }) {
  const { t } = useTranslation('helpline');
  const format = useFormatters();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [update, { loading }] = useMutation(UpdatePlannedContactDocument);
  const date = format.date(contact.plannedOn);

  const mark = async (status: PlannedContactStatusValue) => {
    setProblem(null);
    try {
      const doneOn = status === PlannedContactStatus.DONE ? todayIsoDate() : undefined;
      await update({ variables: { input: { id: contact.id, status, ...(doneOn ? { doneOn } : {}) } } });
    } catch (error) {
      setProblem(apiProblemFrom(error));
    }
  };

  return (
    <Stack gap={4}>
      <Group gap="sm" wrap="wrap">
        <Text size="sm" miw={110}>
          {date}
        </Text>
        <Badge {...statusBadges[contact.status]}>
          {contact.status === PlannedContactStatus.DONE && contact.doneOn
            ? t('grief.card.doneOn', { date: format.date(contact.doneOn) })
            : t(`plannedContactStatus.${contact.status}`)}
        </Badge>
        {contact.status === PlannedContactStatus.PLANNED && (
          <Group gap={4}>
            <Button
              size="compact-sm"
              variant="light"
              loading={loading}
              aria-label={t('grief.card.markDone', { date })}
              onClick={() => void mark(PlannedContactStatus.DONE)}
            >
              {t('grief.card.done')}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              disabled={loading}
              aria-label={t('grief.card.markMissed', { date })}
              onClick={() => void mark(PlannedContactStatus.MISSED)}
            >
              {t('grief.card.missed')}
            </Button>
          </Group>
        )}
      </Group>
      {problem && <ProblemAlert problem={problem} />}
    </Stack>
  );
}
