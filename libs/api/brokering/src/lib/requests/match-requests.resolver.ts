import {
  ArgsType,
  Context,
  Field,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import DataLoader from 'dataloader';

import { AuthenticatedAccount, Authorize, CurrentAccount, viewerOf } from '@wild/api/auth';
import { Args, Clock, ConnectionShape, GraphQLContext, Meta, RequestMeta } from '@wild/api/core';
import {
  RecommendationConnection,
  RecommendationNode,
  RecommendationsService,
} from '@wild/api/matching';
import { OfficeEntity, OfficeModel, OfficesService } from '@wild/api/offices';

import {
  answersForRequester,
  mayCancelRequest,
  maySeeIntroduction,
  maySeeRequest,
} from '../brokering-access';
import {
  CancelMatchRequestInput,
  CreateMatchRequestInput,
  MatchRequestsArgs,
} from '../dto/brokering.inputs';
import { BrokeringTransitionEntity } from '../history/brokering-transition.entity';
import { IntroductionEntity } from '../introductions/introduction.entity';
import { IntroductionsService } from '../introductions/introductions.service';
import {
  BrokeringEventModel,
  IntroductionModel,
  MatchRequestConnection,
  MatchRequestModel,
} from '../models/brokering.models';
import { MatchRequestEntity } from './match-request.entity';
import { MatchRequestsService } from './match-requests.service';

const DAY_MS = 24 * 60 * 60 * 1000;
const CANDIDATES_MAX = 20;

@ArgsType()
export class RequestCandidatesArgs {
  @Field(() => Int, { nullable: true, description: `1 to ${CANDIDATES_MAX} (default 5).` })
  @IsOptional()
  @IsInt()
  @Min(1, { message: `first must be between 1 and ${CANDIDATES_MAX}.` })
  @Max(CANDIDATES_MAX, { message: `first must be between 1 and ${CANDIDATES_MAX}.` })
  first?: number | null;
}

@Resolver(() => MatchRequestModel)
export class MatchRequestsResolver {
  constructor(
    private readonly requests: MatchRequestsService,
    private readonly introductionsService: IntroductionsService,
    private readonly recommendations: RecommendationsService,
    private readonly offices: OfficesService,
    private readonly clock: Clock,
  ) {}

  @Authorize()
  @Mutation(() => MatchRequestModel, {
    description:
      'Asks the International Bureau for a partner: by a member or an office admin of that office (the same dimension and standard rules as recommendations).',
  })
  createMatchRequest(
    @Args('input') input: CreateMatchRequestInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ): Promise<MatchRequestEntity> {
    return this.requests.create(caller, input, meta);
  }

  @Authorize()
  @Mutation(() => MatchRequestModel, {
    description:
      'Cancels an OPEN or INTRODUCED request and its PROPOSED introduction: the member who asked, an office admin of the office, brokers, admins.',
  })
  cancelMatchRequest(
    @Args('input') input: CancelMatchRequestInput,
    @CurrentAccount() caller: AuthenticatedAccount,
    @Meta() meta: RequestMeta,
  ): Promise<MatchRequestEntity> {
    return this.requests.cancel(caller, input, meta);
  }

  @Authorize()
  @Query(() => MatchRequestModel, {
    description: 'A request: for its office’s members, brokers and admins (NOT_FOUND otherwise).',
  })
  matchRequest(
    @Args('id', { type: () => ID }) id: string,
    @CurrentAccount() caller: AuthenticatedAccount,
  ): Promise<MatchRequestEntity> {
    return this.requests.getVisible(caller, id);
  }

  @Authorize()
  @Query(() => MatchRequestConnection, {
    description:
      'Requests: brokers and admins see every one, an office’s members their office’s. Default order: the longest waiting first.',
  })
  matchRequests(
    @Args() args: MatchRequestsArgs,
    @CurrentAccount() caller: AuthenticatedAccount,
  ): Promise<ConnectionShape<MatchRequestEntity>> {
    return this.requests.list(caller, args);
  }

  @ResolveField(() => OfficeModel, { description: 'The office that asks.' })
  async office(
    @Parent() request: MatchRequestEntity,
    @Context() context: GraphQLContext,
  ): Promise<OfficeEntity | null> {
    return this.offices.loader(context.loaders).load(request.officeCode);
  }

  @ResolveField(() => Int, { description: 'Whole days since it was made.' })
  waitingDays(@Parent() request: MatchRequestEntity): number {
    return Math.max(0, Math.floor((this.clock.nowMs() - request.createdAt.getTime()) / DAY_MS));
  }

  @ResolveField(() => Boolean, { description: 'The caller made this request.' })
  requestedByViewer(
    @Parent() request: MatchRequestEntity,
    @Context() context: GraphQLContext,
  ): boolean {
    return request.requesterId === viewerOf(context).id;
  }

  @ResolveField(() => Boolean, {
    description:
      'The caller may cancel it now (its state allows, and the caller is the requester side or the bureau).',
  })
  viewerMayCancel(
    @Parent() request: MatchRequestEntity,
    @Context() context: GraphQLContext,
  ): boolean {
    const viewer = viewerOf(context);
    return (
      (request.state === 'OPEN' || request.state === 'INTRODUCED') &&
      mayCancelRequest(viewer, request)
    );
  }

  @ResolveField(() => Boolean, {
    description: 'The caller answers introductions for the requesting side.',
  })
  viewerAnswersForRequester(
    @Parent() request: MatchRequestEntity,
    @Context() context: GraphQLContext,
  ): boolean {
    return answersForRequester(viewerOf(context), request);
  }

  @ResolveField(() => [IntroductionModel], {
    description:
      'Its introductions, newest first: those the caller may see (a candidate office reaching the request through its introduction sees that one only).',
  })
  async introductions(
    @Parent() request: MatchRequestEntity,
    @Context() context: GraphQLContext,
  ): Promise<IntroductionEntity[]> {
    const viewer = viewerOf(context);
    const all = await this.introductionsService.byRequestLoader(context.loaders).load(request.id);
    return maySeeRequest(viewer, request)
      ? all
      : all.filter((introduction) => maySeeIntroduction(viewer, introduction));
  }

  @ResolveField(() => [BrokeringEventModel], {
    description:
      'Every move of the request and of its introductions, oldest first; for a candidate office, the moves of its own introduction only.',
  })
  async history(
    @Parent() request: MatchRequestEntity,
    @Context() context: GraphQLContext,
  ): Promise<BrokeringTransitionEntity[]> {
    const viewer = viewerOf(context);
    const moves = await this.requests.historyLoader(context.loaders).load(request.id);
    if (maySeeRequest(viewer, request)) return moves;
    const visible = new Set((await this.introductions(request, context)).map(({ id }) => id));
    return moves.filter((move) => move.introductionId !== null && visible.has(move.introductionId));
  }

  @ResolveField(() => RecommendationConnection, {
    description:
      'The recommendations for what the request asks, as the caller may see them (a page of requests costs the statements of one).',
  })
  candidates(
    @Parent() request: MatchRequestEntity,
    @Args() args: RequestCandidatesArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<RecommendationNode>> {
    const first = args.first ?? 5;
    const viewer = viewerOf(context);
    return context.loaders
      .get(
        `brokering.candidates.${first}`,
        () =>
          new DataLoader<MatchRequestEntity, ConnectionShape<RecommendationNode>, string>(
            (requests) =>
              this.recommendations.recommendMany(
                viewer,
                requests.map((each) => ({
                  officeCode: each.officeCode,
                  kind: each.kind,
                  dimension: each.dimension,
                  standard: each.standard,
                  first,
                })),
                context.languages,
                { lenient: true },
              ),
            { cacheKeyFn: (each) => each.id },
          ),
      )
      .load(request);
  }
}
