import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { DateScalar } from '@bridgeway/api-common';
import { ExportFormatEnum, ExportKindEnum, ExportLanguageEnum } from '../export-job.type.js';
import { EXPORT_FORMATS, EXPORT_KINDS, type ExportFormat, type ExportKind } from '../jobs/job-store.js';
import { EXPORT_LANGUAGES, type ExportLanguage } from '../report-document.js';

@InputType({ description: 'consortiumId for CONSORTIUM_OVERVIEW, planId for PROGRESS_REPORT' })
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

  @Field(() => DateScalar, { description: 'First day of the period (included)' })
  @IsString()
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the period (included)' })
  @IsString()
  to!: string;

  @Field(() => ExportLanguageEnum)
  @IsIn(EXPORT_LANGUAGES)
  language!: ExportLanguage;
}
