import type { IntlShape } from 'react-intl';

import type { MatchKind } from '../../gql/graphql';

/*
 * What "How is this ranked?" explains: the factors each list uses and their weights, as
 * libs/api/matching/src/lib/scoring/match-weights.ts (and docs/matching.md) set them. The API
 * scores; these only describe it (each reason also carries its own weight).
 */

export interface FactorRow {
  /** A MatchFactor. */
  readonly factor: string;
  /** In points of the score (the weight × 100). */
  readonly points: number;
}

const MODIFIERS: readonly FactorRow[] = [
  { factor: 'LANGUAGE', points: 8 },
  { factor: 'BUSINESS_SYSTEM', points: 6 },
  { factor: 'SHARED_STANDARDS', points: 4 },
  { factor: 'TIME_ZONE', points: 4 },
  { factor: 'REGION', points: 3 },
  { factor: 'RECENT_DECLINE', points: -100 },
];

export const KIND_FACTORS: Readonly<Record<MatchKind, readonly FactorRow[]>> = {
  MENTOR: [
    { factor: 'LEVEL_GAP', points: 25 },
    { factor: 'OFFERS_HELP', points: 50 },
    ...MODIFIERS,
  ],
  PEER: [{ factor: 'LEVEL_GAP', points: 25 }, { factor: 'SHARED_NEED', points: 25 }, ...MODIFIERS],
  STANDARD_BUDDY: [{ factor: 'STANDARD_STATUS', points: 50 }, ...MODIFIERS],
};

export const EXPERT_FACTORS: readonly FactorRow[] = [
  { factor: 'EXPERTISE_LEVEL', points: 75 },
  { factor: 'AVAILABLE_TO_MENTOR', points: 13 },
  { factor: 'LANGUAGE', points: 8 },
  { factor: 'TIME_ZONE', points: 4 },
];

/** A factor's name in the interface's language; a factor the catalogue lacks, by its code. */
export function factorLabel(intl: IntlShape, factor: string): string {
  const id = `recommendations.factor.${factor}`;
  return Object.prototype.hasOwnProperty.call(intl.messages, id)
    ? intl.formatMessage({ id })
    : factor;
}

/** What a factor measures, for the kind of list (the level gap reads differently for peers). */
export function factorExplanation(intl: IntlShape, factor: string, kind: MatchKind | 'EXPERT') {
  const specific = `recommendations.factorHelp.${factor}.${kind}`;
  const id = Object.prototype.hasOwnProperty.call(intl.messages, specific)
    ? specific
    : `recommendations.factorHelp.${factor}`;
  return Object.prototype.hasOwnProperty.call(intl.messages, id) ? intl.formatMessage({ id }) : '';
}

export const kindLabel = (intl: IntlShape, kind: MatchKind) =>
  intl.formatMessage({ id: `recommendations.kind.${kind}` });

export const kindHint = (intl: IntlShape, kind: MatchKind) =>
  intl.formatMessage({ id: `recommendations.kind.${kind}.hint` });

/** A number with its sign, the minus as a true minus sign: `+25`, `−100`, `+3,7` in French. */
export function formatSigned(intl: IntlShape, value: number): string {
  return intl
    .formatNumber(value, { maximumFractionDigits: 1, signDisplay: 'exceptZero' })
    .replace('-', '\u2212');
}

/** A contribution in points of the score (its weight × value × 100). */
export function formatPoints(intl: IntlShape, contribution: number): string {
  return formatSigned(intl, Math.round(contribution * 1000) / 10);
}

/** A score as a whole percentage: `97 %`. */
export function formatScore(intl: IntlShape, score: number): string {
  return intl.formatNumber(score, { style: 'percent', maximumFractionDigits: 0 });
}

/**
 * Mantine's error red (red 6) is below axe's 4.5:1 on white: a field in error here says so in red 9,
 * its message and its value alike (the border stays red too).
 */
export const READABLE_ERROR = {
  error: { color: 'var(--mantine-color-red-9)' },
  input: { '--input-color': 'var(--mantine-color-red-9)' },
} as const;
