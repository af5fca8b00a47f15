import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import type { AuthenticatedAccount } from '@wild/api/auth';
import {
  BadUserInputError,
  DomainError,
  DomainEvents,
  duplicatesOf,
  ErrorCode,
  FieldProblem,
  ForbiddenError,
  RequestMeta,
} from '@wild/api/core';
import { OfficeEntity } from '@wild/api/offices';

import { isBureau } from '../brokering-access';
import { IntroductionOutcome, IntroductionState, MatchRequestState } from '../brokering.enums';
import { IntroductionEntity } from '../introductions/introduction.entity';
import { IntroductionsService } from '../introductions/introductions.service';
import { MatchRequestEntity } from '../requests/match-request.entity';
import { requiredText } from '../requests/match-requests.service';
import {
  BrokeringDashboardArgs,
  DASHBOARD_PERIOD_MAX_YEARS,
  ProposeIntroductionsInput,
} from './brokering-workspace.inputs';
import { BrokeringDashboardModel } from './brokering-workspace.models';

const DAY_SECONDS = 24 * 60 * 60;

/** One pair of a batch, as proposeIn takes it. */
interface Pair {
  readonly requestId: string;
  readonly candidateCode: string;
}

/**
 * The refusal of one pair of a batch (its CONFLICT, NOT_FOUND …), with the pair's index in
 * `extensions.pairIndex` and at the head of the message.
 */
export class PairRefusedError extends DomainError {
  readonly code: ErrorCode;

  constructor(
    readonly refusal: DomainError,
    readonly pairIndex: number,
  ) {
    super(`pairs.${pairIndex}: ${refusal.message}`);
    this.code = refusal.code;
  }

  override get extensions(): Record<string, unknown> {
    return { ...this.refusal.extensions, pairIndex: this.pairIndex };
  }
}

/** A pair's error, naming the pair: its fields as `pairs.<index>.<field>`, or its index. */
function atPair(error: unknown, index: number): unknown {
  if (error instanceof BadUserInputError)
    return new BadUserInputError(
      error.problems.map((problem) => ({ ...problem, field: `pairs.${index}.${problem.field}` })),
    );
  if (error instanceof DomainError) return new PairRefusedError(error, index);
  return error;
}

/**
 * The dashboard in one statement: requests by their state now; introductions proposed in
 * [$1, $2) by their state now, and the median of days to ACTIVE over those that became ACTIVE;
 * introductions CLOSED in [$1, $2), and how many of them SUCCESSFUL.
 */
const DASHBOARD_SQL = `
  WITH proposed AS (
    SELECT state, activated_at, proposed_at FROM introduction
    WHERE proposed_at >= $1 AND proposed_at < $2
  ),
  closed AS (
    SELECT outcome FROM introduction
    WHERE state = '${IntroductionState.CLOSED}' AND ended_at >= $1 AND ended_at < $2
  )
  SELECT
    (SELECT count(*)::int FROM match_request
      WHERE state = '${MatchRequestState.OPEN}') AS open_requests,
    (SELECT count(*)::int FROM match_request
      WHERE state = '${MatchRequestState.INTRODUCED}') AS introduced_requests,
    (SELECT coalesce(json_object_agg(counted.state, counted.count), '{}')
      FROM (SELECT state, count(*)::int AS count FROM proposed GROUP BY state) AS counted) AS by_state,
    (SELECT percentile_cont(0.5) WITHIN GROUP (
        ORDER BY extract(epoch FROM activated_at - proposed_at) / ${DAY_SECONDS})
      FROM proposed WHERE activated_at IS NOT NULL) AS median_days_to_active,
    (SELECT count(*)::int FROM closed) AS closed_count,
    (SELECT count(*)::int FROM closed
      WHERE outcome = '${IntroductionOutcome.SUCCESSFUL}') AS successful_count`;

interface DashboardRow {
  open_requests: number;
  introduced_requests: number;
  by_state: Partial<Record<IntroductionState, number>>;
  median_days_to_active: number | string | null;
  closed_count: number;
  successful_count: number;
}

/**
 * The broker's workspace: many proposals in one transaction (the pairs an assignment chose),
 * and the dashboard's figures.
 */
@Injectable()
export class BrokeringWorkspaceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly introductions: IntroductionsService,
  ) {}

  /**
   * Every pair proposed as `proposeIntroduction` does, in one transaction: all or none. The
   * first refused pair's error names its index; the introductions come in the pairs' order.
   */
  async proposeMany(
    actor: AuthenticatedAccount,
    input: ProposeIntroductionsInput,
    meta: RequestMeta,
  ): Promise<IntroductionEntity[]> {
    if (!isBureau(actor)) throw new ForbiddenError('Only brokers propose introductions.');
    const pairs: Pair[] = input.pairs.map((pair) => ({
      // one spelling of an id, so that a request given twice is seen twice
      requestId: pair.requestId.toLowerCase(),
      candidateCode: pair.candidateOfficeCode.trim().toUpperCase(),
    }));
    const problems: FieldProblem[] = [];
    if (pairs.length === 0)
      problems.push({ field: 'pairs', message: 'Give at least one pair.', rule: 'required' });
    const twice = duplicatesOf(pairs.map((pair) => pair.requestId));
    if (twice.length > 0)
      problems.push({
        field: 'pairs',
        message: 'A request is in more than one pair: it gets one introduction at a time.',
        rule: 'duplicate',
        params: { values: twice },
      });
    problems.push(...requiredText('message', input.message));
    if (problems.length > 0) throw new BadUserInputError(problems);
    const message = input.message.trim();

    let failed: number | null = null;
    try {
      return await this.events.transaction(this.dataSource, async (manager) => {
        await this.lockInOrder(manager, pairs);
        const proposed: IntroductionEntity[] = [];
        for (const [index, pair] of pairs.entries()) {
          try {
            proposed.push(
              await this.introductions.proposeIn(
                manager,
                actor,
                pair.requestId,
                pair.candidateCode,
                message,
                meta,
              ),
            );
          } catch (error) {
            failed = index;
            throw error;
          }
        }
        return proposed;
      });
    } catch (error) {
      if (failed === null) throw error;
      const pair = pairs[failed] as Pair;
      // a unique index's refusal, said as proposeIntroduction says it (once rolled back)
      const explained = await this.introductions.explainViolation(
        error,
        pair.requestId,
        pair.candidateCode,
      );
      throw atPair(explained, failed);
    }
  }

  /**
   * Every row the proposals lock, in one fixed order before the first of them: the requests by
   * id, then their offices and the candidates by code. Two batches, or a batch and a single
   * proposal (request, then candidate), then wait for each other and never deadlock; holding
   * both offices of each pair also makes two batches that cross a pair (SN→FR in one, FR→SN in
   * the other) take turns, where the unique index would make each wait for the other's insert.
   * proposeIn locks the same rows again, which this transaction already holds.
   */
  private async lockInOrder(manager: EntityManager, pairs: readonly Pair[]): Promise<void> {
    const requests = await manager
      .getRepository(MatchRequestEntity)
      .createQueryBuilder('request')
      .select(['request.id', 'request.officeCode'])
      .setLock('pessimistic_write')
      .where('request.id IN (:...ids)', { ids: pairs.map((pair) => pair.requestId) })
      .orderBy('request.id')
      .getMany();
    const codes = new Set([
      ...requests.map((request) => request.officeCode),
      ...pairs.map((pair) => pair.candidateCode),
    ]);
    await manager
      .getRepository(OfficeEntity)
      .createQueryBuilder('office')
      .select('office.code')
      // as proposeIn locks a candidate: the inserts' foreign keys take KEY SHARE on offices
      .setLock('for_no_key_update')
      .where('office.code IN (:...codes)', { codes: [...codes] })
      .orderBy('office.code')
      .getMany();
  }

  async dashboard(args: BrokeringDashboardArgs): Promise<BrokeringDashboardModel> {
    const { from, to } = args;
    if (to.getTime() <= from.getTime())
      throw BadUserInputError.field('to', 'to must be after from.', 'notAfter', { other: 'from' });
    const latest = new Date(from.getTime());
    latest.setUTCFullYear(latest.getUTCFullYear() + DASHBOARD_PERIOD_MAX_YEARS);
    if (to.getTime() > latest.getTime())
      throw BadUserInputError.field(
        'to',
        `A period is at most ${DASHBOARD_PERIOD_MAX_YEARS} years.`,
        'periodTooLong',
        { maxYears: DASHBOARD_PERIOD_MAX_YEARS },
      );
    const [row] = (await this.dataSource.query(DASHBOARD_SQL, [from, to])) as DashboardRow[];
    const figures = row as DashboardRow;
    const median = figures.median_days_to_active;
    return {
      openRequests: figures.open_requests,
      introducedRequests: figures.introduced_requests,
      introductionsByState: Object.values(IntroductionState).map((state) => ({
        state,
        count: figures.by_state[state] ?? 0,
      })),
      medianDaysToActive: median === null ? null : Number(median),
      successfulShare:
        figures.closed_count === 0 ? null : figures.successful_count / figures.closed_count,
      closedCount: figures.closed_count,
    };
  }
}
