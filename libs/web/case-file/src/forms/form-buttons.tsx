import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Cancel and the form's submit button, right-aligned; on a phone they stay side by side. */
export function FormButtons({ submitLabel, saving, onCancel }: { submitLabel: string; saving: boolean; onCancel(): void }) {
  const { t } = useTranslation('case-file');
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel}>
        {t('forms.cancel')}
      </Button>
      <Button type="submit" loading={saving}>
        {submitLabel}
      </Button>
    </Group>
  );
}
