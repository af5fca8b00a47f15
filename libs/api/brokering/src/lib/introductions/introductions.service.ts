import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import DataLoader from 'dataloader';
import { Brackets, DataSource, EntityManager, QueryFailedError } from 'typeorm';

import type { AuthenticatedAccount } from '@wild/api/auth';
import {
  AppConfig,
  BadUserInputError,
  Clock,
  ConflictError,
  ConnectionShape,
  DataLoaderRegistry,
  DomainEvents,
  FieldChange,
  ForbiddenError,
  NotFoundError,
  paginate,
  RequestMeta,
} from '@wild/api/core';
import { OfficeEntity } from '@wild/api/offices';

import {
  actorOf,
  answerOf,
  isBureau,
  maySeeIntroduction,
  sideOf,
  type BrokeringViewer,
} from '../brokering-access';
import {
  BrokeringAction,
  BrokeringActor,
  IntroductionSide,
  IntroductionState,
  OPEN_INTRODUCTION_STATES,
} from '../brokering.enums';
import {
  CancelIntroductionInput,
  CloseIntroductionInput,
  IntroductionsArgs,
  ProposeIntroductionInput,
  RespondToIntroductionInput,
} from '../dto/brokering.inputs';
import { BrokeringLog, inHistoryOrder, type BrokeringMove } from '../history/brokering-log';
import { BrokeringTransitionEntity } from '../history/brokering-transition.entity';
import { MatchRequestEntity } from '../requests/match-request.entity';
import { MatchRequestsService, requiredText } from '../requests/match-requests.service';
import { introductionAfter, requestAfter } from '../states/brokering-states';
import { IntroductionEntity } from './introduction.entity';

const DAY_MS = 24 * 60 * 60 * 1000;
export const INTRODUCTION_NOT_FOUND = 'No introduction with this id is visible to you.';

/** The constraint of the one-open-introduction-per-pair rule (the migration's index). */
const OPEN_PAIR_INDEX = 'uq_introduction_open_pair';
const OPEN_REQUEST_INDEX = 'uq_introduction_open_request';

function violated(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' ? (driverError.constraint ?? null) : null;
}

/**
 * Introductions: a broker proposes one for a request; each side answers once; both yes make it
 * ACTIVE (the request FULFILLED), a no declines it (the request OPEN again); it is closed with
 * an outcome, or cancelled while PROPOSED. The rules of states/brokering-states.ts, in the
 * transaction of each move, with the request's row locked first (then the introduction's, then
 * the candidate office's), so moves of one request take turns and never deadlock.
 */
@Injectable()
export class IntroductionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly events: DomainEvents,
    private readonly log: BrokeringLog,
    private readonly requests: MatchRequestsService,
  ) {}

  /** When a PROPOSED introduction expires. */
  expiresAt(introduction: Pick<IntroductionEntity, 'proposedAt'>): Date {
    return new Date(
      introduction.proposedAt.getTime() + this.config.introductionExpiryDays * DAY_MS,
    );
  }

  async propose(
    actor: AuthenticatedAccount,
    input: ProposeIntroductionInput,
    meta: RequestMeta,
  ): Promise<IntroductionEntity> {
    const problems = requiredText('message', input.message);
    if (problems.length > 0) throw new BadUserInputError(problems);
    const candidateCode = input.candidateOfficeCode.trim().toUpperCase();
    try {
      return await this.events.transaction(this.dataSource, (manager) =>
        this.proposeIn(manager, actor, input.requestId, candidateCode, input.message.trim(), meta),
      );
    } catch (error) {
      throw await this.explainViolation(error, input.requestId, candidateCode);
    }
  }

  /** One proposal in the caller's transaction (issue 18 proposes many in one). */
  async proposeIn(
    manager: EntityManager,
    actor: AuthenticatedAccount,
    requestId: string,
    candidateCode: string,
    message: string,
    meta: RequestMeta,
  ): Promise<IntroductionEntity> {
    if (!isBureau(actor)) throw new ForbiddenError('Only brokers propose introductions.');
    const request = await this.requests.lockVisible(manager, actor, requestId);
    const requestState = requestAfter(request.state, 'introduce');
    if (candidateCode === request.officeCode)
      throw BadUserInputError.field(
        'candidateOfficeCode',
        'An office cannot be introduced to itself.',
        'ownOffice',
      );
    // the candidate's row, locked: proposals to one office take turns to count its capacity.
    // FOR NO KEY UPDATE, not FOR UPDATE: the insert's foreign keys take KEY SHARE on both
    // offices, and with FOR UPDATE two proposals crossing (A to B, B to A) deadlocked there
    const candidate = await manager
      .getRepository(OfficeEntity)
      .createQueryBuilder('office')
      .setLock('for_no_key_update')
      .where('office.code = :code', { code: candidateCode })
      .getOne();
    if (!candidate)
      throw BadUserInputError.field(
        'candidateOfficeCode',
        `No office with code ${candidateCode} is in the network.`,
        'officeNotInNetwork',
        { code: candidateCode },
      );
    const open = await this.openBetween(manager, request.officeCode, candidateCode);
    if (open) throw this.openPairConflict(open);
    const busy = await manager.count(IntroductionEntity, {
      where: OPEN_INTRODUCTION_STATES.map((state) => ({
        candidateOfficeCode: candidateCode,
        state,
      })),
    });
    if (busy >= candidate.mentoringCapacity)
      throw new ConflictError(
        `${candidateCode} has no capacity left: it takes ${candidate.mentoringCapacity} introduction${candidate.mentoringCapacity === 1 ? '' : 's'} at once and has ${busy} open.`,
        'NO_CAPACITY_LEFT',
      );
    const now = this.clock.now();
    const introduction = manager.create(IntroductionEntity, {
      requestId: request.id,
      requesterOfficeCode: request.officeCode,
      candidateOfficeCode: candidateCode,
      state: IntroductionState.PROPOSED,
      message,
      proposedById: actor.id,
      proposedAt: now,
    });
    await manager.insert(IntroductionEntity, introduction);
    await manager.update(
      MatchRequestEntity,
      { id: request.id },
      { state: requestState, updatedAt: now },
    );
    const by = { actor: BrokeringActor.BUREAU, actorId: actor.id, reason: null, at: now };
    await this.log.record(
      manager,
      [
        {
          requestId: request.id,
          introductionId: introduction.id,
          action: BrokeringAction.INTRODUCTION_PROPOSED,
          fromState: null,
          toState: IntroductionState.PROPOSED,
          ...by,
        },
        {
          requestId: request.id,
          introductionId: introduction.id,
          action: BrokeringAction.REQUEST_INTRODUCED,
          fromState: request.state,
          toState: requestState,
          ...by,
        },
      ],
      {
        action: 'introduction.proposed',
        entity: 'introduction',
        entityId: introduction.id,
        changes: {
          requestId: { before: null, after: request.id },
          candidateOfficeCode: { before: null, after: candidateCode },
          state: { before: null, after: IntroductionState.PROPOSED },
          requestState: { before: request.state, after: requestState },
        },
        meta,
      },
    );
    return manager.findOneByOrFail(IntroductionEntity, { id: introduction.id });
  }

  async respond(
    actor: AuthenticatedAccount,
    input: RespondToIntroductionInput,
    meta: RequestMeta,
  ): Promise<IntroductionEntity> {
    const reason = input.reason?.trim() || null;
    if (!input.accept && !reason)
      throw BadUserInputError.field('reason', 'Say why you decline.', 'required');
    return this.events.transaction(this.dataSource, async (manager) => {
      const { introduction, request } = await this.lockVisible(
        manager,
        actor,
        input.introductionId,
      );
      const side = sideOf(actor, introduction, request);
      if (!side)
        throw new ForbiddenError(
          'Only the member who asked or an office admin of the requesting office, and an office admin of the candidate office, answer an introduction.',
        );
      if (
        answerOf(introduction, side) !== null &&
        introduction.state === IntroductionState.PROPOSED
      )
        throw new ConflictError(
          `Your side already ${answerOf(introduction, side) ? 'accepted' : 'declined'} this introduction: an answer is final.`,
          'ALREADY_ANSWERED',
        );
      const now = this.clock.now();
      const other =
        side === IntroductionSide.REQUESTER
          ? IntroductionSide.CANDIDATE
          : IntroductionSide.REQUESTER;
      const move = !input.accept
        ? 'decline'
        : answerOf(introduction, other)
          ? 'activate'
          : 'answer';
      const toState = introductionAfter(introduction.state, move);
      const prefix = side === IntroductionSide.REQUESTER ? 'requester' : 'candidate';
      const actorKind =
        side === IntroductionSide.REQUESTER ? BrokeringActor.REQUESTER : BrokeringActor.CANDIDATE;
      await manager.update(
        IntroductionEntity,
        { id: introduction.id },
        {
          [`${prefix}Accepted`]: input.accept,
          [`${prefix}AnsweredById`]: actor.id,
          [`${prefix}AnsweredAt`]: now,
          [`${prefix}Reason`]: reason,
          state: toState,
          ...(move === 'activate' ? { activatedAt: now } : {}),
          ...(move === 'decline' ? { endedAt: now } : {}),
        },
      );
      const by = { actor: actorKind, actorId: actor.id, at: now };
      const moves: BrokeringMove[] = [
        {
          requestId: request.id,
          introductionId: introduction.id,
          action: input.accept
            ? BrokeringAction.INTRODUCTION_ACCEPTED
            : BrokeringAction.INTRODUCTION_DECLINED,
          fromState: introduction.state,
          toState: input.accept ? IntroductionState.PROPOSED : toState,
          reason,
          ...by,
        },
      ];
      if (move === 'activate')
        moves.push({
          requestId: request.id,
          introductionId: introduction.id,
          action: BrokeringAction.INTRODUCTION_ACTIVATED,
          fromState: introduction.state,
          toState,
          reason: null,
          ...by,
        });
      const changes: Record<string, FieldChange> = {
        [`${prefix}Accepted`]: { before: null, after: input.accept },
        state: { before: introduction.state, after: toState },
      };
      if (move !== 'answer') {
        const requestMove = move === 'activate' ? 'fulfil' : 'reopen';
        const requestState = requestAfter(request.state, requestMove);
        await manager.update(
          MatchRequestEntity,
          { id: request.id },
          { state: requestState, updatedAt: now },
        );
        moves.push({
          requestId: request.id,
          introductionId: introduction.id,
          action:
            requestMove === 'fulfil'
              ? BrokeringAction.REQUEST_FULFILLED
              : BrokeringAction.REQUEST_REOPENED,
          fromState: request.state,
          toState: requestState,
          reason: null,
          ...by,
        });
        changes['requestState'] = { before: request.state, after: requestState };
      }
      await this.log.record(manager, moves, {
        action: input.accept ? 'introduction.accepted' : 'introduction.declined',
        entity: 'introduction',
        entityId: introduction.id,
        changes: reason ? { ...changes, reason: { before: null, after: reason } } : changes,
        meta,
      });
      return manager.findOneByOrFail(IntroductionEntity, { id: introduction.id });
    });
  }

  async close(
    actor: AuthenticatedAccount,
    input: CloseIntroductionInput,
    meta: RequestMeta,
  ): Promise<IntroductionEntity> {
    return this.events.transaction(this.dataSource, async (manager) => {
      const { introduction, request } = await this.lockVisible(
        manager,
        actor,
        input.introductionId,
      );
      if (!isBureau(actor) && !sideOf(actor, introduction, request))
        throw new ForbiddenError(
          'Only those who answer for either side, and brokers, close an introduction.',
        );
      const toState = introductionAfter(introduction.state, 'close');
      const now = this.clock.now();
      const notes = input.notes?.trim() || null;
      await manager.update(
        IntroductionEntity,
        { id: introduction.id },
        { state: toState, outcome: input.outcome, outcomeNotes: notes, endedAt: now },
      );
      await this.log.record(
        manager,
        [
          {
            requestId: request.id,
            introductionId: introduction.id,
            action: BrokeringAction.INTRODUCTION_CLOSED,
            fromState: introduction.state,
            toState,
            actor: actorOfIntroduction(actor, introduction),
            actorId: actor.id,
            reason: notes,
            at: now,
          },
        ],
        {
          action: 'introduction.closed',
          entity: 'introduction',
          entityId: introduction.id,
          changes: {
            state: { before: introduction.state, after: toState },
            outcome: { before: null, after: input.outcome },
            ...(notes ? { outcomeNotes: { before: null, after: notes } } : {}),
          },
          meta,
        },
      );
      return manager.findOneByOrFail(IntroductionEntity, { id: introduction.id });
    });
  }

  async cancel(
    actor: AuthenticatedAccount,
    input: CancelIntroductionInput,
    meta: RequestMeta,
  ): Promise<IntroductionEntity> {
    const problems = requiredText('reason', input.reason);
    if (problems.length > 0) throw new BadUserInputError(problems);
    return this.events.transaction(this.dataSource, async (manager) => {
      const { introduction, request } = await this.lockVisible(
        manager,
        actor,
        input.introductionId,
      );
      if (!isBureau(actor) && sideOf(actor, introduction, request) !== IntroductionSide.REQUESTER)
        throw new ForbiddenError('Only the requesting side and brokers cancel an introduction.');
      const toState = introductionAfter(introduction.state, 'cancel');
      const requestState = requestAfter(request.state, 'reopen');
      const now = this.clock.now();
      const reason = input.reason.trim();
      await manager.update(
        IntroductionEntity,
        { id: introduction.id },
        { state: toState, endedAt: now },
      );
      await manager.update(
        MatchRequestEntity,
        { id: request.id },
        { state: requestState, updatedAt: now },
      );
      const by = { actor: actorOf(actor, request), actorId: actor.id, at: now };
      await this.log.record(
        manager,
        [
          {
            requestId: request.id,
            introductionId: introduction.id,
            action: BrokeringAction.INTRODUCTION_CANCELLED,
            fromState: introduction.state,
            toState,
            reason,
            ...by,
          },
          {
            requestId: request.id,
            introductionId: introduction.id,
            action: BrokeringAction.REQUEST_REOPENED,
            fromState: request.state,
            toState: requestState,
            reason: null,
            ...by,
          },
        ],
        {
          action: 'introduction.cancelled',
          entity: 'introduction',
          entityId: introduction.id,
          changes: {
            state: { before: introduction.state, after: toState },
            requestState: { before: request.state, after: requestState },
            reason: { before: null, after: reason },
          },
          meta,
        },
      );
      return manager.findOneByOrFail(IntroductionEntity, { id: introduction.id });
    });
  }

  async getVisible(viewer: BrokeringViewer, id: string): Promise<IntroductionEntity> {
    // an id that cannot be one names nothing: the same answer as an unknown one
    if (!isUUID(id)) throw new NotFoundError(INTRODUCTION_NOT_FOUND);
    const introduction = await this.dataSource.manager.findOneBy(IntroductionEntity, { id });
    if (!introduction || !maySeeIntroduction(viewer, introduction))
      throw new NotFoundError(INTRODUCTION_NOT_FOUND);
    return introduction;
  }

  /** Brokers all; members of either office theirs; newest first. */
  list(
    viewer: BrokeringViewer,
    args: IntroductionsArgs,
  ): Promise<ConnectionShape<IntroductionEntity>> {
    const query = this.dataSource
      .getRepository(IntroductionEntity)
      .createQueryBuilder('introduction');
    const either = (office: string, parameter: string) =>
      new Brackets((where) =>
        where
          .where(`introduction.requesterOfficeCode = :${parameter}`, { [parameter]: office })
          .orWhere(`introduction.candidateOfficeCode = :${parameter}`, { [parameter]: office }),
      );
    if (!isBureau(viewer)) query.andWhere(either(viewer.officeCode, 'viewerOffice'));
    if (args.filter?.states?.length)
      query.andWhere('introduction.state IN (:...states)', { states: args.filter.states });
    if (args.filter?.officeCode)
      query.andWhere(either(args.filter.officeCode.trim().toUpperCase(), 'filterOffice'));
    return paginate(query, args, [
      {
        expression: 'introduction.proposedAt',
        direction: 'DESC',
        valueOf: (introduction) => introduction.proposedAt,
      },
      {
        expression: 'introduction.id',
        direction: 'DESC',
        valueOf: (introduction) => introduction.id,
      },
    ]);
  }

  /** The introductions of many requests, newest first, in one statement per request. */
  byRequestLoader(loaders: DataLoaderRegistry): DataLoader<string, IntroductionEntity[]> {
    return loaders.get(
      'brokering.introductionsByRequest',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource
            .getRepository(IntroductionEntity)
            .createQueryBuilder('introduction')
            .where('introduction.requestId IN (:...ids)', { ids: [...ids] })
            .orderBy('introduction.proposedAt', 'DESC')
            .getMany();
          return ids.map((id) => rows.filter((row) => row.requestId === id));
        }),
    );
  }

  /** The history of many introductions, oldest first. */
  historyLoader(loaders: DataLoaderRegistry): DataLoader<string, BrokeringTransitionEntity[]> {
    return loaders.get(
      'brokering.introductionHistory',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource
            .getRepository(BrokeringTransitionEntity)
            .createQueryBuilder('move')
            .where('move.introductionId IN (:...ids)', { ids: [...ids] })
            .getMany();
          return ids.map((id) => inHistoryOrder(rows.filter((row) => row.introductionId === id)));
        }),
    );
  }

  /** The request first, then the introduction: the order every move locks them in. */
  private async lockVisible(
    manager: EntityManager,
    viewer: BrokeringViewer,
    id: string,
  ): Promise<{ introduction: IntroductionEntity; request: MatchRequestEntity }> {
    const unlocked = await manager.findOneBy(IntroductionEntity, { id });
    if (!unlocked || !maySeeIntroduction(viewer, unlocked))
      throw new NotFoundError(INTRODUCTION_NOT_FOUND);
    const request = await manager
      .getRepository(MatchRequestEntity)
      .createQueryBuilder('request')
      .setLock('pessimistic_write')
      .where('request.id = :id', { id: unlocked.requestId })
      .getOneOrFail();
    const introduction = await manager
      .getRepository(IntroductionEntity)
      .createQueryBuilder('introduction')
      .setLock('pessimistic_write')
      .where('introduction.id = :id', { id })
      .getOneOrFail();
    return { introduction, request };
  }

  private openBetween(
    manager: EntityManager,
    first: string,
    second: string,
  ): Promise<IntroductionEntity | null> {
    return manager
      .getRepository(IntroductionEntity)
      .createQueryBuilder('introduction')
      .where('introduction.state IN (:...open)', { open: [...OPEN_INTRODUCTION_STATES] })
      .andWhere(
        new Brackets((where) =>
          where
            .where(
              'introduction.requesterOfficeCode = :first AND introduction.candidateOfficeCode = :second',
            )
            .orWhere(
              'introduction.requesterOfficeCode = :second AND introduction.candidateOfficeCode = :first',
            ),
        ),
        { first, second },
      )
      .getOne();
  }

  private openPairConflict(open: IntroductionEntity): ConflictError {
    return new ConflictError(
      `${open.requesterOfficeCode} and ${open.candidateOfficeCode} already have an open introduction (${open.state}, id ${open.id}): one at a time between two offices.`,
      'OPEN_INTRODUCTION_EXISTS',
    );
  }

  /**
   * A unique index refused the insert (a race the locks did not order): say which rule. Public
   * for the workspace's batch, which explains its failing pair once rolled back.
   */
  async explainViolation(error: unknown, requestId: string, candidateCode: string) {
    const constraint = violated(error);
    if (constraint === OPEN_PAIR_INDEX) {
      const request = await this.dataSource.manager.findOneBy(MatchRequestEntity, {
        id: requestId,
      });
      const open =
        request &&
        (await this.openBetween(this.dataSource.manager, request.officeCode, candidateCode));
      if (open) return this.openPairConflict(open);
      return new ConflictError(
        'These two offices already have an open introduction.',
        'OPEN_INTRODUCTION_EXISTS',
      );
    }
    if (constraint === OPEN_REQUEST_INDEX)
      return new ConflictError(
        'This request already has an open introduction.',
        'REQUEST_INTRODUCED',
      );
    return error;
  }
}

/** How the history names a move on an introduction by `viewer`. */
function actorOfIntroduction(
  viewer: BrokeringViewer,
  introduction: IntroductionEntity,
): BrokeringActor {
  if (viewer.officeCode === introduction.requesterOfficeCode) return BrokeringActor.REQUESTER;
  if (viewer.officeCode === introduction.candidateOfficeCode) return BrokeringActor.CANDIDATE;
  return BrokeringActor.BUREAU;
}
