/** The ten dimensions of the ICT maturity model. A new model version rewords them, never renames them. */
export enum MaturityDimension {
  /** ICT strategy and governance. */
  STRATEGY = 'STRATEGY',
  /** Data governance and quality. */
  DATA = 'DATA',
  /** Cybersecurity and resilience. */
  SECURITY = 'SECURITY',
  /** IP administration systems, from reception to registration, and document management. */
  CORE_SYSTEMS = 'CORE_SYSTEMS',
  /** Online services for applicants: e-filing, e-payment, online register. */
  SERVICES = 'SERVICES',
  /** WIPO standards and data exchange. */
  INTEROP = 'INTEROP',
  /** Infrastructure, cloud and APIs. */
  INFRA = 'INFRA',
  /** AI and blockchain in pilot or production. */
  EMERGING = 'EMERGING',
  /** Skills and organisation. */
  PEOPLE = 'PEOPLE',
  /** Sharing strategies and solutions with other offices. */
  COOPERATION = 'COOPERATION',
}

export const MATURITY_DIMENSIONS = Object.values(MaturityDimension);

/** 1 Ad hoc · 2 Digitised · 3 Defined · 4 Integrated · 5 Optimising; `null` is "unknown", not a level. */
export type MaturityLevel = 1 | 2 | 3 | 4 | 5;

/** An A–D group, as the World Bank's GovTech Maturity Index groups economies. */
export type MaturityGroup = 'A' | 'B' | 'C' | 'D';

/** An overall level needs at least this many known dimension levels. */
export const MIN_KNOWN_DIMENSIONS = 6;

function knownLevels(levels: readonly (number | null | undefined)[]): number[] {
  return levels.filter((level): level is number => typeof level === 'number');
}

/** What the overall level and the group are computed from: the sum and count of known levels. */
export interface KnownLevelTotals {
  readonly sum: number;
  readonly known: number;
}

export function knownLevelTotals(levels: readonly (number | null | undefined)[]): KnownLevelTotals {
  const known = knownLevels(levels);
  return { sum: known.reduce((total, level) => total + level, 0), known: known.length };
}

/**
 * The version of {@link overallLevel} and {@link maturityGroup}. The API keeps both with each
 * office's current assessment (`office_current_maturity`); bump this when either formula changes,
 * and the next start recomputes every kept value.
 */
export const DERIVED_LEVELS_VERSION = 1;

/**
 * The overall level: the mean of the known dimension levels, rounded half up; `null` when fewer
 * than six are known.
 */
export function overallLevel(levels: readonly (number | null | undefined)[]): MaturityLevel | null {
  return overallLevelOf(knownLevelTotals(levels));
}

/** {@link overallLevel} from totals (as SQL can sum them). */
export function overallLevelOf({ sum, known }: KnownLevelTotals): MaturityLevel | null {
  if (known < MIN_KNOWN_DIMENSIONS) return null;
  // rounded half up, on the exact mean (sums of small integers: no floating-point surprise at .5)
  return Math.floor((2 * sum + known) / (2 * known)) as MaturityLevel;
}

/**
 * The A–D group: x = (mean − 1) / 4 over the known levels; A when x ≥ 0.75, B ≥ 0.5, C ≥ 0.25,
 * else D; `null` when fewer than six levels are known.
 */
export function maturityGroup(
  levels: readonly (number | null | undefined)[],
): MaturityGroup | null {
  return maturityGroupOf(knownLevelTotals(levels));
}

/** {@link maturityGroup} from totals. */
export function maturityGroupOf({ sum, known }: KnownLevelTotals): MaturityGroup | null {
  if (known < MIN_KNOWN_DIMENSIONS) return null;
  // x ≥ t  ⇔  sum ≥ n (4t + 1): compared on integers, so 0.75 exactly is A
  if (sum >= 4 * known) return 'A';
  if (sum >= 3 * known) return 'B';
  if (sum >= 2 * known) return 'C';
  return 'D';
}

export const MATURITY_LEVELS: readonly MaturityLevel[] = [1, 2, 3, 4, 5];
export const MATURITY_GROUPS: readonly MaturityGroup[] = ['A', 'B', 'C', 'D'];
