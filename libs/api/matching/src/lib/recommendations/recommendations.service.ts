import { createHash } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';

import type { AuthenticatedAccount } from '@wild/api/auth';
import {
  BadUserInputError,
  Clock,
  ConnectionShape,
  decodeCursor,
  encodeCursor,
  FieldProblem,
  ForbiddenError,
  pageSize,
} from '@wild/api/core';
import type { OfficeEntity } from '@wild/api/offices';
import { Role } from '@wild/shared/domain';

import {
  assertSeekerMayAsk,
  parseRecommendationRequest,
  requestProblems,
} from '../rules/recommendation-rules';
import { MatchKind } from '../scoring/match-kind';
import {
  scoreCandidate,
  scoringContext,
  type MatchRequest,
  type MatchScore,
  type RankedMatch,
} from '../scoring/match-scorer';
import { matchSummary, reasonText, type MatchTextLanguage } from '../texts/match-texts';
import { CandidateModel, featuresFor, shownName, type CandidateSnapshot } from './candidate-model';
import {
  INTRODUCTION_FACTS,
  NoIntroductionsYet,
  type IntroductionFactsSource,
} from './introduction-facts';
import type { RecommendationsArgs } from './recommendation.models';

/** A recommendation as the resolver returns it; `office` is resolved from `officeCode`. */
export interface RecommendationNode {
  readonly officeCode: string;
  /** The candidate office as the snapshot read it (null: gone since). */
  readonly office: OfficeEntity | null;
  readonly score: number;
  readonly summary: string;
  readonly reasons: readonly {
    readonly factor: RankedMatch['reasons'][number]['factor'];
    readonly weight: number;
    readonly value: number;
    readonly contribution: number;
    readonly text: string;
  }[];
}

const INVALID_CURSOR = 'This cursor is not valid for this list. Start again from the first page.';

/** The language matching's texts are written in for these preferences: fr or en. */
export function textLanguage(preferred: readonly string[]): MatchTextLanguage {
  const found = preferred.find((language) => language === 'en' || language === 'fr');
  return (found as MatchTextLanguage | undefined) ?? 'en';
}

/** A cursor belongs to one list: the seeker, the kind and what it asks about. */
function listTag(seeker: string, request: MatchRequest): string {
  const about = request.kind === MatchKind.STANDARD_BUDDY ? request.standard : request.dimension;
  return createHash('sha256')
    .update(`recommendations|${seeker}|${request.kind}|${about}`)
    .digest('base64url')
    .slice(0, 8);
}

/**
 * `recommendations`: the rules of the request, the caller's view of the needs, the ranking over
 * the candidate model in memory, and one page of it with texts in the reader's language.
 */
@Injectable()
export class RecommendationsService {
  private readonly facts: IntroductionFactsSource;

  constructor(
    private readonly candidates: CandidateModel,
    private readonly clock: Clock,
    @Optional() @Inject(INTRODUCTION_FACTS) facts?: IntroductionFactsSource,
  ) {
    this.facts = facts ?? new NoIntroductionsYet();
  }

  async recommend(
    caller: AuthenticatedAccount,
    args: RecommendationsArgs,
    languages: readonly string[],
  ): Promise<ConnectionShape<RecommendationNode>> {
    const seekerCode = args.officeCode.trim().toUpperCase();
    const bureau = caller.role === Role.BROKER || caller.role === Role.ADMIN;
    if (!bureau && caller.officeCode !== seekerCode)
      throw new ForbiddenError(
        'Only members of the office, brokers and admins may see its recommendations.',
      );
    const first = pageSize(args.first);
    const problems: FieldProblem[] = requestProblems(args);
    const snapshot = await this.candidates.current();
    const seekerRecord = snapshot.offices.get(seekerCode);
    if (!seekerRecord)
      problems.unshift({
        field: 'officeCode',
        message: `No office with code ${seekerCode} is in the network.`,
        rule: 'officeNotInNetwork',
        params: { code: seekerCode },
      });
    if (problems.length > 0 || !seekerRecord) throw new BadUserInputError(problems);
    const request = parseRecommendationRequest(args);
    const view = featuresFor(caller);
    const seeker = view(seekerRecord);
    assertSeekerMayAsk(request, seeker);

    const tag = listTag(seekerCode, request);
    const position = args.after ? this.cursorPosition(args.after, tag) : null;
    const facts = await this.facts.forSeekers(seekerCode, snapshot.capacities);
    const now = this.clock.now();
    const index = bureau ? snapshot.index.all : snapshot.index.public;
    const ranking = index.rank(
      seeker,
      request,
      { facts, capacityOf: (at) => snapshot.capacityColumn[at] ?? 0 },
      now,
      { first, after: position },
    );
    // the reasons of the page's candidates only: the ranking needs their scores alone
    const context = scoringContext(now);
    const page = ranking.page.map(({ candidate }) => {
      const record = snapshot.offices.get(candidate.code);
      const candidateFacts = facts.get(candidate.code) ?? {
        remainingCapacity: record?.capacity ?? 0,
        open: false,
        declinedSince: null,
      };
      const explained = scoreCandidate(seeker, candidate, request, candidateFacts, context);
      return { ...(explained as MatchScore), candidate };
    });
    const language = textLanguage(languages);
    const entities = await this.candidates.officesOf(
      snapshot,
      page.map((match) => match.candidate.code),
    );
    const edges = page.map((match) => ({
      cursor: encodeCursor(tag, [match.score, match.candidate.code]),
      node: {
        ...this.node(match, snapshot, language),
        office: entities.get(match.candidate.code) ?? null,
      },
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: ranking.after > first,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      totalCount: ranking.total,
    };
  }

  private cursorPosition(after: string, tag: string): [number, string] {
    const [score, code] = decodeCursor(after, tag, 2);
    if (typeof score !== 'number' || !Number.isFinite(score) || typeof code !== 'string')
      throw BadUserInputError.field('after', INVALID_CURSOR, 'invalidCursor');
    return [score, code];
  }

  private node(
    match: RankedMatch,
    snapshot: CandidateSnapshot,
    language: MatchTextLanguage,
  ): Omit<RecommendationNode, 'office'> {
    const record = snapshot.offices.get(match.candidate.code);
    const dimensionNames = snapshot.dimensionNames[language];
    const names = {
      language,
      officeName: record ? shownName(record, language) : match.candidate.code,
      dimensionName: (dimension: keyof typeof dimensionNames) => dimensionNames[dimension],
    };
    return {
      officeCode: match.candidate.code,
      score: match.score,
      summary: matchSummary(match, names),
      reasons: match.reasons.map((reason) => ({
        factor: reason.factor,
        weight: reason.weight,
        value: reason.value,
        contribution: reason.contribution,
        text: reasonText(reason.detail, names),
      })),
    };
  }
}
