import { Mutation, Query, Resolver } from '@nestjs/graphql';

import { AuthenticatedAccount, Authorize, CurrentAccount } from '@wild/api/auth';
import { Args, Meta, RequestMeta } from '@wild/api/core';
import { Role } from '@wild/shared/domain';

import { IntroductionEntity } from '../introductions/introduction.entity';
import { IntroductionModel } from '../models/brokering.models';
import {
  BrokeringDashboardArgs,
  PAIRS_MAX,
  ProposeIntroductionsInput,
} from './brokering-workspace.inputs';
import { BrokeringDashboardModel } from './brokering-workspace.models';
import { BrokeringWorkspaceService } from './brokering-workspace.service';

@Resolver()
export class BrokeringWorkspaceResolver {
  constructor(private readonly service: BrokeringWorkspaceService) {}

  @Authorize(Role.BROKER)
  @Mutation(() => [IntroductionModel], {
    description: `Proposes 1 to ${PAIRS_MAX} pairs at once (brokers, admins), each checked as proposeIntroduction checks one, in one transaction: all or none. A refused pair's error names it (extensions.pairIndex, or the field pairs.<index>.…). The introductions come in the pairs' order.`,
  })
  proposeIntroductions(
    @Args('input') input: ProposeIntroductionsInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ): Promise<IntroductionEntity[]> {
    return this.service.proposeMany(caller, input, meta);
  }

  @Authorize(Role.BROKER)
  @Query(() => BrokeringDashboardModel, {
    description:
      'Brokering’s figures over the period [from, to), at most 5 years (brokers, admins).',
  })
  brokeringDashboard(@Args() args: BrokeringDashboardArgs): Promise<BrokeringDashboardModel> {
    return this.service.dashboard(args);
  }
}
