import { Select, Stack, Text } from '@mantine/core';
import { FormDialog } from '@bridgeway/web-components';
import type { DataSubjectKind, ExportLanguage } from '@bridgeway/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from './export-buttons';

const LANGUAGES: readonly ExportLanguage[] = ['en', 'nb', 'sl'];

export interface PersonalDataExportProps {
  subjectKind: DataSubjectKind;
  subjectId: string;
  /** The person's name, for the dialog's title. */
  name: string;
}

/**
 * A person's data (GDPR art. 15: right of access) as a readable PDF or as JSON, in the language the
 * manager picks (the person's own). The server refuses anyone but a manager; the pages show it to managers only.
 */
export function PersonalDataExport({ subjectKind, subjectId }: Omit<PersonalDataExportProps, 'name'>) {
  const { t, i18n } = useTranslation('exports');
  const [language, setLanguage] = useState<ExportLanguage>(() => LANGUAGES.find((l) => l === i18n.resolvedLanguage) ?? 'en');
  return (
    <Stack gap="md">
      <Text size="sm">{t('personalData.description')}</Text>
      <Select
        label={t('personalData.language')}
        description={t('personalData.languageHint')}
        data={LANGUAGES.map((value) => ({ value, label: t(`personalData.languages.${value}`) }))}
        value={language}
        onChange={(value) => setLanguage(LANGUAGES.find((l) => l === value) ?? language)}
        allowDeselect={false}
      />
      <ExportButtons kind="PERSONAL_DATA" subjectKind={subjectKind} subjectId={subjectId} language={language} formats={['PDF', 'JSON']} description={t('personalData.formats')} />
    </Stack>
  );
}

/** The export in a dialog, opened from a person's page ("Export personal data"). */
export function PersonalDataExportDialog({ opened, onClose, name, ...subject }: PersonalDataExportProps & { opened: boolean; onClose(): void }) {
  const { t } = useTranslation('exports');
  return (
    <FormDialog opened={opened} onClose={onClose} title={t('personalData.title', { name })}>
      {opened && <PersonalDataExport {...subject} />}
    </FormDialog>
  );
}
