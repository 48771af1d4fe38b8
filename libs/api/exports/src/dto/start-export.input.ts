import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { DateScalar } from '@bridgeway/api-common';
import { DataSubjectKind } from '@bridgeway/api-privacy';
import { ExportFormatEnum, ExportKindEnum, ExportLanguageEnum } from '../export-job.type.js';
import { EXPORT_FORMATS, EXPORT_KINDS, type ExportFormat, type ExportKind } from '../jobs/job-store.js';
import { EXPORT_LANGUAGES, type ExportLanguage } from '../report-document.js';

@InputType({ description: 'consortiumId for CONSORTIUM_OVERVIEW, planId for PROGRESS_REPORT, subjectKind and subjectId for PERSONAL_DATA' })
export class StartExportInput {
  @Field(() => ExportKindEnum)
  @IsIn(EXPORT_KINDS)
  kind!: ExportKind;

  @Field(() => ExportFormatEnum)
  @IsIn(EXPORT_FORMATS)
  format!: ExportFormat;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a consortium id' })
  consortiumId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a plan id' })
  planId?: string | null;

  @Field(() => ID, { nullable: true, description: 'PERSONAL_DATA: the resident, relative or member whose data is exported' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not the id of a person' })
  subjectId?: string | null;

  @Field(() => DataSubjectKind, { nullable: true, description: 'PERSONAL_DATA: what kind of person subjectId is' })
  @IsOptional()
  @IsEnum(DataSubjectKind, { message: 'Choose a resident, a relative or a member' })
  subjectKind?: DataSubjectKind | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the period (included); required except for PERSONAL_DATA' })
  @IsOptional()
  @IsString()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the period (included); required except for PERSONAL_DATA' })
  @IsOptional()
  @IsString()
  to?: string | null;

  @Field(() => ExportLanguageEnum)
  @IsIn(EXPORT_LANGUAGES)
  language!: ExportLanguage;
}
