import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EXPORT_FORMATS, EXPORT_KINDS, EXPORT_STATUSES, type ExportFormat, type ExportKind, type ExportStatus } from './jobs/job-store.js';
import { EXPORT_LANGUAGES, type ExportLanguage } from './report-document.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ExportKindEnum = enumOf(EXPORT_KINDS);
export const ExportFormatEnum = enumOf(EXPORT_FORMATS);
export const ExportStatusEnum = enumOf(EXPORT_STATUSES);
export const ExportLanguageEnum = enumOf(EXPORT_LANGUAGES);

registerEnumType(ExportKindEnum, { name: 'ExportKind', description: 'What an export is of' });
registerEnumType(ExportFormatEnum, { name: 'ExportFormat', description: 'CSV (UTF-8 with BOM), XLSX (numbers as numbers) or PDF (A4, tables and charts)' });
registerEnumType(ExportStatusEnum, { name: 'ExportStatus' });
registerEnumType(ExportLanguageEnum, { name: 'ExportLanguage', description: 'The language the file is written in' });

@ObjectType('ExportJob', { description: 'An export running in the background; its file is kept for 15 minutes after it ends (docs/exports.md)' })
export class ExportJobType {
  @Field(() => ID) id!: string;
  @Field(() => ExportKindEnum) kind!: ExportKind;
  @Field(() => ExportFormatEnum) format!: ExportFormat;
  @Field(() => ExportStatusEnum) status!: ExportStatus;
  @Field(() => Int, { description: '0..100' }) progress!: number;
  @Field({ description: 'The name the file downloads as (GET /api/exports/:id/file once DONE)' }) fileName!: string;
  @Field(() => String, { nullable: true, description: 'Why the job FAILED' }) error!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

export type { ExportLanguage };
