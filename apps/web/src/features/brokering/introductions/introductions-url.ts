import type { IntroductionState } from '../../../gql/graphql';

/** The six states, in the order of an introduction's life: the state filter offers them so. */
export const INTRODUCTION_STATES: readonly IntroductionState[] = [
  'PROPOSED',
  'ACTIVE',
  'CLOSED',
  'DECLINED',
  'EXPIRED',
  'CANCELLED',
];

/** What the list's address says: `?state=PROPOSED`, and for the International Bureau `&office=FR`. */
export interface IntroductionsUrl {
  readonly state: IntroductionState | null;
  /** Either side's office (brokers and admins; a member's list is their office's already). */
  readonly office: string | null;
}

const OFFICE_CODE = /^[A-Z0-9]{2,8}$/;

/** Reads the address; anything it cannot use reads as not given. */
export function readUrl(params: URLSearchParams): IntroductionsUrl {
  const state = params.get('state')?.trim().toUpperCase();
  const office = params.get('office')?.trim().toUpperCase() ?? '';
  return {
    state: INTRODUCTION_STATES.find((candidate) => candidate === state) ?? null,
    office: OFFICE_CODE.test(office) ? office : null,
  };
}

export function searchOf(url: IntroductionsUrl): URLSearchParams {
  const params = new URLSearchParams();
  if (url.state) params.set('state', url.state);
  if (url.office) params.set('office', url.office);
  return params;
}

/** The query's filter for the address (the office only where the caller may choose one). */
export function filterOf(url: IntroductionsUrl, chooser: boolean) {
  return {
    ...(url.state ? { states: [url.state] } : {}),
    ...(chooser && url.office ? { officeCode: url.office } : {}),
  };
}
