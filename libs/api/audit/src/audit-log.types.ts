import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { DateScalar } from '@bridgeway/api-common';
import { AUDIT_ACTIONS } from '@bridgeway/shared-domain';
import { AuditEntryType } from './audit-entry.type.js';

/** Largest page of the organisation's audit log. */
export const AUDIT_LOG_MAX_PAGE = 100;
/** Largest CSV export of the log (synchronous download: bounded, never a job). */
export const AUDIT_LOG_MAX_CSV_ROWS = 10_000;

/** The filters of the organisation's audit log (all optional, combined with AND). */
@ArgsType()
export class AuditLogFilterArgs {
  @Field(() => ID, { nullable: true, description: 'The staff member who acted' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a staff member id' })
  userId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person the entry concerns: a resident (any part of their record), a relative or a member' })
  @IsOptional()
  @IsUUID('all', { message: 'This is not a person id' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'A record id: the record itself, or a session whose notes the entry disclosed' })
  @IsOptional()
  @IsString()
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'READ, CREATE, UPDATE, …' })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS as unknown as string[], { message: 'Unknown action' })
  action?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'From this day (included)' })
  @IsOptional()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'To this day (included)' })
  @IsOptional()
  to?: string | null;
}

@ArgsType()
export class AuditLogPageArgs extends AuditLogFilterArgs {
  @Field(() => Int, { defaultValue: 50, description: `At most ${AUDIT_LOG_MAX_PAGE}` })
  @IsInt()
  @Min(1, { message: `Ask for 1 to ${AUDIT_LOG_MAX_PAGE} entries` })
  @Max(AUDIT_LOG_MAX_PAGE, { message: `Ask for 1 to ${AUDIT_LOG_MAX_PAGE} entries` })
  first!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Entries to skip (newest first)' })
  @IsInt()
  @Min(0, { message: 'Skip 0 or more entries' })
  offset!: number;
}

/** A page of the organisation's audit log, newest first: one entry per record and request. */
@ObjectType('AuditLogPage')
export class AuditLogPageType {
  @Field(() => Int) totalCount!: number;
  @Field(() => [AuditEntryType]) entries!: AuditEntryType[];
  @Field() hasNextPage!: boolean;
}

/** The filtered log as a CSV file (UTF-8 with BOM, CRLF lines). */
@ObjectType('AuditLogCsv')
export class AuditLogCsvType {
  @Field() filename!: string;
  @Field() content!: string;
  @Field(() => Int) rowCount!: number;
  @Field({ description: `True when the filter matched more than ${AUDIT_LOG_MAX_CSV_ROWS} entries (the newest are in the file)` }) truncated!: boolean;
}
