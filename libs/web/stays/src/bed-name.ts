import type { TFunction } from 'i18next';

/**
 * "Room 2 · bed A" for bare numbers and letters; room and bed names that are
 * already words ("Soba 1", "Postelja 2") are shown as they are.
 */
export function bedName(bed: { room: string; label: string }, t: TFunction): string {
  const short = (value: string) => /^\p{N}{1,3}\p{L}?$|^\p{L}$/u.test(value);
  const room = short(bed.room) ? `${t('stays.room')} ${bed.room}` : bed.room;
  const label = short(bed.label) ? `${t('stays.bedWord')} ${bed.label}` : bed.label;
  return `${room} · ${label}`;
}
