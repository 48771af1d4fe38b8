import { useValidationMessage } from '@bridgeway/web-components';
import { useTranslation } from 'react-i18next';
import { isOwnCode, residenceLimits, type ResidenceCode } from './residence-limits';

/** The message for a code of the residence forms: the shared ones from components, the own ones from this library. */
export function useResidenceMessage(): (code: ResidenceCode | undefined, max?: number) => string | undefined {
  const { t } = useTranslation('residences');
  const validationMessage = useValidationMessage();
  return (code, max) => {
    if (!isOwnCode(code)) return validationMessage(code, { max });
    return t(`validation.${code}`, { max: max ?? (code === 'capacityRange' ? residenceLimits.capacity : residenceLimits.bedsPerRoom) });
  };
}
