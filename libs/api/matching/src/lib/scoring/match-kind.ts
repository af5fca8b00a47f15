/** What a seeker office asks for; match requests and the assignment use the same enum. */
export enum MatchKind {
  /** Help in a dimension, from an office ahead of the seeker in it. */
  MENTOR = 'MENTOR',
  /** An office of similar maturity that seeks help in the same dimension (a joint pilot). */
  PEER = 'PEER',
  /** An office that implemented a WIPO standard (or is implementing it now) for one planning it. */
  STANDARD_BUDDY = 'STANDARD_BUDDY',
}

/**
 * What a recommendation's or an expert suggestion's score is made of: one weight each
 * (match-weights.ts). Each list's own factors come first, then the modifiers they share.
 */
export enum MatchFactor {
  LEVEL_GAP = 'LEVEL_GAP',
  OFFERS_HELP = 'OFFERS_HELP',
  SHARED_NEED = 'SHARED_NEED',
  STANDARD_STATUS = 'STANDARD_STATUS',
  /** Experts: the member's level in the area (1 familiar · 2 practitioner · 3 expert). */
  EXPERTISE_LEVEL = 'EXPERTISE_LEVEL',
  /** Experts: the member said they are available to mentor. */
  AVAILABLE_TO_MENTOR = 'AVAILABLE_TO_MENTOR',
  LANGUAGE = 'LANGUAGE',
  BUSINESS_SYSTEM = 'BUSINESS_SYSTEM',
  SHARED_STANDARDS = 'SHARED_STANDARDS',
  TIME_ZONE = 'TIME_ZONE',
  REGION = 'REGION',
  RECENT_DECLINE = 'RECENT_DECLINE',
}

/** The factors in the order reasons and summaries list them. */
export const MATCH_FACTORS = Object.values(MatchFactor);
