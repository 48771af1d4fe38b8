import { useMutation } from '@apollo/client/react';
import { ResidenceRetireBedDocument } from '@bridgeway/web-graphql';
import { useTranslation } from 'react-i18next';
import { DatedActionForm } from './dated-action-form';

/** Takes a free bed out of use from a day on; it no longer counts towards capacity. */
export function RetireBedForm({ bedId, bedTitle, onSaved, onCancel }: { bedId: string; bedTitle: string; onSaved(): void; onCancel(): void }) {
  const { t } = useTranslation('residences');
  const [retire, { loading }] = useMutation(ResidenceRetireBedDocument, { refetchQueries: 'active', awaitRefetchQueries: true });
  return (
    <DatedActionForm
      explanation={t('retireBed.explanation', { bed: bedTitle })}
      dateLabel={t('retireBed.retiredOn')}
      submitLabel={t('retireBed.submit')}
      dateField="retiredOn"
      saving={loading}
      onSubmit={(retiredOn) => retire({ variables: { input: { bedId, retiredOn } } })}
      onDone={onSaved}
      onCancel={onCancel}
    />
  );
}
