import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseloadRow } from '../caseload-row';
import { attentionItems, type AttentionReason } from './needs-attention';

interface NeedsAttentionCardProps {
  rows: readonly CaseloadRow[];
  today: string;
  threshold: number;
}

/** "Needs attention today" where a counsellor starts: each resident with why, linking to the case file. */
export function NeedsAttentionCard({ rows, today, threshold }: NeedsAttentionCardProps) {
  const { t } = useTranslation('caseload');
  const items = useMemo(() => attentionItems(rows, today, threshold), [rows, today, threshold]);
  const reasonText = (reason: AttentionReason) => {
    switch (reason.kind) {
      case 'noContactEver':
        return t('needsAttention.noContactEver');
      case 'noContact':
        return t('needsAttention.noContact', { count: reason.days });
      case 'overdueGoals':
        return t('needsAttention.overdueGoals', { count: reason.count });
      case 'barc10Never':
        return t('needsAttention.barc10Never');
      case 'barc10Due':
        return t('needsAttention.barc10Due', { count: reason.days });
    }
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="attention-heading">
      <Title order={2} size="h3" id="attention-heading" mb="xs">
        {t('needsAttention.heading')}
      </Title>
      <Text size="sm" c="gray.7" mb="sm">
        {t('needsAttention.description', { count: threshold })}
      </Text>
      {items.length === 0 ? (
        <Text role="status">{t('needsAttention.none')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <li key={item.id} data-testid="attention-item">
              <Anchor component={Link} to={`/residents/${item.id}`} fw={600}>
                {item.name}
              </Anchor>
              <Group gap={6} mt={4}>
                {item.reasons.map((reason) => (
                  <Badge key={reason.kind} variant="outline" color="red.9" style={{ textTransform: 'none' }}>
                    {reasonText(reason)}
                  </Badge>
                ))}
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}
