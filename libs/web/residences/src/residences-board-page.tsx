import { Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Role } from '@bridgeway/shared-domain';
import { useSessionRole } from '@bridgeway/web-auth';
import { ResidencesBoardDocument } from '@bridgeway/web-graphql';
import { FormDialog, PageHeader, QueryState, useFormatters } from '@bridgeway/web-components';
import { AdmitForm, DischargeForm, useBedName } from '@bridgeway/web-stays';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResidenceCard } from './residence-card';
import { boardTotals, type BoardAction } from './residence-types';
import { AddBedsForm } from './admin/add-beds-form';
import { CloseResidenceForm } from './admin/close-residence-form';
import { ResidenceForm } from './admin/residence-form';
import { RetireBedForm } from './admin/retire-bed-form';

/** Every open residence with its beds and who is in them; admit and discharge from here; a manager also keeps the residences. */
export function ResidencesBoardPage() {
  const { t } = useTranslation(['residences', 'stays']);
  const bedName = useBedName();
  const format = useFormatters();
  // What the board offers follows the API's rules (residence changes: managers only); the API still decides.
  const canManage = useSessionRole() === Role.MANAGER;
  const [action, setAction] = useState<BoardAction | null>(null);
  const { data, loading, error, refetch } = useQuery(ResidencesBoardDocument, { fetchPolicy: 'cache-and-network' });
  const close = () => setAction(null);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={canManage && <Button onClick={() => setAction({ kind: 'create' })}>{t('create.open')}</Button>}
      />
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ residences }) => {
          const totals = boardTotals(residences);
          return (
            <Stack gap="md">
              <Text data-testid="residences-totals">
                {t('totals', {
                  count: residences.length,
                  residences: format.number(residences.length),
                  occupied: format.number(totals.occupied),
                  beds: format.number(totals.beds),
                  free: format.number(totals.free),
                })}
              </Text>
              {residences.length === 0 ? (
                <Text c="gray.7" data-testid="residences-empty">
                  {canManage ? t('emptyForManager') : t('empty')}
                </Text>
              ) : (
                <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
                  {residences.map((residence) => (
                    <ResidenceCard key={residence.id} residence={residence} canManage={canManage} onAction={setAction} />
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
      <FormDialog opened={action?.kind === 'create'} onClose={close} title={t('create.title')}>
        {action?.kind === 'create' && <ResidenceForm onSaved={close} onCancel={close} />}
      </FormDialog>
      <FormDialog opened={action?.kind === 'edit'} onClose={close} title={action?.kind === 'edit' ? t('edit.title', { name: action.residence.name }) : ''}>
        {action?.kind === 'edit' && <ResidenceForm residence={action.residence} onSaved={close} onCancel={close} />}
      </FormDialog>
      <FormDialog opened={action?.kind === 'addBeds'} onClose={close} title={action?.kind === 'addBeds' ? t('addBeds.title', { name: action.residence.name }) : ''}>
        {action?.kind === 'addBeds' && <AddBedsForm residence={action.residence} onSaved={close} onCancel={close} />}
      </FormDialog>
      <FormDialog
        opened={action?.kind === 'retireBed'}
        onClose={close}
        title={action?.kind === 'retireBed' ? t('retireBed.title', { bed: bedName(action.bed), name: action.residence.name }) : ''}
      >
        {action?.kind === 'retireBed' && <RetireBedForm bedId={action.bed.id} bedTitle={bedName(action.bed)} onSaved={close} onCancel={close} />}
      </FormDialog>
      <FormDialog opened={action?.kind === 'close'} onClose={close} title={action?.kind === 'close' ? t('closeResidence.title', { name: action.residence.name }) : ''}>
        {action?.kind === 'close' && <CloseResidenceForm residence={action.residence} onSaved={close} onCancel={close} />}
      </FormDialog>
    </Stack>
  );
}
