import { Button, Group, List, Text } from '@mantine/core';
import { Role } from '@bridgeway/shared-domain';
import { useSession } from '@bridgeway/web-auth';
import { FormDialog, SectionCard } from '@bridgeway/web-components';
import { PersonalDataExportDialog } from '@bridgeway/web-exports';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileRelativeLink } from '../case-file-types';
import { useResidentId } from '../forms/use-resident-id';
import { AddRelativeForm, EditRelativeForm, LinkRelativeForm } from './relative-forms';

type Dialog = { kind: 'add' } | { kind: 'link' } | { kind: 'edit'; relativeId: string; name: string } | null;

/** Family members and close people linked to the resident; add a new one, link one already recorded, or edit one. */
export function RelativesList({ relatives }: { relatives: readonly CaseFileRelativeLink[] }) {
  const { t } = useTranslation(['case-file', 'exports']);
  const residentId = useResidentId();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // Managers may export a relative's personal data (GDPR art. 15).
  const isManager = useSession().user?.role === Role.MANAGER;
  const [exporting, setExporting] = useState<{ relativeId: string; name: string } | null>(null);
  const close = () => setDialog(null);
  const done = (message: string) => {
    setDialog(null);
    setSaved(message);
  };
  const title =
    dialog?.kind === 'add'
      ? t('forms.relatives.addTitle')
      : dialog?.kind === 'link'
        ? t('forms.relatives.linkTitle')
        : dialog?.kind === 'edit'
          ? t('forms.relatives.editTitle', { name: dialog.name })
          : '';
  return (
    <SectionCard
      title={t('relatives.title')}
      actions={
        <Group gap="xs">
          <Button size="xs" onClick={() => setDialog({ kind: 'add' })}>
            {t('forms.relatives.add')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setDialog({ kind: 'link' })}>
            {t('forms.relatives.link')}
          </Button>
        </Group>
      }
    >
      <Text role="status" size="sm" c="teal.9" mb={saved ? 'sm' : 0}>
        {saved ?? ''}
      </Text>
      {relatives.length === 0 ? (
        <Text c="gray.7">{t('relatives.empty')}</Text>
      ) : (
        <List spacing={4}>
          {relatives.map((link) => {
            const name = `${link.relative.firstName} ${link.relative.lastName}`;
            return (
              <List.Item key={link.relative.id}>
                <Group gap="xs" wrap="wrap">
                  <Text span fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {name}
                  </Text>
                  <Text span c="gray.7">
                    ({t(`relationship.${link.relationship}`)})
                  </Text>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    aria-label={t('forms.relatives.editLabel', { name })}
                    onClick={() => setDialog({ kind: 'edit', relativeId: link.relative.id, name })}
                  >
                    {t('forms.relatives.edit')}
                  </Button>
                  {isManager && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={t('exports:personalData.actionFor', { name })}
                      onClick={() => setExporting({ relativeId: link.relative.id, name })}
                    >
                      {t('exports:personalData.action')}
                    </Button>
                  )}
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
      <FormDialog opened={dialog !== null} onClose={close} title={title}>
        {dialog?.kind === 'add' && <AddRelativeForm residentId={residentId} onSaved={done} onCancel={close} />}
        {dialog?.kind === 'link' && <LinkRelativeForm residentId={residentId} onSaved={done} onCancel={close} />}
        {dialog?.kind === 'edit' && <EditRelativeForm relativeId={dialog.relativeId} onSaved={done} onCancel={close} />}
      </FormDialog>
      {isManager && (
        <PersonalDataExportDialog
          opened={exporting !== null}
          onClose={() => setExporting(null)}
          subjectKind="RELATIVE"
          subjectId={exporting?.relativeId ?? ''}
          name={exporting?.name ?? ''}
        />
      )}
    </SectionCard>
  );
}
