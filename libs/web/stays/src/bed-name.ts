import { useTranslation } from 'react-i18next';

export type BedNamer = (bed: { room: string; label: string }) => string;

/**
 * Names beds in the UI language: "Room 2 · bed A" for bare numbers and letters;
 * room and bed names that are already words ("Soba 1", "Postelja 2") are shown as they are.
 */
export function useBedName(): BedNamer {
  const { t } = useTranslation('stays');
  const short = (value: string) => /^\p{N}{1,3}\p{L}?$|^\p{L}$/u.test(value);
  return (bed) => {
    const room = short(bed.room) ? `${t('room')} ${bed.room}` : bed.room;
    const label = short(bed.label) ? `${t('bedWord')} ${bed.label}` : bed.label;
    return `${room} · ${label}`;
  };
}
