import type { IntlShape } from 'react-intl';

import type {
  AdoptionStatus,
  AssessmentStatus,
  MaturityDimension,
  MaturityGroup,
  OfficeKind,
  Position,
  WipoRegion,
} from '../gql/graphql';

/*
 * Names of the API's enum values, from the catalogues (`enum.<type>.<VALUE>`): never the raw
 * value. Every page names them through these.
 */

export const regionLabel = (intl: IntlShape, region: WipoRegion) =>
  intl.formatMessage({ id: `enum.region.${region}` });

export const kindLabel = (intl: IntlShape, kind: OfficeKind) =>
  intl.formatMessage({ id: `enum.kind.${kind}` });

/** A dimension's short name, for a chart's axis or a filter (the model's own names are longer). */
export const dimensionLabel = (intl: IntlShape, dimension: MaturityDimension) =>
  intl.formatMessage({ id: `enum.dimension.${dimension}` });

export const groupLabel = (intl: IntlShape, group: MaturityGroup) =>
  intl.formatMessage({ id: `enum.group.${group}` });

export const assessmentStatusLabel = (intl: IntlShape, status: AssessmentStatus) =>
  intl.formatMessage({ id: `enum.assessmentStatus.${status}` });

export const adoptionStatusLabel = (intl: IntlShape, status: AdoptionStatus) =>
  intl.formatMessage({ id: `enum.adoptionStatus.${status}` });

export const positionLabel = (intl: IntlShape, position: Position) =>
  intl.formatMessage({ id: `enum.position.${position}` });
