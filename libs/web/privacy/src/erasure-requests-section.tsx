import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { ErasureRequestsListDocument, type ErasureRequestRowFragment } from '@bridgeway/web-graphql';
import { FormDialog, QueryState, SectionCard, useFormatters } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CarryOutConfirm, RefuseForm } from './decide-request';

const PAGE = 20;
const MAX_PAGE = 100;

type Deciding = { kind: 'carryOut' | 'refuse'; id: string } | null;

/** The organisation's erasure requests (pending first), each with its decision or the buttons to make it. */
export function ErasureRequestsSection({ onRecord }: { onRecord(): void }) {
  const { t } = useTranslation('privacy');
  const [first, setFirst] = useState(PAGE);
  const [deciding, setDeciding] = useState<Deciding>(null);
  const { data, loading, error, refetch } = useQuery(ErasureRequestsListDocument, { variables: { first }, fetchPolicy: 'cache-and-network' });
  const request = deciding ? data?.erasureRequests.requests.find((r) => r.id === deciding.id) : undefined;
  const close = () => setDeciding(null);
  const nameOf = (r: ErasureRequestRowFragment) => r.subjectName ?? t('requests.unnamed');

  return (
    <SectionCard title={t('requests.title')} actions={<Button onClick={onRecord}>{t('requests.record')}</Button>}>
      <Text size="sm" c="gray.7" mb="sm">
        {t('requests.description')}
      </Text>
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ erasureRequests }) =>
          erasureRequests.requests.length === 0 ? (
            <Text role="status">{t('requests.empty')}</Text>
          ) : (
            <Stack gap="sm">
              {erasureRequests.requests.map((r) => (
                <RequestCard key={r.id} request={r} name={nameOf(r)} onDecide={(kind) => setDeciding({ kind, id: r.id })} />
              ))}
              <Group justify="space-between" gap="sm">
                <Text size="sm" c="gray.7">
                  {t('requests.count', { shown: erasureRequests.requests.length, total: erasureRequests.totalCount })}
                </Text>
                {erasureRequests.totalCount > erasureRequests.requests.length && first < MAX_PAGE && (
                  <Button variant="default" size="xs" onClick={() => setFirst(Math.min(first + PAGE, MAX_PAGE))}>
                    {t('requests.showMore')}
                  </Button>
                )}
              </Group>
            </Stack>
          )
        }
      </QueryState>
      <FormDialog opened={deciding?.kind === 'carryOut' && !!request} onClose={close} title={request && deciding?.kind === 'carryOut' ? t('carryOutDialog.title', { name: nameOf(request) }) : ''}>
        {request && deciding?.kind === 'carryOut' && <CarryOutConfirm request={request} onDone={close} onCancel={close} />}
      </FormDialog>
      <FormDialog opened={deciding?.kind === 'refuse' && !!request} onClose={close} title={request && deciding?.kind === 'refuse' ? t('refuseDialog.title', { name: nameOf(request) }) : ''}>
        {request && deciding?.kind === 'refuse' && <RefuseForm request={request} onDone={close} onCancel={close} />}
      </FormDialog>
    </SectionCard>
  );
}

const statusColour = { PENDING: 'orange', CARRIED_OUT: 'green', REFUSED: 'gray' } as const;

function RequestCard({ request, name, onDecide }: { request: ErasureRequestRowFragment; name: string; onDecide(kind: 'carryOut' | 'refuse'): void }) {
  const { t } = useTranslation('privacy');
  const format = useFormatters();
  return (
    <Paper withBorder p="md" data-testid="erasure-request">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={600}>
            {name}{' '}
            <Text span size="sm" c="gray.7" fw={400}>
              ({t(`kind.${request.subjectKind}`)})
            </Text>
          </Text>
          <Badge color={statusColour[request.status]} variant="light">
            {t(`status.${request.status}`)}
          </Badge>
        </Group>
        <Text size="sm">{t('requests.received', { date: format.date(request.receivedOn), channel: t(`channel.${request.channel}`) })}</Text>
        {request.recordedByName && (
          <Text size="sm" c="gray.7">
            {t('requests.recordedBy', { name: request.recordedByName })}
          </Text>
        )}
        {request.staffNote && <Text size="sm">{t('requests.note', { note: request.staffNote })}</Text>}
        {request.status !== 'PENDING' && request.decidedAt && (
          <Text size="sm">{t('requests.decided', { status: t(`status.${request.status}`), date: format.date(request.decidedAt.slice(0, 10)), name: request.decidedByName ?? '' })}</Text>
        )}
        {request.refusalReason && <Text size="sm">{t('requests.refusedBecause', { reason: t(`reason.${request.refusalReason}`) })}</Text>}
        {request.erasedRows != null && (
          <Text size="sm" c="gray.7">
            {t('requests.erasedRows', { count: request.erasedRows })}
          </Text>
        )}
        {request.status === 'PENDING' && request.retainedUntil && (
          <Text size="sm" c="orange.9" fw={500}>
            {t('requests.retainedUntil', { date: format.date(request.retainedUntil) })}
          </Text>
        )}
        {request.status === 'PENDING' && (
          <Group gap="sm" mt={4}>
            <Button size="xs" color="red" aria-label={t('requests.carryOutFor', { name })} onClick={() => onDecide('carryOut')}>
              {t('requests.carryOut')}
            </Button>
            <Button size="xs" variant="default" aria-label={t('requests.refuseFor', { name })} onClick={() => onDecide('refuse')}>
              {t('requests.refuse')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
