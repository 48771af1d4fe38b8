import { Int, type ArgsOptions } from '@nestjs/graphql';
import { BadUserInputError } from '@bridgeway/api-common';

/** A list field's page: how many items without `first`, and the most `first` may ask for. */
export interface PageSize {
  default: number;
  max: number;
}

/** The cost estimate's page size for a `first` that is null (the resolvers use their own default). */
export const DEFAULT_PAGE_SIZE = 50;

/**
 * Page sizes of every list field that grows with a tenant's data. Defaults cover a normal
 * case file; maxima keep one request's work bounded (docs/api-limits.md).
 */
export const PAGE_SIZES = {
  residences: { default: 50, max: 200 },
  beds: { default: 100, max: 500 },
  counsellingSessions: { default: 50, max: 500 },
  goals: { default: 50, max: 200 },
  goalHistory: { default: 50, max: 500 },
  sessionRevisions: { default: 50, max: 200 },
  stays: { default: 50, max: 200 },
  residentRelatives: { default: 50, max: 200 },
  relativeResidents: { default: 50, max: 200 },
  assessments: { default: 50, max: 500 },
  programmes: { default: 50, max: 200 },
  meetings: { default: 20, max: 200 },
  meetingAttendance: { default: 100, max: 500 },
  enrolments: { default: 100, max: 500 },
  members: { default: 50, max: 200 },
  personAttendance: { default: 20, max: 200 },
  helplineContacts: { default: 50, max: 200 },
  griefFollowUps: { default: 50, max: 200 },
  plannedContacts: { default: 50, max: 200 },
  handouts: { default: 50, max: 200 },
  staff: { default: 100, max: 500 },
  strategicPlans: { default: 20, max: 100 },
  publishedReports: { default: 20, max: 200 },
  erasureRequests: { default: 50, max: 100 },
  retentionReview: { default: 50, max: 100 },
} as const satisfies Record<string, PageSize>;

/** The `first` argument of a paged list field: optional, with its default and maximum in the schema's description. */
export function firstArg(page: PageSize, items: string): ArgsOptions {
  return {
    name: 'first',
    type: () => Int,
    nullable: true,
    defaultValue: page.default,
    description: `How many ${items}: default ${page.default}, at most ${page.max}`,
  };
}

/** `first` checked against the page's range; null (sent explicitly) means the default. */
export function pageSize(first: number | null | undefined, page: PageSize): number {
  if (first == null) return page.default;
  if (!Number.isInteger(first) || first < 0 || first > page.max) {
    throw new BadUserInputError({ first: `Ask for 0 to ${page.max}` });
  }
  return first;
}
