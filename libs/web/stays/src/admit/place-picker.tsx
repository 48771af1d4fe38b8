import { NativeSelect, Stack } from '@mantine/core';
import type { AdmissionOptionsQuery } from '@bridgeway/web-graphql';
import { useTranslation } from 'react-i18next';
import { freeBedsOf, residencesWithRoom } from './admission-choices';
import { useBedName } from '../bed-name';

interface PlacePickerProps {
  residences: AdmissionOptionsQuery['residences'];
  residenceId: string;
  bedId: string;
  onChange(place: { residenceId: string; bedId: string }): void;
  errors: { residenceId?: string; bedId?: string };
}

/** Residence, then one of its free beds. */
export function PlacePicker({ residences, residenceId, bedId, onChange, errors }: PlacePickerProps) {
  const { t } = useTranslation('stays');
  const bedName = useBedName();
  const withRoom = residencesWithRoom(residences);
  const beds = freeBedsOf(residences.find((residence) => residence.id === residenceId));
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('admit.residence')}
        required
        withAsterisk
        value={residenceId}
        error={errors.residenceId}
        onChange={(event) => {
          const nextResidence = event.currentTarget.value;
          const firstBed = freeBedsOf(residences.find((residence) => residence.id === nextResidence))[0];
          onChange({ residenceId: nextResidence, bedId: firstBed?.id ?? '' });
        }}
      >
        <option value="">{t('admit.choose')}</option>
        {withRoom.map((residence) => (
          <option key={residence.id} value={residence.id}>
            {t('admit.residenceOption', { name: residence.name, count: residence.freeBeds })}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        label={t('admit.bed')}
        required
        withAsterisk
        disabled={!residenceId}
        value={bedId}
        error={errors.bedId}
        onChange={(event) => onChange({ residenceId, bedId: event.currentTarget.value })}
      >
        <option value="">{t('admit.choose')}</option>
        {beds.map((bed) => (
          <option key={bed.id} value={bed.id}>
            {bedName(bed)}
          </option>
        ))}
      </NativeSelect>
    </Stack>
  );
}
