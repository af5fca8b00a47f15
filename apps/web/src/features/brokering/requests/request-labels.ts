import type { IntlShape } from 'react-intl';

import type { MatchKind, MatchUrgency, MaturityDimension } from '../../../gql/graphql';
import { dimensionLabel } from '../../../shared/labels';
import type { RequestSubject } from './request-url';

export const URGENCIES: readonly MatchUrgency[] = ['LOW', 'NORMAL', 'HIGH'];

/** "Mentor", "Peers", "Standards buddy": what is asked for. */
export const requestKindLabel = (intl: IntlShape, kind: MatchKind) =>
  intl.formatMessage({ id: `requests.kind.${kind}` });

export const urgencyLabel = (intl: IntlShape, urgency: MatchUrgency) =>
  intl.formatMessage({ id: `requests.urgency.${urgency}` });

type DimensionNames = readonly { dimension: MaturityDimension; name: string }[];

/** The dimension by the model's name (its short label while the model is not there), or the standard. */
export function subjectName(
  intl: IntlShape,
  subject: RequestSubject,
  names: DimensionNames | undefined,
): string {
  if (subject.kind === 'STANDARD_BUDDY') return subject.standard ?? '';
  if (!subject.dimension) return '';
  return (
    names?.find((entry) => entry.dimension === subject.dimension)?.name ??
    dimensionLabel(intl, subject.dimension)
  );
}

/** "Mentor · Cybersecurity and resilience", "Standards buddy · ST.26". */
export function subjectLine(
  intl: IntlShape,
  subject: RequestSubject,
  names: DimensionNames | undefined,
): string {
  return intl.formatMessage(
    { id: 'requests.subjectLine' },
    { kind: requestKindLabel(intl, subject.kind), subject: subjectName(intl, subject, names) },
  );
}

/** The topic the form proposes: "Mentoring in Security", "Standards buddy for ST.26". */
export function defaultTopic(intl: IntlShape, subject: RequestSubject): string {
  return intl.formatMessage(
    { id: `requests.topic.${subject.kind}` },
    {
      dimension: subject.dimension ? dimensionLabel(intl, subject.dimension) : '',
      standard: subject.standard ?? '',
    },
  );
}
