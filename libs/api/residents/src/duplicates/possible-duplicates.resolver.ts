import { Args, Query, Resolver } from '@nestjs/graphql';
import { DateScalar, Roles } from '@bridgeway/api-common';
import { CASE_WORKER_ROLES } from '@bridgeway/shared-domain';
import { PossibleDuplicateType } from './possible-duplicate.type.js';
import { MAX_DUPLICATES, PossibleDuplicatesService } from './possible-duplicates.service.js';

@Resolver(() => PossibleDuplicateType)
export class PossibleDuplicatesResolver {
  constructor(private readonly service: PossibleDuplicatesService) {}

  @Roles(...CASE_WORKER_ROLES)
  @Query(() => [PossibleDuplicateType], {
    description: `Residents of your organisation with this first and last name (any case) and date of birth, at most ${MAX_DUPLICATES}, id and name only: a warning before createResident (audited as a read of each)`,
  })
  possibleDuplicates(
    @Args('firstName') firstName: string,
    @Args('lastName') lastName: string,
    @Args('dateOfBirth', { type: () => DateScalar }) dateOfBirth: string,
  ): Promise<PossibleDuplicateType[]> {
    return this.service.find(firstName, lastName, dateOfBirth);
  }
}
