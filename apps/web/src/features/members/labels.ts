import type { IntlShape } from 'react-intl';

import type { ContactVisibility } from '../../gql/graphql';

/** 1 familiar · 2 practitioner · 3 expert, in the interface's language. */
export const expertiseLevelLabel = (intl: IntlShape, level: number) =>
  intl.formatMessage({ id: `member.expertiseLevel.${level}` });

export const contactVisibilityLabel = (intl: IntlShape, visibility: ContactVisibility) =>
  intl.formatMessage({ id: `member.contactVisibility.${visibility}` });

/** An expertise area's name from the taxonomy, else its code. */
export function areaName(areas: readonly { code: string; name: string }[], code: string): string {
  return areas.find((area) => area.code === code)?.name ?? code;
}
