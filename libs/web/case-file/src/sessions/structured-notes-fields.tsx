import { Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionDraft } from './session-draft';

type StructuredField = 'hopes' | 'resources' | 'usefulExperience' | 'nextStep';
const structuredFields: readonly StructuredField[] = ['hopes', 'resources', 'usefulExperience', 'nextStep'];

interface StructuredNotesFieldsProps {
  draft: SessionDraft;
  onChange(field: StructuredField, value: string): void;
  errorOf(field: StructuredField): string | undefined;
}

/** The solution-focused (LØFT) parts of a session: hopes, resources, useful experience, next step. */
export function StructuredNotesFields({ draft, onChange, errorOf }: StructuredNotesFieldsProps) {
  const { t } = useTranslation('case-file');
  return (
    <Stack gap="sm">
      {structuredFields.map((field) => (
        <Textarea
          key={field}
          name={field}
          label={t(`sessions.fields.${field}`)}
          autosize
          minRows={1}
          value={draft[field]}
          onChange={(event) => onChange(field, event.currentTarget.value)}
          error={errorOf(field)}
        />
      ))}
    </Stack>
  );
}
