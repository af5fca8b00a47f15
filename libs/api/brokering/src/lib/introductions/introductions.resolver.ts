import {
  Context,
  GraphQLISODateTime,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { AuthenticatedAccount, Authorize, CurrentAccount, viewerOf } from '@wild/api/auth';
import { Args, ConnectionShape, GraphQLContext, Meta, RequestMeta } from '@wild/api/core';
import { MemberEntity, MemberModel, MembersService } from '@wild/api/members';
import { OfficeEntity, OfficeModel, OfficesService } from '@wild/api/offices';

import { answerOf, counterpartOf, isBureau, sideOf } from '../brokering-access';
import { IntroductionSide, IntroductionState } from '../brokering.enums';
import {
  CancelIntroductionInput,
  CloseIntroductionInput,
  IntroductionsArgs,
  ProposeIntroductionInput,
  RespondToIntroductionInput,
} from '../dto/brokering.inputs';
import {
  BrokeringEventModel,
  IntroductionConnection,
  IntroductionModel,
  IntroductionPermissionsModel,
  IntroductionResponseModel,
  MatchRequestModel,
} from '../models/brokering.models';
import { MatchRequestEntity } from '../requests/match-request.entity';
import { MatchRequestsService } from '../requests/match-requests.service';
import { IntroductionEntity } from './introduction.entity';
import { IntroductionsService } from './introductions.service';

function responseOf(
  introduction: IntroductionEntity,
  side: IntroductionSide,
): IntroductionResponseModel | null {
  const accepted = answerOf(introduction, side);
  if (accepted === null) return null;
  const requester = side === IntroductionSide.REQUESTER;
  return {
    accepted,
    at: (requester ? introduction.requesterAnsweredAt : introduction.candidateAnsweredAt) as Date,
    reason: requester ? introduction.requesterReason : introduction.candidateReason,
  };
}

@Resolver(() => IntroductionModel)
export class IntroductionsResolver {
  constructor(
    private readonly service: IntroductionsService,
    private readonly requests: MatchRequestsService,
    private readonly offices: OfficesService,
    private readonly members: MembersService,
  ) {}

  @Authorize()
  @Mutation(() => IntroductionModel, {
    description:
      'Proposes a candidate office for an OPEN request (brokers, admins): the request becomes INTRODUCED. CONFLICT when the two offices have an open introduction or the candidate no capacity left.',
  })
  proposeIntroduction(
    @Args('input') input: ProposeIntroductionInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ): Promise<IntroductionEntity> {
    return this.service.propose(caller, input, meta);
  }

  @Authorize()
  @Mutation(() => IntroductionModel, {
    description:
      'One side’s answer, final: the requester or an office admin of the requesting office, or an office admin of the candidate office. Both yes: ACTIVE; a no (with a reason): DECLINED.',
  })
  respondToIntroduction(
    @Args('input') input: RespondToIntroductionInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ): Promise<IntroductionEntity> {
    return this.service.respond(caller, input, meta);
  }

  @Authorize()
  @Mutation(() => IntroductionModel, {
    description:
      'Closes an ACTIVE introduction with its outcome: either side’s responders, brokers.',
  })
  closeIntroduction(
    @Args('input') input: CloseIntroductionInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ): Promise<IntroductionEntity> {
    return this.service.close(caller, input, meta);
  }

  @Authorize()
  @Mutation(() => IntroductionModel, {
    description:
      'Cancels a PROPOSED introduction (the requesting side, brokers): the request is OPEN again.',
  })
  cancelIntroduction(
    @Args('input') input: CancelIntroductionInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ): Promise<IntroductionEntity> {
    return this.service.cancel(caller, input, meta);
  }

  @Authorize()
  @Query(() => IntroductionModel, {
    description: 'An introduction: for both offices’ members, brokers and admins.',
  })
  introduction(
    @Args('id', { type: () => ID }) id: string,
    @CurrentAccount() caller: AuthenticatedAccount,
  ): Promise<IntroductionEntity> {
    return this.service.getVisible(caller, id);
  }

  @Authorize()
  @Query(() => IntroductionConnection, {
    description:
      'Introductions, newest first: brokers and admins all, members those of their office.',
  })
  introductions(
    @Args() args: IntroductionsArgs,
    @CurrentAccount() caller: AuthenticatedAccount,
  ): Promise<ConnectionShape<IntroductionEntity>> {
    return this.service.list(caller, args);
  }

  @ResolveField(() => MatchRequestModel)
  async request(
    @Parent() introduction: IntroductionEntity,
    @Context() context: GraphQLContext,
  ): Promise<MatchRequestEntity> {
    return (await this.requests
      .loader(context.loaders)
      .load(introduction.requestId)) as MatchRequestEntity;
  }

  @ResolveField(() => OfficeModel)
  async requesterOffice(
    @Parent() introduction: IntroductionEntity,
    @Context() context: GraphQLContext,
  ): Promise<OfficeEntity | null> {
    return this.offices.loader(context.loaders).load(introduction.requesterOfficeCode);
  }

  @ResolveField(() => OfficeModel)
  async candidateOffice(
    @Parent() introduction: IntroductionEntity,
    @Context() context: GraphQLContext,
  ): Promise<OfficeEntity | null> {
    return this.offices.loader(context.loaders).load(introduction.candidateOfficeCode);
  }

  @ResolveField(() => IntroductionResponseModel, { nullable: true })
  requesterResponse(@Parent() introduction: IntroductionEntity): IntroductionResponseModel | null {
    return responseOf(introduction, IntroductionSide.REQUESTER);
  }

  @ResolveField(() => IntroductionResponseModel, { nullable: true })
  candidateResponse(@Parent() introduction: IntroductionEntity): IntroductionResponseModel | null {
    return responseOf(introduction, IntroductionSide.CANDIDATE);
  }

  @ResolveField(() => GraphQLISODateTime, {
    nullable: true,
    description: 'While PROPOSED: when it expires unless both sides accepted.',
  })
  expiresAt(@Parent() introduction: IntroductionEntity): Date | null {
    return introduction.state === IntroductionState.PROPOSED
      ? this.service.expiresAt(introduction)
      : null;
  }

  @ResolveField(() => [BrokeringEventModel], { description: 'Its moves, oldest first.' })
  history(@Parent() introduction: IntroductionEntity, @Context() context: GraphQLContext) {
    return this.service.historyLoader(context.loaders).load(introduction.id);
  }

  @ResolveField(() => IntroductionPermissionsModel, {
    description: 'What the caller may do with it now.',
  })
  async viewerPermissions(
    @Parent() introduction: IntroductionEntity,
    @Context() context: GraphQLContext,
  ): Promise<IntroductionPermissionsModel> {
    const viewer = viewerOf(context);
    const request = await this.requests.loader(context.loaders).load(introduction.requestId);
    const side = request ? sideOf(viewer, introduction, request) : null;
    const proposed = introduction.state === IntroductionState.PROPOSED;
    return {
      side,
      respond: proposed && side !== null && answerOf(introduction, side) === null,
      close: introduction.state === IntroductionState.ACTIVE && (side !== null || isBureau(viewer)),
      cancel: proposed && (side === IntroductionSide.REQUESTER || isBureau(viewer)),
    };
  }

  @ResolveField(() => MemberModel, {
    nullable: true,
    description:
      'While ACTIVE, for the person who accepted for one side: the profile of the person who accepted for the other (contact details included, even if the profile is hidden). Null for anyone else.',
  })
  async counterpart(
    @Parent() introduction: IntroductionEntity,
    @Context() context: GraphQLContext,
  ): Promise<MemberEntity | null> {
    const other = counterpartOf(viewerOf(context), introduction);
    return other ? this.members.byAccountLoader(context.loaders).load(other) : null;
  }
}
