import { useFormatters } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';

/**
 * The consortium's small-cell threshold is not in the API: the API hides (null) people counts
 * below it; we name its default. A consortium with another threshold would need it in the contract.
 */
export const defaultSmallCellThreshold = 5;

/** A people count as shown: the number, or "fewer than 5" when the API suppressed it (null). */
export function useCountText(): (count: number | null) => string {
  const { t } = useTranslation('consortium');
  const format = useFormatters();
  return (count) => (count === null ? t('fewerThan', { threshold: defaultSmallCellThreshold }) : format.number(count));
}
