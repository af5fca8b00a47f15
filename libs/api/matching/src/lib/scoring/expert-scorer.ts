import { MatchFactor } from './match-kind';
import { roundScore, scoringContext, type ScoringContext } from './match-scorer';
import { EXPERT_LEVEL_VALUES, MATCH_WEIGHTS, TIME_ZONE_SPAN_HOURS } from './match-weights';
import { clockDistanceHours } from './time-zones';

/** A member's level in an area: 1 familiar · 2 practitioner · 3 expert. */
export type ExpertiseLevel = 1 | 2 | 3;

/** What the expert scorer knows of a member who holds the area asked about. */
export interface ExpertFeatures {
  /** The member's id: ties rank by it. */
  readonly id: string;
  /** The member's level in the area. */
  readonly level: ExpertiseLevel;
  readonly availableToMentor: boolean;
  /** Languages the member speaks, ISO 639-1. */
  readonly languages: readonly string[];
  /** IANA: the member's own time zone, else their office's; null when neither is known. */
  readonly timeZone: string | null;
}

/** The office the experts are for: its working languages (most used first) and its zone. */
export interface ExpertAudience {
  readonly languages: readonly string[];
  readonly timeZone: string | null;
}

/** What an expert reason's text says, by factor. */
export type ExpertReasonDetail =
  | {
      readonly factor: MatchFactor.EXPERTISE_LEVEL;
      readonly area: string;
      readonly level: ExpertiseLevel;
    }
  | { readonly factor: MatchFactor.AVAILABLE_TO_MENTOR }
  /** The office's languages the member speaks, in the office's order. */
  | { readonly factor: MatchFactor.LANGUAGE; readonly languages: readonly string[] }
  | { readonly factor: MatchFactor.TIME_ZONE; readonly hours: number };

/** One reason of an expert's score: `contribution = weight × value`, `value` in [0, 1]. */
export interface ExpertReason {
  readonly factor: MatchFactor;
  readonly weight: number;
  readonly value: number;
  readonly contribution: number;
  readonly detail: ExpertReasonDetail;
}

export interface ExpertScore {
  /** clamp(Σ contributions, 0, 1). */
  readonly score: number;
  /** The factors with a value above 0, in MatchFactor's order. */
  readonly reasons: readonly ExpertReason[];
}

export interface RankedExpert extends ExpertScore {
  readonly expert: ExpertFeatures;
}

function reason(value: number, detail: ExpertReasonDetail): ExpertReason {
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

/** A level read from the database, kept within 1–3 (the profile's input allows only these). */
function levelOf(level: number): ExpertiseLevel {
  return Math.min(3, Math.max(1, Math.round(level))) as ExpertiseLevel;
}

/**
 * A member's score as an expert in `area` for an office: their level in it, their availability
 * to mentor, the office's languages they speak (its main one → 1, another → 0.5) and the hours
 * between their zone and the office's (1 − h / 12; nothing when a zone is unknown). Every member
 * who holds the area is scored: there is no hard rule here (the query leaves out the caller and
 * the profiles the caller may not see).
 */
export function scoreExpert(
  area: string,
  expert: ExpertFeatures,
  audience: ExpertAudience | null,
  context: ScoringContext,
): ExpertScore {
  const level = levelOf(expert.level);
  const reasons: ExpertReason[] = [
    reason(EXPERT_LEVEL_VALUES[level], { factor: MatchFactor.EXPERTISE_LEVEL, area, level }),
  ];
  if (expert.availableToMentor)
    reasons.push(reason(1, { factor: MatchFactor.AVAILABLE_TO_MENTOR }));

  if (audience) {
    const languages = audience.languages.filter((language) => expert.languages.includes(language));
    if (languages.length > 0)
      reasons.push(
        reason(languages[0] === audience.languages[0] ? 1 : 0.5, {
          factor: MatchFactor.LANGUAGE,
          languages,
        }),
      );

    const audienceOffset = context.offsetOf(audience.timeZone);
    const expertOffset = context.offsetOf(expert.timeZone);
    if (audienceOffset !== null && expertOffset !== null) {
      const hours = clockDistanceHours(audienceOffset, expertOffset);
      const value = Math.max(0, 1 - hours / TIME_ZONE_SPAN_HOURS);
      if (value > 0) reasons.push(reason(value, { factor: MatchFactor.TIME_ZONE, hours }));
    }
  }

  const total = reasons.reduce((sum, { contribution }) => sum + contribution, 0);
  return { score: roundScore(Math.min(1, Math.max(0, total))), reasons };
}

/** Best first; equal scores by member id. */
export function compareExperts(
  a: { readonly score: number; readonly expert: { readonly id: string } },
  b: { readonly score: number; readonly expert: { readonly id: string } },
): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.expert.id < b.expert.id ? -1 : a.expert.id > b.expert.id ? 1 : 0;
}

/** Every member given, scored as an expert in `area` and ranked (best first, ties by id). */
export function rankExperts(
  area: string,
  experts: Iterable<ExpertFeatures>,
  audience: ExpertAudience | null,
  now: Date,
): RankedExpert[] {
  const context = scoringContext(now);
  const ranked: RankedExpert[] = [];
  for (const expert of experts)
    ranked.push({ ...scoreExpert(area, expert, audience, context), expert });
  return ranked.sort(compareExperts);
}
