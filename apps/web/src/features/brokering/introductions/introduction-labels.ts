import { CombinedGraphQLErrors } from '@apollo/client';
import type { IntlShape } from 'react-intl';

import type { IntroductionOutcome, MatchKind, MaturityDimension } from '../../../gql/graphql';
import { describeError, type DescribedError } from '../../../shared/errors';
import { dimensionLabel } from '../../../shared/labels';

export const OUTCOMES: readonly IntroductionOutcome[] = ['SUCCESSFUL', 'PARTLY', 'NOT_USEFUL'];

export const outcomeLabel = (intl: IntlShape, outcome: IntroductionOutcome) =>
  intl.formatMessage({ id: `introductions.outcome.${outcome}` });

/** An office in a line: its acronym and code (`INPI (FR)`), else its name; long names wrap badly. */
export function officeShort(office: { code: string; name: string; acronym?: string | null }) {
  return office.acronym ? `${office.acronym} (${office.code})` : office.name;
}

/** What the request asks for, in words: "A mentor in Security", "A standards buddy for ST.26". */
export function subjectOf(
  intl: IntlShape,
  request: { kind: MatchKind; dimension?: MaturityDimension | null; standard?: string | null },
): string {
  return intl.formatMessage(
    { id: 'introductions.subject' },
    {
      kind: request.kind,
      dimension: request.dimension ? dimensionLabel(intl, request.dimension) : '',
      standard: request.standard ?? '',
    },
  );
}

function has(intl: IntlShape, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(intl.messages, id);
}

/** A refused move, as the page says it: translated, with what the refusal means for this page. */
export interface MoveFailure extends DescribedError {
  /** The introduction moved meanwhile (CONFLICT, NOT_FOUND): the page reads it again. */
  readonly stale: boolean;
}

/**
 * A move's refusal in the interface's language. A CONFLICT says what happened meanwhile by the
 * API's `extensions.reason` (`INTRODUCTION_EXPIRED`, `ALREADY_ANSWERED` …), never in its English.
 */
export function moveFailure(intl: IntlShape, error: unknown): MoveFailure {
  const described = describeError(intl, error);
  if (described.code !== 'CONFLICT') return { ...described, stale: described.code === 'NOT_FOUND' };
  const reason = CombinedGraphQLErrors.is(error)
    ? (error.errors[0]?.extensions?.['reason'] as string | undefined)
    : undefined;
  const id = `introductions.conflict.${reason}`;
  return {
    ...described,
    message: intl.formatMessage({ id: reason && has(intl, id) ? id : 'introductions.conflict' }),
    stale: true,
  };
}
