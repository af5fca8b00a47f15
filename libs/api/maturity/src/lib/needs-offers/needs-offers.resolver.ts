import { Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AuthenticatedAccount, Authorize, CurrentAccount, viewerOf } from '@wild/api/auth';
import { Args, GraphQLContext, Meta, RequestMeta } from '@wild/api/core';
import { OfficeModel, OfficesService } from '@wild/api/offices';
import { Role } from '@wild/shared/domain';

import {
  NeedsOffersArgs,
  OfficeNeedConnection,
  OfficeNeedModel,
  OfficeOfferConnection,
  OfficeOfferModel,
  SetNeedsAndOffersInput,
} from './needs-offers.graphql';
import { NeedsOffersService } from './needs-offers.service';
import { OfficeNeedEntity, OfficeOfferEntity } from './office-need-offer.entity';

@Resolver(() => OfficeNeedModel)
export class NeedsResolver {
  constructor(
    private readonly needsOffers: NeedsOffersService,
    private readonly offices: OfficesService,
  ) {}

  @Authorize(Role.OFFICE_ADMIN, Role.BROKER)
  @Mutation(() => OfficeModel, {
    description:
      'Sets what an office seeks help with and can help with, per dimension (its office admins, brokers, admins).',
  })
  setNeedsAndOffers(
    @Args('input') input: SetNeedsAndOffersInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ) {
    return this.needsOffers.set(caller, input, meta);
  }

  @Authorize()
  @Query(() => OfficeNeedConnection, {
    description:
      'Needs across the network, newest first. Confidential ones only for their own office and the International Bureau.',
  })
  needs(@Args() args: NeedsOffersArgs, @CurrentAccount() caller: AuthenticatedAccount) {
    return this.needsOffers.listNeeds(caller, args);
  }

  @ResolveField(() => OfficeModel)
  async office(@Parent() need: OfficeNeedEntity, @Context() context: GraphQLContext) {
    return this.offices.loader(context.loaders).load(need.officeCode);
  }
}

@Resolver(() => OfficeOfferModel)
export class OffersResolver {
  constructor(
    private readonly needsOffers: NeedsOffersService,
    private readonly offices: OfficesService,
  ) {}

  @Authorize()
  @Query(() => OfficeOfferConnection, { description: 'Offers across the network, newest first.' })
  offers(@Args() args: NeedsOffersArgs) {
    return this.needsOffers.listOffers(args);
  }

  @ResolveField(() => OfficeModel)
  async office(@Parent() offer: OfficeOfferEntity, @Context() context: GraphQLContext) {
    return this.offices.loader(context.loaders).load(offer.officeCode);
  }
}

/** `office.needs`, `office.offers`. */
@Resolver(() => OfficeModel)
export class OfficeNeedsOffersResolver {
  constructor(private readonly needsOffers: NeedsOffersService) {}

  @ResolveField(() => [OfficeNeedModel], {
    description:
      'What the office seeks help with, in model order. Confidential needs only for its own members and the International Bureau.',
  })
  needs(@Parent() office: OfficeModel, @Context() context: GraphQLContext) {
    return this.needsOffers.needsLoader(context.loaders, viewerOf(context)).load(office.code);
  }

  @ResolveField(() => [OfficeOfferModel], {
    description: 'What the office can help with, in model order.',
  })
  offers(@Parent() office: OfficeModel, @Context() context: GraphQLContext) {
    return this.needsOffers.offersLoader(context.loaders).load(office.code);
  }
}
