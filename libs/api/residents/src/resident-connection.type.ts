import { Field, ObjectType } from '@nestjs/graphql';
import type { ResidentStatus } from '@bridgeway/shared-domain';
import { ResidentType } from './resident.type.js';

@ObjectType('PageInfo')
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('ResidentEdge')
export class ResidentEdge {
  @Field({ description: 'Opaque; pass as `after` to continue after this resident' }) cursor!: string;
  @Field(() => ResidentType) node!: ResidentType;
}

/** What a residents list is filtered by (not the cursor). */
export interface ResidentFilter {
  search?: string;
  status?: ResidentStatus;
  keyWorkerId?: string;
}

/** `totalCount` is read with the page when asked for; otherwise (an empty page) resolved from `filter`. */
@ObjectType('ResidentConnection')
export class ResidentConnection {
  @Field(() => [ResidentEdge]) edges!: ResidentEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  filter!: ResidentFilter;
  totalCount?: number;
}
