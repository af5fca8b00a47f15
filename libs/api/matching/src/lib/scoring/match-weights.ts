import { MatchFactor, MatchKind } from './match-kind';

/**
 * The one table of weights. A reason's contribution is `weight × value`, its value in [0, 1]; the
 * score is the sum, clamped to [0, 1]. docs/matching.md explains each one, and
 * match-scorer.spec.ts proves the orders they must keep:
 * - MENTOR uses LEVEL_GAP, OFFERS_HELP and the five modifiers: 0.25 + 0.5 + 0.25 = 1. An offering
 *   candidate scores at least 0.5 + 0.25 × 0.25 (gap 4) = 0.5625; one that does not offer at most
 *   0.25 + 0.25 = 0.5: offering always ranks first.
 * - PEER uses LEVEL_GAP, SHARED_NEED and the modifiers; STANDARD_BUDDY uses STANDARD_STATUS and
 *   the modifiers. Neither reaches above 1, so no clamp hides a difference.
 * - Every candidate without a decline scores above 0 (its level or status alone gives at least
 *   0.0625); a recent decline takes 1 away, which leaves at most 0: below all of them.
 * - Experts use EXPERTISE_LEVEL, AVAILABLE_TO_MENTOR, LANGUAGE and TIME_ZONE: 0.75 + 0.13 + 0.08 +
 *   0.04 = 1. The level decides first (one level is worth 0.3 > 0.25, all the rest), then the
 *   availability (0.13 > 0.12, language and time zone together); expert-scorer.spec.ts proves it.
 */
export const MATCH_WEIGHTS: Readonly<Record<MatchFactor, number>> = {
  // The level in the dimension is what mentoring is about, but the offer weighs more (DOMAIN).
  // MENTOR: gap 2 → 1, 3 → 0.75, 1 → 0.5, 4 → 0.25; PEER: same level → 1, one apart → 0.5.
  [MatchFactor.LEVEL_GAP]: 0.25,
  // An office that says it can help in the dimension weighs most: it outranks every office that
  // does not, whatever the rest (0.5 > the 0.1875 of the gap values' spread + 0.25 of modifiers).
  [MatchFactor.OFFERS_HELP]: 0.5,
  // PEER: the share of the seeker's needs (the asked dimension included) the candidate seeks too;
  // a cohort is built on shared priorities, so as much as the level.
  [MatchFactor.SHARED_NEED]: 0.25,
  // STANDARD_BUDDY: implemented completely → 1, partly (implementing it now) → 0.5; what the
  // buddy has to share, so it weighs as OFFERS_HELP does for a mentor.
  [MatchFactor.STANDARD_STATUS]: 0.5,
  // Experts: the member's level in the area (EXPERT_LEVEL_VALUES: 3 → 1, 2 → 0.6, 1 → 0.2). The
  // level is what the question is about, so it weighs most: one level up is worth 0.3, more than
  // everything else together can add (0.13 + 0.08 + 0.04 = 0.25), so every expert ranks above
  // every practitioner, and every practitioner above every member only familiar with the area.
  [MatchFactor.EXPERTISE_LEVEL]: 0.75,
  // Experts: the member said they are available to mentor. Next after the level: it outweighs
  // what the language and the time zone can add together (0.08 + 0.04 = 0.12), so among members
  // of one level, every available one ranks above every other; and 0.75 + 0.25 = 1.
  [MatchFactor.AVAILABLE_TO_MENTOR]: 0.13,
  // The strongest modifier: working in the seeker's main language (1) or another of its
  // languages (0.5) is what makes an exchange possible without interpreters.
  [MatchFactor.LANGUAGE]: 0.08,
  // Running the same system (both run IPAS) makes advice directly reusable.
  [MatchFactor.BUSINESS_SYSTEM]: 0.06,
  // The share of the seeker's implemented standards the candidate implements too: same data.
  [MatchFactor.SHARED_STANDARDS]: 0.04,
  // 1 − hours apart / 12 (on the clock face): calls in common working hours. (Experts: the
  // LANGUAGE and TIME_ZONE weights are these two, shared; the member's languages spoken and zone.)
  [MatchFactor.TIME_ZONE]: 0.04,
  // The same WIPO region: the same regional bureau, meetings and often the same projects; the
  // weakest, since the time zone and the language already say much of it.
  [MatchFactor.REGION]: 0.03,
  // An introduction between the two declined in the last 180 days: −1 takes away all that the
  // others can add (at most 1), so such a candidate ranks below every one without a decline.
  [MatchFactor.RECENT_DECLINE]: -1,
};

/** A decline counts against a candidate for this long. */
export const DECLINE_WINDOW_DAYS = 180;

/** Time zones this many hours apart (or more, on the clock face) add nothing. */
export const TIME_ZONE_SPAN_HOURS = 12;

/** MENTOR's LEVEL_GAP value by gap (candidate's level − seeker's): 2 > 3 > 1 > 4. */
export const MENTOR_GAP_VALUES: Readonly<Record<1 | 2 | 3 | 4, number>> = {
  1: 0.5,
  2: 1,
  3: 0.75,
  4: 0.25,
};

/** PEER's LEVEL_GAP value by |gap|: the same level fits best. */
export const PEER_GAP_VALUES: Readonly<Record<0 | 1, number>> = { 0: 1, 1: 0.5 };

/**
 * EXPERTISE_LEVEL's value by level in the area (1 familiar · 2 practitioner · 3 expert): 0.4 apart,
 * so that one level (0.4 × 0.75 = 0.3) outweighs all the other expert factors (0.25).
 */
export const EXPERT_LEVEL_VALUES: Readonly<Record<1 | 2 | 3, number>> = { 1: 0.2, 2: 0.6, 3: 1 };

/** The factors of an expert suggestion, in the order reasons list them. */
export const EXPERT_FACTORS: readonly MatchFactor[] = [
  MatchFactor.EXPERTISE_LEVEL,
  MatchFactor.AVAILABLE_TO_MENTOR,
  MatchFactor.LANGUAGE,
  MatchFactor.TIME_ZONE,
];

/** The factors each kind uses, in the order reasons list them. */
export const KIND_FACTORS: Readonly<Record<MatchKind, readonly MatchFactor[]>> = {
  [MatchKind.MENTOR]: [MatchFactor.LEVEL_GAP, MatchFactor.OFFERS_HELP],
  [MatchKind.PEER]: [MatchFactor.LEVEL_GAP, MatchFactor.SHARED_NEED],
  [MatchKind.STANDARD_BUDDY]: [MatchFactor.STANDARD_STATUS],
};

/** The modifiers every kind uses after its own factors. */
export const MODIFIER_FACTORS: readonly MatchFactor[] = [
  MatchFactor.LANGUAGE,
  MatchFactor.BUSINESS_SYSTEM,
  MatchFactor.SHARED_STANDARDS,
  MatchFactor.TIME_ZONE,
  MatchFactor.REGION,
  MatchFactor.RECENT_DECLINE,
];
