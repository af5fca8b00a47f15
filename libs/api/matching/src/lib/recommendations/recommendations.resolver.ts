import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AuthenticatedAccount, Authorize, CurrentAccount } from '@wild/api/auth';
import { Args, ConnectionShape, GraphQLContext } from '@wild/api/core';
import { OfficeEntity, OfficeModel, OfficesService } from '@wild/api/offices';

import {
  RecommendationConnection,
  RecommendationModel,
  RecommendationsArgs,
} from './recommendation.models';
import { RecommendationNode, RecommendationsService } from './recommendations.service';

@Resolver(() => RecommendationModel)
export class RecommendationsResolver {
  constructor(
    private readonly service: RecommendationsService,
    private readonly offices: OfficesService,
  ) {}

  @Authorize()
  @Query(() => RecommendationConnection, {
    description:
      'Candidate offices for an office, best first, each with its score, a summary and its reasons (docs/matching.md): MENTOR and PEER in a `dimension`, STANDARD_BUDDY for a `standard`. For members of that office, brokers and admins.',
  })
  recommendations(
    @Args() args: RecommendationsArgs,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<RecommendationNode>> {
    return this.service.recommend(caller, args, context.languages);
  }

  /** From the candidate model's copy: no statement once an office was shown at this version. */
  @ResolveField(() => OfficeModel)
  async office(
    @Parent() recommendation: RecommendationNode,
    @Context() context: GraphQLContext,
  ): Promise<OfficeEntity | null> {
    return (
      recommendation.office ?? this.offices.loader(context.loaders).load(recommendation.officeCode)
    );
  }
}
