import { Button, Group, Table, Text } from '@mantine/core';
import type { PlanFundingFragment } from '@bridgeway/web-graphql';
import { SectionCard } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import { useMoneyText } from '../shared/money';
import type { EditorDialog } from './plan-page';

/** Who funds the plan, with how much. */
export function FundingSection({ funding, onDialog }: { funding: readonly PlanFundingFragment[]; onDialog(dialog: EditorDialog): void }) {
  const { t } = useTranslation('plans');
  const moneyText = useMoneyText();
  return (
    <SectionCard
      title={t('funding.sectionTitle')}
      actions={
        <Button size="xs" onClick={() => onDialog({ kind: 'funding' })}>
          {t('funding.add')}
        </Button>
      }
    >
      {funding.length === 0 ? (
        <Text c="gray.7">{t('funding.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520} type="native" tabIndex={0}>
          <Table striped verticalSpacing="xs" captionSide="top">
            <Table.Caption ta="start">{t('funding.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('funding.funder')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('funding.amount')}
                </Table.Th>
                <Table.Th scope="col">{t('funding.note')}</Table.Th>
                <Table.Th scope="col">{t('columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {funding.map((item) => (
                <Table.Tr key={item.id} data-testid="funding-row">
                  <Table.Th scope="row" fw={600}>
                    {item.funder}
                  </Table.Th>
                  <Table.Td ta="right">{moneyText(item.amount, item.currency)}</Table.Td>
                  <Table.Td>{item.note ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('funding.editOf', { name: item.funder })}
                        onClick={() => onDialog({ kind: 'funding', id: item.id })}
                      >
                        {t('actions.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('funding.removeOf', { name: item.funder })}
                        onClick={() => onDialog({ kind: 'remove', what: 'funding', id: item.id, name: item.funder })}
                      >
                        {t('actions.remove')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
