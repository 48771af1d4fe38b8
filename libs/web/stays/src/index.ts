// Admission and discharge forms, shared by the case file and the residences
// board. Imported only by those lazily loaded pages.
export { useBedName, type BedNamer } from './bed-name';
export { AdmitForm, type AdmitFormProps } from './admit/admit-form';
export { DischargeForm, type DischargeFormProps } from './discharge/discharge-form';
export { validateAdmission, type AdmitDraft, type AdmitErrors } from './admit/admit-validation';
export {
  validateDischarge,
  dischargeReasons,
  type DischargeDraft,
  type DischargeErrors,
} from './discharge/discharge-validation';
