import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { RetentionReviewListDocument } from '@bridgeway/web-graphql';
import { QueryState, SectionCard, useFormatters } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChosenPerson } from './erasure-draft';

const PAGE = 20;

/** People whose latest activity is older than the retention period, longest inactive first, a page at a time. */
export function RetentionReviewSection({ onStart }: { onStart(person: ChosenPerson): void }) {
  const { t } = useTranslation('privacy');
  const format = useFormatters();
  const [offset, setOffset] = useState(0);
  const { data, loading, error, refetch } = useQuery(RetentionReviewListDocument, { variables: { first: PAGE, offset }, fetchPolicy: 'cache-and-network' });
  return (
    <SectionCard title={t('review.title')}>
      <QueryState data={data} loading={loading} error={error} onRetry={() => void refetch()}>
        {({ retentionReview: review }) => (
          <Stack gap="sm">
            <Text size="sm" c="gray.7">
              {t('review.description', { date: format.date(review.activeSince), months: review.months })}
            </Text>
            {review.people.length === 0 ? (
              <Text role="status">{t('review.empty')}</Text>
            ) : (
              review.people.map((person) => (
                <Paper withBorder p="sm" key={`${person.kind}:${person.id}`} data-testid="retention-person">
                  <Group justify="space-between" gap="sm" wrap="wrap">
                    <Stack gap={2}>
                      <Text fw={600}>
                        {person.name}{' '}
                        <Text span size="sm" c="gray.7" fw={400}>
                          ({t(`kind.${person.kind}`)})
                        </Text>
                      </Text>
                      <Text size="sm">{person.lastActivityOn ? t('review.lastActivity', { date: format.date(person.lastActivityOn) }) : t('review.noActivity')}</Text>
                    </Stack>
                    {person.pendingRequestId ? (
                      <Badge color="orange" variant="light">
                        {t('review.pending')}
                      </Badge>
                    ) : (
                      <Button size="xs" variant="default" aria-label={t('review.startFor', { name: person.name })} onClick={() => onStart({ kind: person.kind, id: person.id, name: person.name })}>
                        {t('review.start')}
                      </Button>
                    )}
                  </Group>
                </Paper>
              ))
            )}
            {review.totalCount > PAGE && (
              <Group justify="space-between" gap="sm">
                <Text size="sm" c="gray.7">
                  {t('review.page', { from: offset + 1, to: offset + review.people.length, total: review.totalCount })}
                </Text>
                <Group gap="xs">
                  <Button size="xs" variant="default" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                    {t('review.previous')}
                  </Button>
                  <Button size="xs" variant="default" disabled={offset + PAGE >= review.totalCount} onClick={() => setOffset(offset + PAGE)}>
                    {t('review.next')}
                  </Button>
                </Group>
              </Group>
            )}
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
