import { Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useFormatters } from '@bridgeway/web-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BedsTable } from './beds-table';
import type { BoardAction, BoardResidence } from './residence-types';

export function ResidenceCard({
  residence,
  onAction,
}: {
  residence: BoardResidence;
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
        <BedsTable residence={residence} onAction={onAction} />
      </Stack>
    </Card>
  );
}
