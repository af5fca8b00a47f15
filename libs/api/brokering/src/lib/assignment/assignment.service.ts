import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { AuthenticatedAccount } from '@wild/api/auth';
import { BadUserInputError } from '@wild/api/core';
import { MatchKind, RecommendationsService } from '@wild/api/matching';
import type { MaturityDimension } from '@wild/shared/domain';

import type { AssignmentProblem, AssignmentResult } from './assignment-problem';
import { AssignmentSolver } from './assignment-solver';
import { ASSIGNMENT_REQUESTS_MAX, AssignmentArgs } from './assignment.inputs';
import type { AssignmentComparisonModel, AssignmentResultModel } from './assignment.models';
import { greedyAssignment } from './greedy-assignment';

/** One request weighed: as asked ("what if"), or an OPEN request with its id. */
interface WeighedRequest {
  readonly requestId: string | null;
  readonly officeCode: string;
  readonly kind: MatchKind;
  readonly dimension?: MaturityDimension | null;
  readonly standard?: string | null;
}

/**
 * `assignment`: the requests' best candidates as a broker sees them (matching's ranking without
 * reasons), their remaining capacity, then the same problem solved twice: greedy here, the optimum
 * in the solver's worker thread.
 */
@Injectable()
export class AssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recommendations: RecommendationsService,
    private readonly solver: AssignmentSolver,
  ) {}

  async compare(
    caller: AuthenticatedAccount,
    args: AssignmentArgs,
  ): Promise<AssignmentComparisonModel> {
    const given = args.requests !== null && args.requests !== undefined;
    if (given === args.openRequests) {
      throw BadUserInputError.field(
        'requests',
        'Give either requests or openRequests: true (not both, not neither).',
        'exactlyOne',
        { fields: ['requests', 'openRequests'] },
      );
    }
    const weighed: WeighedRequest[] = given
      ? (args.requests ?? []).map((request) => ({ ...request, requestId: null }))
      : await this.openRequests();
    // as asked, every request is checked before any is ranked; an OPEN request whose office
    // can no longer ask (its level since unknown) weighs no candidate
    const { rankings, remainingCapacity } = await this.recommendations.scoreMany(
      caller,
      weighed,
      args.candidatesPerRequest,
      { lenient: !given, fieldPrefix: 'requests' },
    );
    const capacity: Record<string, number> = {};
    const problem: AssignmentProblem = {
      requests: weighed.map((request, at) => {
        const candidates = rankings[at] ?? [];
        for (const { officeCode } of candidates)
          capacity[officeCode] ??= remainingCapacity(officeCode);
        return { seekerOfficeCode: seekerCode(request), candidates };
      }),
      capacity,
    };
    const greedy = greedyAssignment(problem);
    const optimal = await this.solver.optimal(problem);
    return {
      optimal: withRequests(optimal, weighed),
      greedy: withRequests(greedy, weighed),
      requestCount: weighed.length,
    };
  }

  /** The OPEN requests, the longest waiting first (the queue's order), as many as one weighs. */
  private openRequests(): Promise<WeighedRequest[]> {
    return this.dataSource.query(
      `SELECT id AS "requestId", office_code AS "officeCode", kind, dimension, standard
         FROM match_request WHERE state = 'OPEN'
        ORDER BY created_at, id LIMIT $1`,
      [ASSIGNMENT_REQUESTS_MAX],
    );
  }
}

const seekerCode = (request: WeighedRequest) => request.officeCode.trim().toUpperCase();

function withRequests(
  result: AssignmentResult,
  weighed: readonly WeighedRequest[],
): AssignmentResultModel {
  return {
    pairs: result.pairs.map((pair) => {
      const request = weighed[pair.requestIndex] as WeighedRequest;
      return { ...pair, requestId: request.requestId, seekerOfficeCode: seekerCode(request) };
    }),
    totalScore: result.totalScore,
    assignedCount: result.assignedCount,
  };
}
