import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useFormatters } from '@bridgeway/web-components';
import { useBedName } from '@bridgeway/web-stays';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BoardAction, BoardResidence } from './residence-types';

interface BedsTableProps {
  residence: BoardResidence;
  /** A manager may also take a free bed out of use. */
  canManage: boolean;
  onAction(action: BoardAction): void;
}

/** The residence's beds: who sleeps in each, or an admit button for a free one (and, for a manager, retire). */
export function BedsTable({ residence, canManage, onAction }: BedsTableProps) {
  const { t } = useTranslation('residences');
  const bedName = useBedName();
  const format = useFormatters();
  return (
    <Table.ScrollContainer minWidth={420} type="native" tabIndex={0}>
      <Table verticalSpacing={6} captionSide="top">
        <Table.Caption>{t('bedsCaption', { name: residence.name })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('columns.bed')}</Table.Th>
            <Table.Th scope="col">{t('columns.occupant')}</Table.Th>
            <Table.Th scope="col">
              <Text span size="sm" fw={700}>
                {t('columns.actions')}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {residence.beds.map((bed) => {
            const occupant = bed.occupant;
            const stay = occupant?.currentStay ?? null;
            const bedTitle = bedName(bed);
            return (
              <Table.Tr key={bed.id} data-testid="bed-row">
                <Table.Th scope="row" fw={500}>
                  {bedTitle}
                </Table.Th>
                <Table.Td>
                  {occupant ? (
                    <>
                      <Anchor component={Link} to={`/residents/${occupant.id}`}>
                        {occupant.firstName} {occupant.lastName}
                      </Anchor>
                      {occupant.currentStay && (
                        <Text span size="sm" c="gray.7">
                          {' '}
                          · {t('since', { date: format.date(occupant.currentStay.admittedOn) })}
                        </Text>
                      )}
                    </>
                  ) : (
                    <Text span c="teal.9" fw={600}>
                      {t('free')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {occupant ? (
                    stay && (
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={t('dischargeNamed', {
                          name: `${occupant.firstName} ${occupant.lastName}`,
                        })}
                        onClick={() =>
                          onAction({
                            kind: 'discharge',
                            residence,
                            bed,
                            stayId: stay.id,
                            admittedOn: stay.admittedOn,
                            name: `${occupant.firstName} ${occupant.lastName}`,
                          })
                        }
                      >
                        {t('discharge')}
                      </Button>
                    )
                  ) : (
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        aria-label={t('admitTo', { bed: bedTitle, name: residence.name })}
                        onClick={() => onAction({ kind: 'admit', residence, bed })}
                      >
                        {t('admit')}
                      </Button>
                      {canManage && (
                        <Button
                          size="compact-sm"
                          variant="default"
                          c="red.9"
                          aria-label={t('retireBed.open', { bed: bedTitle, name: residence.name })}
                          onClick={() => onAction({ kind: 'retireBed', residence, bed })}
                        >
                          {t('retireBed.button')}
                        </Button>
                      )}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
