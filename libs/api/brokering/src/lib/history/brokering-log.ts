import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { AuditAction, AuditTrail, DomainEvents, FieldChange, RequestMeta } from '@wild/api/core';

import { BrokeringAction, type BrokeringActor } from '../brokering.enums';
import { BrokeringTransitionEntity } from './brokering-transition.entity';

/** One move, as the history keeps it. */
export interface BrokeringMove {
  readonly requestId: string;
  readonly introductionId: string | null;
  readonly action: BrokeringAction;
  readonly fromState: string | null;
  readonly toState: string;
  readonly actor: BrokeringActor;
  readonly actorId: string | null;
  readonly reason: string | null;
  readonly at: Date;
}

/**
 * The order in which one operation writes its moves (a proposal: the introduction's, then the
 * request's). The moves of one transaction share their `at`, so the history sorts them by this.
 */
const ORDER_IN_ONE_OPERATION: readonly BrokeringAction[] = [
  BrokeringAction.REQUEST_CREATED,
  BrokeringAction.INTRODUCTION_PROPOSED,
  BrokeringAction.REQUEST_INTRODUCED,
  BrokeringAction.INTRODUCTION_ACCEPTED,
  BrokeringAction.INTRODUCTION_ACTIVATED,
  BrokeringAction.REQUEST_FULFILLED,
  BrokeringAction.INTRODUCTION_DECLINED,
  BrokeringAction.INTRODUCTION_EXPIRED,
  BrokeringAction.INTRODUCTION_CANCELLED,
  BrokeringAction.REQUEST_REOPENED,
  BrokeringAction.REQUEST_CANCELLED,
  BrokeringAction.INTRODUCTION_CLOSED,
];

/** Moves oldest first; those of one operation in the order it made them. */
export function inHistoryOrder<T extends Pick<BrokeringMove, 'action' | 'at'>>(
  moves: readonly T[],
): T[] {
  return [...moves].sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() ||
      ORDER_IN_ONE_OPERATION.indexOf(a.action) - ORDER_IN_ONE_OPERATION.indexOf(b.action),
  );
}

/** The domain event of a move: `brokering.<action>` (`brokering.introduction_proposed`). */
export function eventTypeOf(action: BrokeringAction): string {
  return `brokering.${action.toLowerCase()}`;
}

/**
 * What every brokering operation writes beside its change, in its transaction: the moves in the
 * history, one audit entry for what the caller did (with every state it changed), and one
 * domain event per move.
 */
@Injectable()
export class BrokeringLog {
  constructor(
    private readonly audit: AuditTrail,
    private readonly events: DomainEvents,
  ) {}

  async record(
    manager: EntityManager,
    moves: readonly BrokeringMove[],
    audited: {
      readonly action: AuditAction;
      readonly entity: 'match_request' | 'introduction';
      readonly entityId: string;
      readonly changes: Record<string, FieldChange>;
      readonly meta: RequestMeta;
    },
  ): Promise<void> {
    await manager.insert(
      BrokeringTransitionEntity,
      moves.map((move) => ({ ...move })),
    );
    await this.audit.record(
      {
        action: audited.action,
        entity: audited.entity,
        entityId: audited.entityId,
        actorId: moves[0]?.actorId ?? null,
        changes: audited.changes,
        request: audited.meta,
      },
      manager,
    );
    await this.publish(manager, moves);
  }

  /** One event per move, to the handlers in this transaction. */
  async publish(manager: EntityManager, moves: readonly BrokeringMove[]): Promise<void> {
    for (const move of moves)
      await this.events.publish({ type: eventTypeOf(move.action), payload: { ...move } }, manager);
  }
}
