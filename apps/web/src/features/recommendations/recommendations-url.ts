import type { MatchKind, MaturityDimension } from '../../gql/graphql';

/** The ten dimensions, in the model's order (the API's `MaturityDimension`). */
export const DIMENSIONS: readonly MaturityDimension[] = [
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
];

export const KINDS: readonly MatchKind[] = ['MENTOR', 'PEER', 'STANDARD_BUDDY'];

/** How a kind reads in the address: `?kind=mentor`, `peer`, `buddy`. */
const KIND_PARAMS: Readonly<Record<MatchKind, string>> = {
  MENTOR: 'mentor',
  PEER: 'peer',
  STANDARD_BUDDY: 'buddy',
};

/** What the address says: everything a person chose, so that a link shows the same list. */
export interface RecommendationsUrl {
  /** The seeker office's ST.3 code, when not the caller's own. */
  readonly office: string | null;
  readonly kind: MatchKind;
  /** MENTOR and PEER; null: the office's first need's dimension, else SECURITY. */
  readonly dimension: MaturityDimension | null;
  /** STANDARD_BUDDY; null: the first standard the office plans. */
  readonly standard: string | null;
  /** The experts' area (an `expertiseAreas` code). */
  readonly area: string | null;
}

/** ST.3 codes, and the longer codes of generated offices. */
const OFFICE_CODE = /^[A-Z0-9]{2,8}$/;
/** `ST.26`, also written `st26`. */
const STANDARD = /^ST\.?(\d{1,3})$/;

function text(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim();
  return value ? value : null;
}

/** Reads the address; anything it cannot use reads as not given. */
export function readUrl(params: URLSearchParams): RecommendationsUrl {
  const kindParam = text(params, 'kind')?.toLowerCase();
  const kind = KINDS.find((candidate) => KIND_PARAMS[candidate] === kindParam) ?? 'MENTOR';
  const dimension = text(params, 'dimension')?.toUpperCase();
  const standard = STANDARD.exec(text(params, 'standard')?.toUpperCase() ?? '');
  const office = text(params, 'office')?.toUpperCase() ?? '';
  return {
    office: OFFICE_CODE.test(office) ? office : null,
    kind,
    dimension: DIMENSIONS.find((candidate) => candidate === dimension) ?? null,
    standard: standard ? `ST.${standard[1]}` : null,
    area: text(params, 'area'),
  };
}

/**
 * The address of a state: only what differs from the defaults, in a stable order. The dimension
 * and the standard both stay, so that switching the kind and back finds the choice again.
 */
export function searchOf(url: RecommendationsUrl): URLSearchParams {
  const params = new URLSearchParams();
  if (url.office) params.set('office', url.office);
  if (url.kind !== 'MENTOR') params.set('kind', KIND_PARAMS[url.kind]);
  if (url.dimension) params.set('dimension', url.dimension);
  if (url.standard) params.set('standard', url.standard);
  if (url.area) params.set('area', url.area);
  return params;
}
