import { Query, Resolver } from '@nestjs/graphql';

import { AuthenticatedAccount, Authorize, CurrentAccount } from '@wild/api/auth';
import { Args } from '@wild/api/core';
import { Role } from '@wild/shared/domain';

import { ASSIGNMENT_REQUESTS_MAX, AssignmentArgs } from './assignment.inputs';
import { AssignmentComparisonModel } from './assignment.models';
import { AssignmentService } from './assignment.service';

@Resolver()
export class AssignmentResolver {
  constructor(private readonly service: AssignmentService) {}

  @Authorize(Role.BROKER)
  @Query(() => AssignmentComparisonModel, {
    description: `Brokers and admins: the requests (ad hoc, or every OPEN one) given each one of its best candidates at most, no candidate beyond its remaining capacity, one pair per two offices at most — the greatest total score, and greedy beside it. More than ${ASSIGNMENT_REQUESTS_MAX} requests, or an office not in the network, is BAD_USER_INPUT before any work; TOO_MANY_REQUESTS while too many assignments wait to be solved (docs/brokering.md).`,
  })
  assignment(
    @Args() args: AssignmentArgs,
    @CurrentAccount() caller: AuthenticatedAccount,
  ): Promise<AssignmentComparisonModel> {
    return this.service.compare(caller, args);
  }
}
