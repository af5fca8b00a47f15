import type {
  AdoptionStatus,
  MaturityDimension,
  MaturityGroup,
  OfficeKind,
  Position,
  SortDirection,
  WipoRegion,
} from '../../gql/graphql';

/**
 * Every value of a schema enum, in display order. The generated types are unions without a
 * runtime list; `everyValueOf<T>()(list)` does not compile while the list misses one of them,
 * so a value the API adds fails the type check here instead of vanishing from the filters.
 */
const everyValueOf =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)): L =>
    list;

export const REGIONS = everyValueOf<WipoRegion>()([
  'AFRICA',
  'ARAB',
  'ASIA_PACIFIC',
  'LATIN_AMERICA_CARIBBEAN',
  'TRANSITION_DEVELOPED',
  'GLOBAL',
]);

export const KINDS = everyValueOf<OfficeKind>()(['NATIONAL', 'REGIONAL', 'IGO']);

export const GROUPS = everyValueOf<MaturityGroup>()(['A', 'B', 'C', 'D']);

/** The model's order (DOMAIN.md), not the alphabet's. */
export const DIMENSIONS = everyValueOf<MaturityDimension>()([
  'STRATEGY',
  'DATA',
  'SECURITY',
  'CORE_SYSTEMS',
  'SERVICES',
  'INTEROP',
  'INFRA',
  'EMERGING',
  'PEOPLE',
  'COOPERATION',
]);

export const POSITIONS = everyValueOf<Position>()([
  'CIO',
  'CTO',
  'HEAD_OF_IT',
  'CISO',
  'DATA_OFFICER',
  'ARCHITECT',
  'OTHER',
]);

export const ADOPTION_STATUSES = everyValueOf<AdoptionStatus>()(['COMPLETE', 'PARTIAL', 'NONE']);

export const DIRECTIONS = everyValueOf<SortDirection>()(['ASC', 'DESC']);

/** Maturity levels 1 Ad hoc … 5 Optimising. */
export const LEVELS = [1, 2, 3, 4, 5] as const;

/** Expertise levels: 1 familiar · 2 practitioner · 3 expert. */
export const EXPERTISE_LEVELS = [1, 2, 3] as const;

export const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);
