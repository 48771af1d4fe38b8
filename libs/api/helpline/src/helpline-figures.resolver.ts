import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@bridgeway/api-common';
import { Role } from '@bridgeway/shared-domain';
import { HelplineFigures } from './helpline-figures.type.js';
import { HelplineFiguresService } from './helpline-figures.service.js';
import { HelplineFiguresArgs } from './dto/helpline-figures.args.js';

@Resolver(() => HelplineFigures)
export class HelplineFiguresResolver {
  constructor(private readonly service: HelplineFiguresService) {}

  @Roles(Role.MANAGER)
  @Query(() => HelplineFigures, { description: 'Helpline contacts, minutes and bereaved relatives followed up in a period; counts per month, channel and topic' })
  helplineFigures(@Args() args: HelplineFiguresArgs): Promise<HelplineFigures> {
    return this.service.figures(args);
  }
}
