/** What a seeker office asks for; match requests and the assignment use the same enum. */
export enum MatchKind {
  /** Help in a dimension, from an office ahead of the seeker in it. */
  MENTOR = 'MENTOR',
  /** An office of similar maturity that seeks help in the same dimension (a joint pilot). */
  PEER = 'PEER',
  /** An office that implemented a WIPO standard (or is implementing it now) for one planning it. */
  STANDARD_BUDDY = 'STANDARD_BUDDY',
}

/** What a recommendation's score is made of: one weight each (match-weights.ts). */
export enum MatchFactor {
  LEVEL_GAP = 'LEVEL_GAP',
  OFFERS_HELP = 'OFFERS_HELP',
  SHARED_NEED = 'SHARED_NEED',
  STANDARD_STATUS = 'STANDARD_STATUS',
  LANGUAGE = 'LANGUAGE',
  BUSINESS_SYSTEM = 'BUSINESS_SYSTEM',
  SHARED_STANDARDS = 'SHARED_STANDARDS',
  TIME_ZONE = 'TIME_ZONE',
  REGION = 'REGION',
  RECENT_DECLINE = 'RECENT_DECLINE',
}

/** The factors in the order reasons and summaries list them. */
export const MATCH_FACTORS = Object.values(MatchFactor);
