import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { Role } from '@bridgeway/shared-domain';
import { ProgrammeFiguresType } from './programme-figures.type.js';
import { ProgrammeFiguresService } from './programme-figures.service.js';
import { ProgrammeFiguresArgs } from './dto/programmes.args.js';

@Resolver(() => ProgrammeFiguresType)
export class ProgrammeFiguresResolver {
  constructor(private readonly service: ProgrammeFiguresService) {}

  @Roles(Role.MANAGER)
  @Query(() => ProgrammeFiguresType, { description: 'Programme figures of a period (days of the organisation), optionally of one department' })
  programmeFigures(@Args() args: ProgrammeFiguresArgs): Promise<ProgrammeFiguresType> {
    return this.service.figures(args);
  }
}
