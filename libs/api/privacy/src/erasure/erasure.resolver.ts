import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { PAGE_SIZES, firstArg, pageSize } from '@bridgeway/api-query-limits';
import { Role } from '@bridgeway/shared-domain';
import { ErasureRequestsService } from './erasure-requests.service.js';
import { ErasureRequestPageType, ErasureRequestType, RetentionPolicyType, RetentionReviewType } from './erasure.types.js';
import { DecideErasureRequestInput, ErasureRequestsArgs, RecordErasureRequestInput, RefuseErasureRequestInput, RetentionReviewArgs, SetRetentionPolicyInput } from './dto/erasure.inputs.js';

/** Art. 17 erasure requests, the retention period and the retention review: managers only (docs/privacy-erasure.md). */
@Resolver()
export class ErasureResolver {
  constructor(private readonly service: ErasureRequestsService) {}

  @Roles(Role.MANAGER)
  @Query(() => ErasureRequestPageType, { description: "The organisation's erasure requests, pending first, then newest first (each names its person: audited as a READ)" })
  erasureRequests(@Args() args: ErasureRequestsArgs, @Args(firstArg(PAGE_SIZES.erasureRequests, 'requests')) first?: number | null): Promise<ErasureRequestPageType> {
    return this.service.list(args.status, pageSize(first, PAGE_SIZES.erasureRequests), args.offset);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => ErasureRequestType, { description: 'Records a request; NOT_FOUND for an unknown person, CONFLICT when one is pending or the person is already erased' })
  recordErasureRequest(@Args('input') input: RecordErasureRequestInput): Promise<ErasureRequestType> {
    return this.service.record(input);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => ErasureRequestType, {
    description: "Anonymises the person's data, marks the request carried out and audits it (one transaction). CONFLICT RETENTION_PERIOD_RUNNING while the retention period runs (nothing changed); CONFLICT when already decided or expectedVersion is stale",
  })
  carryOutErasureRequest(@Args('input') input: DecideErasureRequestInput): Promise<ErasureRequestType> {
    return this.service.carryOut(input);
  }

  @Roles(Role.MANAGER)
  @Mutation(() => ErasureRequestType, { description: 'Refuses the request with a reason; nothing of the person changes. CONFLICT when already decided or expectedVersion is stale' })
  refuseErasureRequest(@Args('input') input: RefuseErasureRequestInput): Promise<ErasureRequestType> {
    return this.service.refuse(input);
  }

  @Roles(Role.MANAGER)
  @Query(() => RetentionPolicyType, { description: "The organisation's retention period (the default while none is set)" })
  retentionPolicy(): Promise<RetentionPolicyType> {
    return this.service.policy();
  }

  @Roles(Role.MANAGER)
  @Mutation(() => RetentionPolicyType, { description: 'Sets the retention period (audited); CONFLICT when expectedVersion is stale' })
  setRetentionPolicy(@Args('input') input: SetRetentionPolicyInput): Promise<RetentionPolicyType> {
    return this.service.setPolicy(input);
  }

  @Roles(Role.MANAGER)
  @Query(() => RetentionReviewType, { description: 'Residents and relatives whose latest activity is older than the retention period, longest inactive first; erased people left out (each listed person audited as a READ)' })
  retentionReview(@Args() args: RetentionReviewArgs, @Args(firstArg(PAGE_SIZES.retentionReview, 'people')) first?: number | null): Promise<RetentionReviewType> {
    return this.service.review(pageSize(first, PAGE_SIZES.retentionReview), args.offset);
  }
}
