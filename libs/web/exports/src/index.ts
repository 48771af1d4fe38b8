// A reusable component, no pages of its own: the pages that offer exports load the 'exports' namespace.
export { ExportButtons, ExportSection, EXPORT_POLL_MS, type ExportButtonsProps } from './export-buttons';
export { PersonalDataExport, PersonalDataExportDialog, type PersonalDataExportProps } from './personal-data-export';
