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
  type RecommendationArgs,
} from '../rules/recommendation-rules';
import type { ScoredCode } from '../scoring/candidate-index';
import { MatchKind } from '../scoring/match-kind';
import {
  scoreCandidate,
  scoringContext,
  type MatchRequest,
  type MatchScore,
  type RankedMatch,
} from '../scoring/match-scorer';
import type { IntroductionFacts, OfficeFeatures } from '../scoring/office-features';
import { matchSummary, reasonText, type MatchTextLanguage } from '../texts/match-texts';
import {
  CandidateModel,
  featuresFor,
  shownName,
  type CandidateRecord,
  type CandidateSnapshot,
} from './candidate-model';
import {
  INTRODUCTION_FACTS,
  NoIntroductionsYet,
  type IntroductionFactsSource,
} from './introduction-facts';
import type { RecommendationsArgs } from './recommendation.models';

/** What one list of recommendations asks: the seeker, the kind and its subject, the page. */
export interface RecommendationAsk extends RecommendationArgs {
  readonly officeCode: string;
  readonly first?: number | null;
  readonly after?: string | null;
}

function emptyConnection(after: boolean): ConnectionShape<RecommendationNode> {
  return {
    edges: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: after, startCursor: null, endCursor: null },
    totalCount: 0,
  };
}

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

export type { ScoredCode } from '../scoring/candidate-index';

/**
 * The best candidates of many asks, scored as the caller sees them (`scoreMany`), and the
 * remaining capacity of any office at the same version of the directory.
 */
export interface CandidateScores {
  /** By ask; null for an ask no longer valid (lenient only). Best first, ties by code. */
  readonly rankings: readonly (readonly ScoredCode[] | null)[];
  /** Its capacity as set, less its PROPOSED and ACTIVE introductions as candidate. */
  readonly remainingCapacity: (officeCode: string) => number;
}

/** How many refused asks a BAD_USER_INPUT lists (5,000 unknown offices would make a long error). */
const PROBLEMS_SHOWN = 20;

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
    const [connection] = await this.recommendMany(caller, [args], languages);
    return connection as ConnectionShape<RecommendationNode>;
  }

  /**
   * The recommendations of many asks at once, in the statements of one: the directory's version,
   * the introductions' facts of every seeker, the offices of every page not yet read at this
   * version. `lenient`: an ask that is no longer valid (its seeker's level unknown since) gets an
   * empty list instead of failing all.
   */
  async recommendMany(
    caller: AuthenticatedAccount,
    asks: readonly RecommendationAsk[],
    languages: readonly string[],
    options: { readonly lenient?: boolean } = {},
  ): Promise<ConnectionShape<RecommendationNode>[]> {
    const bureau = caller.role === Role.BROKER || caller.role === Role.ADMIN;
    const snapshot = await this.candidates.current();
    const view = featuresFor(caller);
    const prepared = asks.map((ask) => {
      try {
        return this.prepare(caller, bureau, ask, snapshot, view);
      } catch (error) {
        if (options.lenient && error instanceof BadUserInputError) return null;
        throw error;
      }
    });
    const factsBySeeker = await this.factsOf(
      snapshot,
      prepared.flatMap((ask) => (ask ? [ask.seeker.code] : [])),
    );
    const now = this.clock.now();
    const context = scoringContext(now);
    const index = bureau ? snapshot.index.all : snapshot.index.public;
    const ranked = prepared.map((ask) => {
      if (!ask) return null;
      const facts = factsBySeeker.get(ask.seeker.code) ?? new Map<string, IntroductionFacts>();
      const ranking = index.rank(
        ask.seeker,
        ask.request,
        { facts, capacityOf: (at) => snapshot.capacityColumn[at] ?? 0 },
        now,
        { first: ask.first, after: ask.position },
      );
      // the reasons of the page's candidates only: the ranking needs their scores alone
      const page = ranking.page.map(({ candidate }) => {
        const record = snapshot.offices.get(candidate.code);
        const candidateFacts = facts.get(candidate.code) ?? {
          remainingCapacity: record?.capacity ?? 0,
          open: false,
          declinedSince: null,
        };
        const explained = scoreCandidate(
          ask.seeker,
          candidate,
          ask.request,
          candidateFacts,
          context,
        );
        return { ...(explained as MatchScore), candidate };
      });
      return { ask, ranking, page };
    });
    const language = textLanguage(languages);
    const entities = await this.candidates.officesOf(
      snapshot,
      ranked.flatMap((result) => result?.page.map((match) => match.candidate.code) ?? []),
    );
    return ranked.map((result, at) => {
      if (!result) return emptyConnection(Boolean(asks[at]?.after));
      const { ask, ranking, page } = result;
      const edges = page.map((match) => ({
        cursor: encodeCursor(ask.tag, [match.score, match.candidate.code]),
        node: {
          ...this.node(match, snapshot, language),
          office: entities.get(match.candidate.code) ?? null,
        },
      }));
      return {
        edges,
        pageInfo: {
          hasNextPage: ranking.after > ask.first,
          hasPreviousPage: Boolean(ask.after),
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
        totalCount: ranking.total,
      };
    });
  }

  /**
   * The `first` best candidates of each ask, with their scores only: the ranking of
   * `recommendMany` without the reasons, texts, offices and cursors a page needs (an assignment
   * weighs thousands of asks). Non-lenient, the asks are all checked before any is ranked, and
   * a refusal names its ask: its fields as `<prefix>.<index>.<field>`.
   */
  async scoreMany(
    caller: AuthenticatedAccount,
    asks: readonly (RecommendationArgs & { readonly officeCode: string })[],
    first: number,
    options: { readonly lenient?: boolean; readonly fieldPrefix?: string } = {},
  ): Promise<CandidateScores> {
    const bureau = caller.role === Role.BROKER || caller.role === Role.ADMIN;
    const snapshot = await this.candidates.current();
    const view = featuresFor(caller);
    const problems: FieldProblem[] = [];
    const prepared = asks.map((ask, at) => {
      try {
        return this.prepare(caller, bureau, { ...ask, first }, snapshot, view);
      } catch (error) {
        if (!(error instanceof BadUserInputError)) throw error;
        if (!options.lenient) {
          const prefix = options.fieldPrefix ? `${options.fieldPrefix}.${at}` : String(at);
          for (const problem of error.problems)
            problems.push({ ...problem, field: `${prefix}.${problem.field}` });
        }
        return null;
      }
    });
    if (problems.length > 0) throw new BadUserInputError(problems.slice(0, PROBLEMS_SHOWN));
    const seekers = prepared.flatMap((ask) => (ask ? [ask.seeker.code] : []));
    const factsBySeeker = await this.factsOf(snapshot, seekers);
    const now = this.clock.now();
    const index = bureau ? snapshot.index.all : snapshot.index.public;
    const none = new Map<string, IntroductionFacts>();
    const rankings = prepared.map((ask) => {
      if (!ask) return null;
      const facts = factsBySeeker.get(ask.seeker.code) ?? none;
      return index.best(
        ask.seeker,
        ask.request,
        { facts, capacityOf: (at) => snapshot.capacityColumn[at] ?? 0 },
        now,
        first,
      );
    });
    // every seeker's facts hold every busy candidate's remaining capacity (any seeker will do)
    const busy = seekers.length > 0 ? (factsBySeeker.get(seekers[0] as string) ?? none) : none;
    return {
      rankings,
      remainingCapacity: (officeCode) =>
        busy.get(officeCode)?.remainingCapacity ?? snapshot.offices.get(officeCode)?.capacity ?? 0,
    };
  }

  /**
   * The introductions' facts of these seekers at the snapshot's version: kept with it, and read
   * (in one call) for the seekers not asked about yet. The source's tables are in the directory's
   * change log, so its facts change only when the version does (INTRODUCTION_FACTS).
   */
  private async factsOf(
    snapshot: CandidateSnapshot,
    seekers: readonly string[],
  ): Promise<ReadonlyMap<string, ReadonlyMap<string, IntroductionFacts>>> {
    const missing = [...new Set(seekers.filter((seeker) => !snapshot.facts.has(seeker)))];
    if (missing.length > 0) {
      const read = await this.facts.forSeekers(missing, snapshot.capacities);
      for (const seeker of missing) snapshot.facts.set(seeker, read.get(seeker) ?? new Map());
    }
    return snapshot.facts;
  }

  /** One ask checked against its rules and the caller's rights, ready to rank. */
  private prepare(
    caller: AuthenticatedAccount,
    bureau: boolean,
    ask: RecommendationAsk,
    snapshot: CandidateSnapshot,
    view: (record: CandidateRecord) => OfficeFeatures,
  ) {
    const seekerCode = ask.officeCode.trim().toUpperCase();
    if (!bureau && caller.officeCode !== seekerCode)
      throw new ForbiddenError(
        'Only members of the office, brokers and admins may see its recommendations.',
      );
    const first = pageSize(ask.first);
    const problems: FieldProblem[] = requestProblems(ask);
    const seekerRecord = snapshot.offices.get(seekerCode);
    if (!seekerRecord)
      problems.unshift({
        field: 'officeCode',
        message: `No office with code ${seekerCode} is in the network.`,
        rule: 'officeNotInNetwork',
        params: { code: seekerCode },
      });
    if (problems.length > 0 || !seekerRecord) throw new BadUserInputError(problems);
    const request = parseRecommendationRequest(ask);
    const seeker = view(seekerRecord);
    assertSeekerMayAsk(request, seeker);
    const tag = listTag(seekerCode, request);
    const position = ask.after ? this.cursorPosition(ask.after, tag) : null;
    return { seeker, request, first, tag, position, after: ask.after };
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
