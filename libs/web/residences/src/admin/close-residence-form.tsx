import { useMutation } from '@apollo/client/react';
import { ResidenceCloseDocument } from '@bridgeway/web-graphql';
import { useTranslation } from 'react-i18next';
import type { BoardResidence } from '../residence-types';
import { DatedActionForm } from './dated-action-form';

/** Closes a residence nobody lives in any more; while people live there the API refuses (CONFLICT), said in the form. */
export function CloseResidenceForm({ residence, onSaved, onCancel }: { residence: BoardResidence; onSaved(): void; onCancel(): void }) {
  const { t } = useTranslation('residences');
  const [close, { loading }] = useMutation(ResidenceCloseDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  return (
    <DatedActionForm
      explanation={t(residence.occupancy > 0 ? 'closeResidence.occupied' : 'closeResidence.explanation', { count: residence.occupancy, name: residence.name })}
      dateLabel={t('closeResidence.closedOn')}
      submitLabel={t('closeResidence.submit')}
      dateField="closedOn"
      saving={loading}
      onSubmit={(closedOn) => close({ variables: { id: residence.id, closedOn } })}
      onDone={onSaved}
      onCancel={onCancel}
    />
  );
}
