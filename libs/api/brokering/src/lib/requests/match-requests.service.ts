import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import DataLoader from 'dataloader';
import { Brackets, DataSource, EntityManager } from 'typeorm';

import type { AuthenticatedAccount } from '@wild/api/auth';
import {
  BadUserInputError,
  Clock,
  ConnectionShape,
  DataLoaderRegistry,
  DomainEvents,
  FieldProblem,
  ForbiddenError,
  KeysetOrderKey,
  languageProblems,
  NotFoundError,
  paginate,
  RequestMeta,
} from '@wild/api/core';
import { MatchKind, parseRecommendationRequest, requestProblems } from '@wild/api/matching';
import { OfficeEntity } from '@wild/api/offices';
import { Role } from '@wild/shared/domain';

import {
  actorOf,
  isBureau,
  mayCancelRequest,
  maySeeRequest,
  type BrokeringViewer,
} from '../brokering-access';
import {
  BrokeringAction,
  IntroductionState,
  MatchRequestState,
  MatchUrgency,
} from '../brokering.enums';
import {
  CancelMatchRequestInput,
  CreateMatchRequestInput,
  MatchRequestOrderField,
  MatchRequestsArgs,
} from '../dto/brokering.inputs';
import { BrokeringLog, inHistoryOrder, type BrokeringMove } from '../history/brokering-log';
import { BrokeringTransitionEntity } from '../history/brokering-transition.entity';
import { IntroductionEntity } from '../introductions/introduction.entity';
import { introductionAfter, requestAfter } from '../states/brokering-states';
import { MatchRequestEntity } from './match-request.entity';

const DAY_MS = 24 * 60 * 60 * 1000;
export const REQUEST_NOT_FOUND = 'No match request with this id is visible to you.';

/** A text that must say something once trimmed (the decorators trimmed it). */
export function requiredText(field: string, value: string | null | undefined): FieldProblem[] {
  return value && value.trim().length > 0
    ? []
    : [{ field, message: `${field} must not be empty.`, rule: 'required' }];
}

/**
 * Match requests: an office's members ask, the International Bureau sees them all. Every
 * move goes through the state rules (states/brokering-states.ts) and is logged in its transaction.
 */
@Injectable()
export class MatchRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
    private readonly log: BrokeringLog,
  ) {}

  async create(
    actor: AuthenticatedAccount,
    input: CreateMatchRequestInput,
    meta: RequestMeta,
  ): Promise<MatchRequestEntity> {
    const officeCode = input.officeCode.trim().toUpperCase();
    if (
      actor.officeCode !== officeCode ||
      (actor.role !== Role.MEMBER && actor.role !== Role.OFFICE_ADMIN)
    )
      throw new ForbiddenError('Only members and office admins of an office may ask for it.');
    const suggested = input.suggestedOfficeCode?.trim().toUpperCase() || null;
    const problems: FieldProblem[] = [
      ...requestProblems(input),
      ...requiredText('topic', input.topic),
      ...requiredText('goal', input.goal),
      ...languageProblems('preferredLanguages', input.preferredLanguages),
    ];
    if (suggested === officeCode)
      problems.push({
        field: 'suggestedOfficeCode',
        message: 'An office cannot be suggested to itself.',
        rule: 'ownOffice',
      });
    return this.events.transaction(this.dataSource, async (manager) => {
      const known = await manager
        .getRepository(OfficeEntity)
        .createQueryBuilder('office')
        .select('office.code', 'code')
        .where('office.code IN (:...codes)', {
          codes: [officeCode, ...(suggested ? [suggested] : [])],
        })
        .getRawMany<{ code: string }>();
      for (const [field, code] of [
        ['officeCode', officeCode],
        ['suggestedOfficeCode', suggested],
      ] as const)
        if (code && !known.some((row) => row.code === code))
          problems.push({
            field,
            message: `No office with code ${code} is in the network.`,
            rule: 'officeNotInNetwork',
            params: { code },
          });
      if (problems.length > 0) throw new BadUserInputError(problems);
      const about = parseRecommendationRequest(input);
      const now = this.clock.now();
      const request = manager.create(MatchRequestEntity, {
        officeCode,
        requesterId: actor.id,
        kind: about.kind,
        dimension: about.kind === MatchKind.STANDARD_BUDDY ? null : about.dimension,
        standard: about.kind === MatchKind.STANDARD_BUDDY ? about.standard : null,
        topic: input.topic.trim(),
        goal: input.goal.trim(),
        urgency: input.urgency ?? MatchUrgency.NORMAL,
        preferredLanguages: input.preferredLanguages ?? [],
        suggestedOfficeCode: suggested,
        state: MatchRequestState.OPEN,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(MatchRequestEntity, request);
      const saved = await manager.findOneByOrFail(MatchRequestEntity, { id: request.id });
      await this.log.record(
        manager,
        [
          {
            requestId: saved.id,
            introductionId: null,
            action: BrokeringAction.REQUEST_CREATED,
            fromState: null,
            toState: MatchRequestState.OPEN,
            actor: actorOf(actor, saved),
            actorId: actor.id,
            reason: null,
            at: now,
          },
        ],
        {
          action: 'match_request.created',
          entity: 'match_request',
          entityId: saved.id,
          changes: {
            officeCode: { before: null, after: saved.officeCode },
            kind: { before: null, after: saved.kind },
            ...(saved.dimension ? { dimension: { before: null, after: saved.dimension } } : {}),
            ...(saved.standard ? { standard: { before: null, after: saved.standard } } : {}),
            state: { before: null, after: saved.state },
          },
          meta,
        },
      );
      return saved;
    });
  }

  /** Cancels the request and its PROPOSED introduction, if it has one. */
  async cancel(
    actor: AuthenticatedAccount,
    input: CancelMatchRequestInput,
    meta: RequestMeta,
  ): Promise<MatchRequestEntity> {
    const reasonProblems = requiredText('reason', input.reason);
    if (reasonProblems.length > 0) throw new BadUserInputError(reasonProblems);
    return this.events.transaction(this.dataSource, async (manager) => {
      const request = await this.lockVisible(manager, actor, input.requestId);
      if (!mayCancelRequest(actor, request))
        throw new ForbiddenError(
          'Only the member who asked, an office admin of the office and brokers may cancel a request.',
        );
      const now = this.clock.now();
      const reason = input.reason.trim();
      const toState = requestAfter(request.state, 'cancel');
      const moves: BrokeringMove[] = [];
      const changes: Record<string, { before: unknown; after: unknown }> = {
        state: { before: request.state, after: toState },
      };
      const open = await manager
        .getRepository(IntroductionEntity)
        .createQueryBuilder('introduction')
        .setLock('pessimistic_write')
        .where('introduction.requestId = :id', { id: request.id })
        .andWhere('introduction.state IN (:...open)', {
          open: [IntroductionState.PROPOSED, IntroductionState.ACTIVE],
        })
        .getOne();
      if (open) {
        const introductionState = introductionAfter(open.state, 'cancel');
        await manager.update(
          IntroductionEntity,
          { id: open.id },
          { state: introductionState, endedAt: now },
        );
        moves.push({
          requestId: request.id,
          introductionId: open.id,
          action: BrokeringAction.INTRODUCTION_CANCELLED,
          fromState: open.state,
          toState: introductionState,
          actor: actorOf(actor, request),
          actorId: actor.id,
          reason,
          at: now,
        });
        changes['introductionState'] = { before: open.state, after: introductionState };
      }
      await manager.update(
        MatchRequestEntity,
        { id: request.id },
        { state: toState, updatedAt: now },
      );
      moves.push({
        requestId: request.id,
        introductionId: null,
        action: BrokeringAction.REQUEST_CANCELLED,
        fromState: request.state,
        toState,
        actor: actorOf(actor, request),
        actorId: actor.id,
        reason,
        at: now,
      });
      await this.log.record(manager, moves, {
        action: 'match_request.cancelled',
        entity: 'match_request',
        entityId: request.id,
        changes: { ...changes, reason: { before: null, after: reason } },
        meta,
      });
      return manager.findOneByOrFail(MatchRequestEntity, { id: request.id });
    });
  }

  async getVisible(viewer: BrokeringViewer, id: string): Promise<MatchRequestEntity> {
    // an id that cannot be one names nothing: the same answer as an unknown one
    if (!isUUID(id)) throw new NotFoundError(REQUEST_NOT_FOUND);
    const request = await this.dataSource.manager.findOneBy(MatchRequestEntity, { id });
    if (!request || !maySeeRequest(viewer, request)) throw new NotFoundError(REQUEST_NOT_FOUND);
    return request;
  }

  /** The request, locked for this transaction; NOT_FOUND unless the viewer may see it. */
  async lockVisible(
    manager: EntityManager,
    viewer: BrokeringViewer,
    id: string,
  ): Promise<MatchRequestEntity> {
    const request = await manager
      .getRepository(MatchRequestEntity)
      .createQueryBuilder('request')
      .setLock('pessimistic_write')
      .where('request.id = :id', { id })
      .getOne();
    if (!request || !maySeeRequest(viewer, request)) throw new NotFoundError(REQUEST_NOT_FOUND);
    return request;
  }

  /** The requests the viewer may see (the bureau all, an office's members their office's). */
  list(
    viewer: BrokeringViewer,
    args: MatchRequestsArgs,
  ): Promise<ConnectionShape<MatchRequestEntity>> {
    const query = this.dataSource.getRepository(MatchRequestEntity).createQueryBuilder('request');
    if (!isBureau(viewer))
      query.andWhere('request.officeCode = :viewerOffice', { viewerOffice: viewer.officeCode });
    const filter = args.filter ?? {};
    if (filter.states?.length)
      query.andWhere('request.state IN (:...states)', { states: filter.states });
    if (filter.kinds?.length)
      query.andWhere('request.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.dimensions?.length)
      query.andWhere('request.dimension IN (:...dimensions)', { dimensions: filter.dimensions });
    if (filter.officeCodes?.length)
      query.andWhere('request.officeCode IN (:...officeCodes)', {
        officeCodes: filter.officeCodes.map((code) => code.trim().toUpperCase()),
      });
    if (filter.regions?.length)
      query.andWhere(
        new Brackets((where) =>
          where.where(
            `request.officeCode IN (SELECT office.code FROM office WHERE office.region IN (:...regions))`,
            { regions: filter.regions },
          ),
        ),
      );
    if (filter.waitingMoreThanDays !== null && filter.waitingMoreThanDays !== undefined)
      query.andWhere('request.createdAt < :waitingSince', {
        waitingSince: new Date(this.clock.nowMs() - filter.waitingMoreThanDays * DAY_MS),
      });
    return paginate(query, args, orderOf(args));
  }

  /** Requests by id for one GraphQL request (an introduction's request), in one statement. */
  loader(loaders: DataLoaderRegistry): DataLoader<string, MatchRequestEntity | null> {
    return loaders.get(
      'brokering.requests',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource
            .getRepository(MatchRequestEntity)
            .createQueryBuilder('request')
            .where('request.id IN (:...ids)', { ids: [...ids] })
            .getMany();
          return ids.map((id) => rows.find((row) => row.id === id) ?? null);
        }),
    );
  }

  /** The history of many requests (their own moves and their introductions'), oldest first. */
  historyLoader(loaders: DataLoaderRegistry): DataLoader<string, BrokeringTransitionEntity[]> {
    return loaders.get(
      'brokering.requestHistory',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.dataSource
            .getRepository(BrokeringTransitionEntity)
            .createQueryBuilder('move')
            .where('move.requestId IN (:...ids)', { ids: [...ids] })
            .getMany();
          return ids.map((id) => inHistoryOrder(rows.filter((row) => row.requestId === id)));
        }),
    );
  }
}

function orderOf(args: MatchRequestsArgs): KeysetOrderKey<MatchRequestEntity>[] {
  const field = args.orderBy?.field ?? MatchRequestOrderField.WAITING;
  const direction = args.orderBy?.direction ?? 'DESC';
  const flipped = direction === 'ASC' ? 'DESC' : 'ASC';
  const created = (keyDirection: 'ASC' | 'DESC'): KeysetOrderKey<MatchRequestEntity> => ({
    expression: 'request.createdAt',
    direction: keyDirection,
    valueOf: (request) => request.createdAt,
  });
  const id: KeysetOrderKey<MatchRequestEntity> = {
    expression: 'request.id',
    direction: 'ASC',
    valueOf: (request) => request.id,
  };
  switch (field) {
    case MatchRequestOrderField.WAITING:
      // waiting longest = made earliest
      return [created(flipped), id];
    case MatchRequestOrderField.CREATED:
      return [created(direction), id];
    case MatchRequestOrderField.URGENCY:
      // the most urgent first in DESC, then the longest waiting
      return [
        {
          expression: 'request.urgencyRank',
          direction,
          valueOf: (request) => request.urgencyRank,
        },
        created('ASC'),
        id,
      ];
  }
}
