import type { MatchKind, MatchRequestState, MaturityDimension } from '../../../gql/graphql';
import { readUrl } from '../../recommendations/recommendations-url';

/** What a request is about, as a recommendation's choice names it. */
export interface RequestSubject {
  readonly kind: MatchKind;
  readonly dimension: MaturityDimension | null;
  readonly standard: string | null;
}

/** What `/requests/new` is opened with: the recommendation's choice, its office and candidate. */
export interface NewRequestUrl extends RequestSubject {
  /** The asking office's ST.3 code; null: the caller's own. */
  readonly office: string | null;
  /** The recommended office the request comes from. */
  readonly suggested: string | null;
}

const KIND_PARAMS: Readonly<Record<MatchKind, string>> = {
  MENTOR: 'mentor',
  PEER: 'peer',
  STANDARD_BUDDY: 'buddy',
};

/** Reads `/requests/new?kind=mentor&dimension=SECURITY&office=SN&suggested=FR` as the recommendations' address reads. */
export function readNewRequestUrl(params: URLSearchParams): NewRequestUrl {
  const { kind, dimension, standard, office } = readUrl(params);
  const suggested = params.get('suggested')?.trim().toUpperCase() ?? '';
  const buddy = kind === 'STANDARD_BUDDY';
  return {
    kind,
    // the subject of the kind only: a mentor's request takes no standard, a buddy's no dimension
    dimension: buddy ? null : dimension,
    standard: buddy ? standard : null,
    office,
    suggested: /^[A-Z0-9]{2,8}$/.test(suggested) ? suggested : null,
  };
}

/** The address of the request form for a recommendation of `office`'s list. */
export function newRequestHref(url: NewRequestUrl): string {
  const params = new URLSearchParams();
  params.set('kind', KIND_PARAMS[url.kind]);
  if (url.kind === 'STANDARD_BUDDY') {
    if (url.standard) params.set('standard', url.standard);
  } else if (url.dimension) params.set('dimension', url.dimension);
  if (url.office) params.set('office', url.office);
  if (url.suggested) params.set('suggested', url.suggested);
  return `/requests/new?${params.toString()}`;
}

/** The list's state filter: `?state=open`; `all` (the default) is every state. */
export type StateFilter = 'open' | 'introduced' | 'fulfilled' | 'cancelled' | 'all';
export const STATE_FILTERS: readonly StateFilter[] = [
  'open',
  'introduced',
  'fulfilled',
  'cancelled',
  'all',
];

/** `newest` (the default): the latest made first; `waiting`: the longest waiting first. */
export type RequestsOrder = 'newest' | 'waiting';
export const ORDERS: readonly RequestsOrder[] = ['newest', 'waiting'];

export interface RequestsUrl {
  readonly state: StateFilter;
  readonly order: RequestsOrder;
}

export function readRequestsUrl(params: URLSearchParams): RequestsUrl {
  const state = params.get('state')?.trim().toLowerCase();
  const order = params.get('order')?.trim().toLowerCase();
  return {
    state: STATE_FILTERS.find((each) => each === state) ?? 'all',
    order: ORDERS.find((each) => each === order) ?? 'newest',
  };
}

/** Only what differs from the defaults. */
export function requestsSearchOf(url: RequestsUrl): URLSearchParams {
  const params = new URLSearchParams();
  if (url.state !== 'all') params.set('state', url.state);
  if (url.order !== 'newest') params.set('order', url.order);
  return params;
}

/** The states a filter asks the API for (null: every state). */
export function statesOf(filter: StateFilter): MatchRequestState[] | null {
  return filter === 'all' ? null : [filter.toUpperCase() as MatchRequestState];
}
