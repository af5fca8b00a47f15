import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AppConfig, AuditTrail, Clock, DomainEvents } from '@wild/api/core';

import {
  BrokeringAction,
  BrokeringActor,
  IntroductionState,
  MatchRequestState,
} from '../brokering.enums';
import { BrokeringLog, type BrokeringMove } from '../history/brokering-log';

const DAY_MS = 24 * 60 * 60 * 1000;
const RUN_EVERY_MS = 60 * 1000;
/** pg_try_advisory_xact_lock's key: one expiry at a time over every API process. */
export const EXPIRY_LOCK_KEY = 0x77696c64_01; // "wild", 1

interface ExpiredRow {
  introduction_id: string;
  request_id: string;
  request_from: string | null;
  request_to: string | null;
}

/**
 * Expiry without a job queue: every minute, in one transaction behind an advisory lock (so two
 * processes, or two runs at once, expire each introduction once), one statement moves every
 * introduction still PROPOSED `INTRODUCTION_EXPIRY_DAYS` after its proposal to EXPIRED, reopens
 * its request and writes both moves to the history; then the audit and the events, in the same
 * transaction. The present is the clock's.
 */
@Injectable()
export class IntroductionExpiry implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(IntroductionExpiry.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly audit: AuditTrail,
    private readonly events: DomainEvents,
    private readonly log: BrokeringLog,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => {
      this.expireDue().catch((error) => this.logger.error(`Expiry failed: ${String(error)}`));
    }, RUN_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Expires what is due now; answers how many introductions it expired (0 if another run holds the lock). */
  async expireDue(): Promise<number> {
    const now = this.clock.now();
    const cutoff = new Date(now.getTime() - this.config.introductionExpiryDays * DAY_MS);
    // a statement-level trigger logs a directory change even for no row: write only when due
    const [due] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM introduction WHERE state = 'PROPOSED' AND proposed_at <= $1) AS due`,
      [cutoff],
    );
    if (!due?.due) return 0;
    return this.events.transaction(this.dataSource, async (manager) => {
      const [lock] = await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS held`, [
        EXPIRY_LOCK_KEY,
      ]);
      if (!lock.held) return 0;
      const rows: ExpiredRow[] = await manager.query(
        `WITH locked AS (
           SELECT request.id FROM match_request request
             JOIN introduction due ON due.request_id = request.id
            WHERE due.state = 'PROPOSED' AND due.proposed_at <= $1
            FOR UPDATE OF request
         ), expired AS (
           UPDATE introduction SET state = 'EXPIRED', ended_at = $2
            WHERE state = 'PROPOSED' AND proposed_at <= $1 AND request_id IN (SELECT id FROM locked)
           RETURNING id, request_id
         ), reopened AS (
           UPDATE match_request request SET state = 'OPEN', updated_at = $2
             FROM expired
            WHERE request.id = expired.request_id AND request.state = 'INTRODUCED'
           RETURNING request.id
         ), introduction_moves AS (
           INSERT INTO brokering_transition (request_id, introduction_id, action, from_state, to_state, actor, at)
           SELECT request_id, id, '${BrokeringAction.INTRODUCTION_EXPIRED}', 'PROPOSED', 'EXPIRED', '${BrokeringActor.SYSTEM}', $2 FROM expired
         ), request_moves AS (
           INSERT INTO brokering_transition (request_id, introduction_id, action, from_state, to_state, actor, at)
           SELECT expired.request_id, expired.id, '${BrokeringAction.REQUEST_REOPENED}', 'INTRODUCED', 'OPEN', '${BrokeringActor.SYSTEM}', $2
             FROM expired JOIN reopened ON reopened.id = expired.request_id
         )
         SELECT expired.id AS introduction_id, expired.request_id,
                CASE WHEN reopened.id IS NULL THEN NULL ELSE 'INTRODUCED' END AS request_from,
                CASE WHEN reopened.id IS NULL THEN NULL ELSE 'OPEN' END AS request_to
           FROM expired LEFT JOIN reopened ON reopened.id = expired.request_id`,
        [cutoff, now],
      );
      for (const row of rows) {
        await this.audit.record(
          {
            action: 'introduction.expired',
            entity: 'introduction',
            entityId: row.introduction_id,
            actorId: null,
            changes: {
              state: { before: IntroductionState.PROPOSED, after: IntroductionState.EXPIRED },
              ...(row.request_to
                ? {
                    requestState: {
                      before: MatchRequestState.INTRODUCED,
                      after: MatchRequestState.OPEN,
                    },
                  }
                : {}),
            },
          },
          manager,
        );
        const moves: BrokeringMove[] = [
          {
            requestId: row.request_id,
            introductionId: row.introduction_id,
            action: BrokeringAction.INTRODUCTION_EXPIRED,
            fromState: IntroductionState.PROPOSED,
            toState: IntroductionState.EXPIRED,
            actor: BrokeringActor.SYSTEM,
            actorId: null,
            reason: null,
            at: now,
          },
        ];
        if (row.request_to)
          moves.push({
            ...moves[0],
            action: BrokeringAction.REQUEST_REOPENED,
            fromState: row.request_from,
            toState: row.request_to,
          });
        await this.log.publish(manager, moves);
      }
      if (rows.length > 0) this.logger.log(`Expired ${rows.length} introduction(s).`);
      return rows.length;
    });
  }
}
