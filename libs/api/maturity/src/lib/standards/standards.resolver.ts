import { Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { AuthenticatedAccount, Authorize, CurrentAccount } from '@wild/api/auth';
import { Args, GraphQLContext, Meta, RequestMeta } from '@wild/api/core';
import { OfficeModel } from '@wild/api/offices';
import { Role } from '@wild/shared/domain';

import { SetStandardAdoptionInput, StandardAdoptionModel } from './standard-adoption.graphql';
import { StandardsService } from './standards.service';

@Resolver(() => StandardAdoptionModel)
export class StandardsResolver {
  constructor(private readonly standards: StandardsService) {}

  @Authorize(Role.OFFICE_ADMIN, Role.BROKER)
  @Mutation(() => StandardAdoptionModel, {
    description:
      'Records an office’s adoption of a WIPO standard (its office admins, brokers, admins).',
  })
  setStandardAdoption(
    @Args('input') input: SetStandardAdoptionInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ) {
    return this.standards.set(caller, input, meta);
  }
}

/** `office.standards`. */
@Resolver(() => OfficeModel)
export class OfficeStandardsResolver {
  constructor(private readonly standardsService: StandardsService) {}

  @ResolveField(() => [StandardAdoptionModel], {
    description: 'WIPO standards the office reported on, by code.',
  })
  standards(@Parent() office: OfficeModel, @Context() context: GraphQLContext) {
    return this.standardsService.byOfficeLoader(context.loaders).load(office.code);
  }
}
