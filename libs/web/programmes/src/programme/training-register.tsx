import { Button, Table, VisuallyHidden } from '@mantine/core';
import type { EnrolmentRowFragment } from '@bridgeway/web-graphql';
import { FormDialog, useFormatters } from '@bridgeway/web-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EnrolmentForm } from './enrolment-form';
import { ParticipantName } from './participant-name';

/** The training register: who enrolled when, completed or not, and the hours credited. */
export function TrainingRegister({
  enrolments,
  editable,
}: {
  enrolments: readonly EnrolmentRowFragment[];
  editable: boolean;
}) {
  const { t } = useTranslation('programmes');
  const format = useFormatters();
  const [editing, setEditing] = useState<EnrolmentRowFragment | null>(null);
  const completed = enrolments.filter((enrolment) => enrolment.status === 'COMPLETED').length;
  return (
    <>
      <Table.ScrollContainer minWidth={420} type="native">
        <Table striped captionSide="top" verticalSpacing="xs">
          <Table.Caption>{t('register.caption', { completed, count: enrolments.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('register.participant')}</Table.Th>
              <Table.Th scope="col">{t('register.status')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('register.hours')}
              </Table.Th>
              {editable && (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('register.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {enrolments.map((enrolment) => (
              <Table.Tr key={enrolment.id} data-testid="register-row">
                <Table.Td>
                  <ParticipantName participant={enrolment.participant} caseWorker={editable} />
                </Table.Td>
                <Table.Td>
                  {t(`enrolmentStatus.${enrolment.status}`)}
                  {enrolment.completedOn && ` (${format.date(enrolment.completedOn)})`}
                </Table.Td>
                <Table.Td ta="right">{enrolment.hours === null ? '—' : format.number(enrolment.hours)}</Table.Td>
                {editable && (
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setEditing(enrolment)}
                      aria-label={t('register.editOf', { name: enrolment.participant.displayName })}
                    >
                      {t('register.edit')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <FormDialog
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t('register.editTitle', { name: editing.participant.displayName }) : ''}
      >
        {editing && <EnrolmentForm enrolment={editing} onDone={() => setEditing(null)} />}
      </FormDialog>
    </>
  );
}
