import { Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useFormatters } from '@bridgeway/web-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BedsTable } from './beds-table';
import type { BoardAction, BoardResidence } from './residence-types';

export function ResidenceCard({
  residence,
  canManage,
  onAction,
}: {
  residence: BoardResidence;
  /** A manager may edit, add beds, retire free beds and close the residence. */
  canManage: boolean;
  onAction(action: BoardAction): void;
}) {
  const { t } = useTranslation('residences');
  const format = useFormatters();
  const headingId = useId();
  const share = residence.capacity > 0 ? Math.round((residence.occupancy / residence.capacity) * 100) : 0;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId} data-testid="residence-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h3" id={headingId}>
              {residence.name}
            </Title>
            {residence.address && (
              <Text size="sm" c="gray.7">
                {residence.address}
              </Text>
            )}
            {residence.department && (
              <Text size="sm" c="gray.7">
                {t('inDepartment', { name: residence.department.name })}
              </Text>
            )}
          </div>
          <Text fw={600} data-testid="residence-free-beds">
            {t('freeBeds', { count: residence.freeBeds, formatted: format.number(residence.freeBeds) })}
          </Text>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Progress value={share} flex={1} aria-label={t('occupancyLabel', { name: residence.name })} />
          <Text size="sm" miw={96} ta="right">
            {t('occupancy', {
              occupied: format.number(residence.occupancy),
              capacity: format.number(residence.capacity),
            })}
          </Text>
        </Group>
        {residence.beds.length === 0 && <Text c="gray.7">{t('noBeds')}</Text>}
        {residence.beds.length > 0 && <BedsTable residence={residence} canManage={canManage} onAction={onAction} />}
        {canManage && (
          <Group gap="xs">
            <Button size="compact-sm" variant="default" aria-label={t('edit.open', { name: residence.name })} onClick={() => onAction({ kind: 'edit', residence })}>
              {t('edit.button')}
            </Button>
            <Button size="compact-sm" variant="default" aria-label={t('addBeds.open', { name: residence.name })} onClick={() => onAction({ kind: 'addBeds', residence })}>
              {t('addBeds.button')}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              c="red.9"
              aria-label={t('closeResidence.open', { name: residence.name })}
              onClick={() => onAction({ kind: 'close', residence })}
            >
              {t('closeResidence.button')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
