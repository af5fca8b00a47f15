import { Context, Query, Resolver } from '@nestjs/graphql';

import { AuthenticatedAccount, Authorize, CurrentAccount } from '@wild/api/auth';
import { Args, ConnectionShape, GraphQLContext } from '@wild/api/core';

import { ExpertConnection, ExpertsArgs, ExpertSuggestionModel } from './expert.models';
import { ExpertNode, ExpertsService } from './experts.service';

@Resolver(() => ExpertSuggestionModel)
export class ExpertsResolver {
  constructor(private readonly service: ExpertsService) {}

  @Authorize()
  @Query(() => ExpertConnection, {
    description:
      'Members with expertise in an `area`, best first, each with its score, a summary and its reasons (docs/matching.md, “Experts”): their level in the area, availability to mentor, languages shared with the office (`officeCode`, by default the caller’s) and time-zone distance. Hidden profiles only for those who may see them; never the caller. For every signed-in member.',
  })
  experts(
    @Args() args: ExpertsArgs,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<ExpertNode>> {
    return this.service.suggest(caller, args, context);
  }
}
