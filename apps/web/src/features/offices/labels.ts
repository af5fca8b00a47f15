import type { IntlShape } from 'react-intl';

import type {
  AdoptionStatus,
  AssessmentStatus,
  MaturityDimension,
  MaturityGroup,
  OfficeKind,
  Position,
  WipoRegion,
} from '../../gql/graphql';

/*
 * Names of the API's enum values, from the catalogues (`enum.<type>.<VALUE>`): never the raw
 * value. Kept here until another page needs them; then they move to src/shared.
 */

export const regionLabel = (intl: IntlShape, region: WipoRegion) =>
  intl.formatMessage({ id: `enum.region.${region}` });

export const kindLabel = (intl: IntlShape, kind: OfficeKind) =>
  intl.formatMessage({ id: `enum.kind.${kind}` });

/** A dimension's short name, for a chart's axis (the model's own names are longer). */
export const dimensionShortLabel = (intl: IntlShape, dimension: MaturityDimension) =>
  intl.formatMessage({ id: `enum.dimension.${dimension}` });

export const groupLabel = (intl: IntlShape, group: MaturityGroup) =>
  intl.formatMessage({ id: `enum.group.${group}` });

export const assessmentStatusLabel = (intl: IntlShape, status: AssessmentStatus) =>
  intl.formatMessage({ id: `enum.assessmentStatus.${status}` });

export const adoptionStatusLabel = (intl: IntlShape, status: AdoptionStatus) =>
  intl.formatMessage({ id: `enum.adoptionStatus.${status}` });

export const positionLabel = (intl: IntlShape, position: Position) =>
  intl.formatMessage({ id: `enum.position.${position}` });

/** A country (ISO 3166-1 alpha-2) or a language (ISO 639-1) named in the interface's language. */
export function displayName(intl: IntlShape, type: 'region' | 'language', code: string): string {
  try {
    return new Intl.DisplayNames([intl.locale], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** `Europe/Paris` → `Central European Time` in the interface's language (the id if unknown). */
export function timeZoneName(intl: IntlShape, timeZone: string): string | null {
  try {
    const parts = new Intl.DateTimeFormat(intl.locale, {
      timeZone,
      timeZoneName: 'longGeneric',
    }).formatToParts(new Date());
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? null;
  } catch {
    return null;
  }
}
