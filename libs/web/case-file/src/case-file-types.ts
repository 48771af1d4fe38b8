import type { ResidentCaseFileQuery } from '@bridgeway/web-graphql';

/** The resident as the case-file query returns it. */
export type CaseFileResident = NonNullable<ResidentCaseFileQuery['resident']>;
export type CaseFileStay = CaseFileResident['stays'][number];
export type CaseFileAssessment = CaseFileResident['assessments'][number];
export type CaseFileRelativeLink = CaseFileResident['relatives'][number];
