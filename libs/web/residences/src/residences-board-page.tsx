import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { ResidencesBoardDocument } from '@bridgeway/web-graphql';
import { FormDialog, PageHeader, QueryState, useFormatters } from '@bridgeway/web-components';
import { AdmitForm, DischargeForm, useBedName } from '@bridgeway/web-stays';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResidenceCard } from './residence-card';
import { boardTotals, type BoardAction } from './residence-types';

/** Every open residence with its beds and who is in them; admit and discharge from here. */
export function ResidencesBoardPage() {
  const { t } = useTranslation(['residences', 'stays']);
  const bedName = useBedName();
  const format = useFormatters();
  const [action, setAction] = useState<BoardAction | null>(null);
  const { data, loading, error, refetch } = useQuery(ResidencesBoardDocument, { fetchPolicy: 'cache-and-network' });
  const close = () => setAction(null);

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ residences }) => {
          const totals = boardTotals(residences);
          return (
            <Stack gap="md">
              <Text data-testid="residences-totals">
                {t('totals', {
                  residences: format.number(residences.length),
                  occupied: format.number(totals.occupied),
                  beds: format.number(totals.beds),
                  free: format.number(totals.free),
                })}
              </Text>
              {residences.length === 0 ? (
                <Text c="gray.7">{t('empty')}</Text>
              ) : (
                <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
                  {residences.map((residence) => (
                    <ResidenceCard key={residence.id} residence={residence} onAction={setAction} />
                  ))}
                </SimpleGrid>
              )}
            </Stack>
          );
        }}
      </QueryState>
      <FormDialog
        opened={action?.kind === 'admit'}
        onClose={close}
        title={action?.kind === 'admit' ? t('admitTitle', { name: action.residence.name }) : ''}
      >
        {action?.kind === 'admit' && (
          <AdmitForm
            place={{
              residenceId: action.residence.id,
              bedId: action.bed.id,
              description: `${action.residence.name}, ${bedName(action.bed)}`,
            }}
            onAdmitted={close}
            onCancel={close}
          />
        )}
      </FormDialog>
      <FormDialog
        opened={action?.kind === 'discharge'}
        onClose={close}
        title={action?.kind === 'discharge' ? t('stays:discharge.title', { name: action.name }) : ''}
      >
        {action?.kind === 'discharge' && (
          <DischargeForm stayId={action.stayId} admittedOn={action.admittedOn} onDischarged={close} onCancel={close} />
        )}
      </FormDialog>
    </Stack>
  );
}
