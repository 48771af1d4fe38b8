import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useFormatters } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import type { GoalProgressValues, GoalConflict } from './use-save-goal-progress';

interface GoalConflictAlertProps {
  conflict: GoalConflict | null;
  mine: GoalProgressValues;
  saving: boolean;
  onSaveMine(): void;
  onUseTheirs(): void;
}

/** "Someone else changed this goal": their values next to mine, and the choice what to keep. */
export function GoalConflictAlert({ conflict, mine, saving, onSaveMine, onUseTheirs }: GoalConflictAlertProps) {
  const { t } = useTranslation('case-file');
  const format = useFormatters();
  return (
    <Alert color="orange" variant="light" role="alert" title={t('goals.conflict.title')}>
      <Text size="sm">{t('goals.conflict.body')}</Text>
      {conflict && (
        <>
          {conflict.changedBy && (
            <Text size="sm" mt="xs">
              {conflict.changedAt
                ? t('goals.conflict.changedByAt', {
                    name: conflict.changedBy,
                    when: format.dateTime(conflict.changedAt),
                  })
                : t('goals.conflict.changedBy', { name: conflict.changedBy })}
            </Text>
          )}
          <List size="sm" mt="xs" spacing={2}>
            <List.Item data-testid="goal-conflict-theirs">
              {t('goals.conflict.theirs', {
                progress: format.percent(conflict.progress),
                status: t(`goalStatus.${conflict.status}`),
              })}
            </List.Item>
            <List.Item>
              {t('goals.conflict.mine', {
                progress: format.percent(mine.progress),
                status: t(`goalStatus.${mine.status}`),
              })}
            </List.Item>
          </List>
        </>
      )}
      <Group mt="sm" gap="sm">
        <Button size="xs" onClick={onSaveMine} loading={saving} disabled={!conflict}>
          {t('goals.conflict.saveMine')}
        </Button>
        <Button size="xs" variant="default" onClick={onUseTheirs}>
          {t('goals.conflict.useTheirs')}
        </Button>
      </Group>
    </Alert>
  );
}
