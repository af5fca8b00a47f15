import type { MaturityDimension, MaturityLevel, WipoRegion } from '@wild/shared/domain';

/** A standard's adoption, in the CWS survey's terms (AdoptionStatus of @wild/api/maturity). */
export type AdoptionStatusValue = 'COMPLETE' | 'PARTIAL' | 'NONE';

export interface StandardAdoptionFeature {
  readonly status: AdoptionStatusValue;
  /** `YYYY-MM-DD`; a planned implementation is NONE with a planned date. */
  readonly plannedDate: string | null;
}

/**
 * What matching knows of an office: its current levels, its needs and offers, its standards and
 * the modifiers. The needs are those the caller may see (confidential ones masked beforehand).
 */
export interface OfficeFeatures {
  readonly code: string;
  readonly region: WipoRegion | null;
  /** Working languages, ISO 639-1, most used first. */
  readonly languages: readonly string[];
  /** IANA (`Europe/Paris`); null when unknown. */
  readonly timeZone: string | null;
  readonly businessSystems: readonly string[];
  /** The current assessment's known levels; a dimension absent is unknown. */
  readonly levels: Readonly<Partial<Record<MaturityDimension, MaturityLevel>>>;
  /** Dimensions it seeks help in. */
  readonly needs: ReadonlySet<MaturityDimension>;
  /** Dimensions it can help in. */
  readonly offers: ReadonlySet<MaturityDimension>;
  /** By standard code (`ST.26`). */
  readonly standards: Readonly<Record<string, StandardAdoptionFeature>>;
}

/**
 * What the introductions say about a candidate, for one seeker (the INTRODUCTION_FACTS token
 * answers them; before brokering exists: capacity as set, none open, none declined).
 */
export interface IntroductionFacts {
  /** The candidate's capacity minus its PROPOSED and ACTIVE introductions as candidate. */
  readonly remainingCapacity: number;
  /** A PROPOSED or ACTIVE introduction between the seeker and the candidate. */
  readonly open: boolean;
  /** When an introduction between the two was last declined (by either side); null: never. */
  readonly declinedSince: Date | null;
}
