import type { MaturityDimension, WipoRegion } from '@wild/shared/domain';

import { MatchFactor, MatchKind } from './match-kind';
import {
  DECLINE_WINDOW_DAYS,
  MATCH_WEIGHTS,
  MENTOR_GAP_VALUES,
  PEER_GAP_VALUES,
  TIME_ZONE_SPAN_HOURS,
} from './match-weights';
import type { AdoptionStatusValue, IntroductionFacts, OfficeFeatures } from './office-features';
import { clockDistanceHours, offsetsAt } from './time-zones';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the seeker asks: a kind, with its dimension (MENTOR, PEER) or standard (STANDARD_BUDDY). */
export type MatchRequest =
  | { readonly kind: MatchKind.MENTOR | MatchKind.PEER; readonly dimension: MaturityDimension }
  | { readonly kind: MatchKind.STANDARD_BUDDY; readonly standard: string };

/** What a reason's text says, by factor. */
export type ReasonDetail =
  | {
      readonly factor: MatchFactor.LEVEL_GAP;
      readonly dimension: MaturityDimension;
      readonly seekerLevel: number;
      readonly candidateLevel: number;
    }
  | { readonly factor: MatchFactor.OFFERS_HELP; readonly dimension: MaturityDimension }
  | { readonly factor: MatchFactor.SHARED_NEED; readonly dimensions: readonly MaturityDimension[] }
  | {
      readonly factor: MatchFactor.STANDARD_STATUS;
      readonly standard: string;
      readonly status: Exclude<AdoptionStatusValue, 'NONE'>;
    }
  | { readonly factor: MatchFactor.LANGUAGE; readonly languages: readonly string[] }
  | { readonly factor: MatchFactor.BUSINESS_SYSTEM; readonly systems: readonly string[] }
  | { readonly factor: MatchFactor.SHARED_STANDARDS; readonly standards: readonly string[] }
  | { readonly factor: MatchFactor.TIME_ZONE; readonly hours: number }
  | { readonly factor: MatchFactor.REGION; readonly region: WipoRegion }
  | { readonly factor: MatchFactor.RECENT_DECLINE; readonly days: number };

/** One reason of a score: `contribution = weight × value`, `value` in [0, 1]. */
export interface ScoredReason {
  readonly factor: MatchFactor;
  readonly weight: number;
  readonly value: number;
  readonly contribution: number;
  readonly detail: ReasonDetail;
}

export interface MatchScore {
  /** clamp(Σ contributions, 0, 1). */
  readonly score: number;
  /** The factors with a value above 0, in MatchFactor's order. */
  readonly reasons: readonly ScoredReason[];
}

export interface RankedMatch extends MatchScore {
  readonly candidate: OfficeFeatures;
}

/** The present and the zone offsets at it; make one per ranking with {@link scoringContext}. */
export interface ScoringContext {
  readonly now: Date;
  readonly offsetOf: (zone: string | null) => number | null;
}

export function scoringContext(now: Date): ScoringContext {
  return { now, offsetOf: offsetsAt(now) };
}

/** Rounded to 6 decimals, so that sums of weights read as written (0.3, not 0.30000000000000004). */
export function roundScore(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function reason(value: number, detail: ReasonDetail): ScoredReason {
  const weight = MATCH_WEIGHTS[detail.factor];
  const shown = roundScore(value);
  return {
    factor: detail.factor,
    weight,
    value: shown,
    contribution: roundScore(weight * shown),
    detail,
  };
}

const implemented = (status: AdoptionStatusValue | undefined): boolean =>
  status === 'COMPLETE' || status === 'PARTIAL';

/** The reasons of the kind's own factors, or null when a hard rule excludes the candidate. */
function kindReasons(
  seeker: OfficeFeatures,
  candidate: OfficeFeatures,
  request: MatchRequest,
): ScoredReason[] | null {
  if (request.kind === MatchKind.STANDARD_BUDDY) {
    const status = candidate.standards[request.standard]?.status;
    if (status !== 'COMPLETE' && status !== 'PARTIAL') return null;
    const { standard } = request;
    return [
      reason(status === 'COMPLETE' ? 1 : 0.5, {
        factor: MatchFactor.STANDARD_STATUS,
        standard,
        status,
      }),
    ];
  }
  const { dimension } = request;
  const seekerLevel = seeker.levels[dimension];
  const candidateLevel = candidate.levels[dimension];
  if (seekerLevel === undefined || candidateLevel === undefined) return null;
  const level = {
    factor: MatchFactor.LEVEL_GAP,
    dimension,
    seekerLevel,
    candidateLevel,
  } as const;
  const gap = candidateLevel - seekerLevel;
  if (request.kind === MatchKind.MENTOR) {
    if (gap <= 0) return null;
    const reasons = [reason(MENTOR_GAP_VALUES[gap as 1 | 2 | 3 | 4], level)];
    if (candidate.offers.has(dimension))
      reasons.push(reason(1, { factor: MatchFactor.OFFERS_HELP, dimension }));
    return reasons;
  }
  // PEER: similar maturity, and both seek help in the dimension (the seeker by asking)
  if (Math.abs(gap) > 1 || !candidate.needs.has(dimension)) return null;
  const seekerNeeds = new Set([dimension, ...seeker.needs]);
  const shared = [...seekerNeeds].filter((need) => candidate.needs.has(need));
  return [
    reason(PEER_GAP_VALUES[Math.abs(gap) as 0 | 1], level),
    reason(shared.length / seekerNeeds.size, {
      factor: MatchFactor.SHARED_NEED,
      dimensions: shared,
    }),
  ];
}

function modifierReasons(
  seeker: OfficeFeatures,
  candidate: OfficeFeatures,
  request: MatchRequest,
  facts: IntroductionFacts,
  context: ScoringContext,
): ScoredReason[] {
  const reasons: ScoredReason[] = [];

  const languages = seeker.languages.filter((language) => candidate.languages.includes(language));
  if (languages.length > 0)
    reasons.push(
      reason(languages[0] === seeker.languages[0] ? 1 : 0.5, {
        factor: MatchFactor.LANGUAGE,
        languages,
      }),
    );

  const normalized = (system: string) => system.trim().toLowerCase();
  const candidateSystems = new Set(candidate.businessSystems.map(normalized));
  const systems = seeker.businessSystems.filter((system) =>
    candidateSystems.has(normalized(system)),
  );
  if (systems.length > 0) reasons.push(reason(1, { factor: MatchFactor.BUSINESS_SYSTEM, systems }));

  const asked = request.kind === MatchKind.STANDARD_BUDDY ? request.standard : null;
  const seekerStandards = Object.keys(seeker.standards)
    .filter((code) => code !== asked && implemented(seeker.standards[code]?.status))
    .sort();
  const standards = seekerStandards.filter((code) =>
    implemented(candidate.standards[code]?.status),
  );
  if (standards.length > 0)
    reasons.push(
      reason(standards.length / seekerStandards.length, {
        factor: MatchFactor.SHARED_STANDARDS,
        standards,
      }),
    );

  const seekerOffset = context.offsetOf(seeker.timeZone);
  const candidateOffset = context.offsetOf(candidate.timeZone);
  if (seekerOffset !== null && candidateOffset !== null) {
    const hours = clockDistanceHours(seekerOffset, candidateOffset);
    const value = Math.max(0, 1 - hours / TIME_ZONE_SPAN_HOURS);
    if (value > 0) reasons.push(reason(value, { factor: MatchFactor.TIME_ZONE, hours }));
  }

  if (seeker.region && seeker.region === candidate.region)
    reasons.push(reason(1, { factor: MatchFactor.REGION, region: seeker.region }));

  if (facts.declinedSince) {
    const days = Math.max(0, (context.now.getTime() - facts.declinedSince.getTime()) / DAY_MS);
    if (days < DECLINE_WINDOW_DAYS)
      reasons.push(reason(1, { factor: MatchFactor.RECENT_DECLINE, days: Math.floor(days) }));
  }
  return reasons;
}

/**
 * A candidate's score for a seeker, or null when a hard rule excludes it: the seeker itself; no
 * remaining capacity; an open introduction between the two; and the kind's own rules — MENTOR:
 * a known level above the seeker's (known) one; PEER: known levels at most 1 apart and a need in
 * the dimension; STANDARD_BUDDY: the standard implemented completely or partly.
 */
export function scoreCandidate(
  seeker: OfficeFeatures,
  candidate: OfficeFeatures,
  request: MatchRequest,
  facts: IntroductionFacts,
  context: ScoringContext,
): MatchScore | null {
  if (candidate.code === seeker.code) return null;
  if (facts.remainingCapacity <= 0 || facts.open) return null;
  const own = kindReasons(seeker, candidate, request);
  if (!own) return null;
  const reasons = [...own, ...modifierReasons(seeker, candidate, request, facts, context)];
  const total = reasons.reduce((sum, { contribution }) => sum + contribution, 0);
  return { score: roundScore(Math.min(1, Math.max(0, total))), reasons };
}

/** Best first; equal scores by office code. */
export function compareMatches(
  a: { readonly score: number; readonly candidate: { readonly code: string } },
  b: { readonly score: number; readonly candidate: { readonly code: string } },
): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.candidate.code < b.candidate.code ? -1 : a.candidate.code > b.candidate.code ? 1 : 0;
}

/** Every candidate the rules let through, scored and ranked (best first, ties by code). */
export function rankCandidates(
  seeker: OfficeFeatures,
  candidates: Iterable<OfficeFeatures>,
  request: MatchRequest,
  factsOf: (candidate: OfficeFeatures) => IntroductionFacts,
  now: Date,
): RankedMatch[] {
  const context = scoringContext(now);
  const ranked: RankedMatch[] = [];
  for (const candidate of candidates) {
    const scored = scoreCandidate(seeker, candidate, request, factsOf(candidate), context);
    if (scored) ranked.push({ ...scored, candidate });
  }
  return ranked.sort(compareMatches);
}

/** A candidate's place in a ranking: its score alone (its reasons are built for a page only). */
export interface RankedScore {
  readonly score: number;
  readonly candidate: OfficeFeatures;
}
