import type { AuthenticatedAccount } from '@wild/api/auth';
import type { MaturityDimension } from '@wild/shared/domain';

import { visibleNeedsCondition } from './need-visibility';

type Viewer = Pick<AuthenticatedAccount, 'role' | 'officeCode'>;

/*
 * What later libs (the directory) read of `office_need` and `office_offer` in their own SQL,
 * written once here beside the entities: a renamed column fails in maturity's suite
 * (apps/api/test/needs-offers.int-spec.ts runs these on the migrated schema), not in another
 * lib's. Every read of needs goes through visibleNeedsCondition.
 */

/**
 * The office `officeCode` (an SQL expression, such as `office.code`) states a need that `viewer`
 * may see in one of `dimensions`. An EXISTS condition, with its parameters.
 */
export function hasVisibleNeedCondition(
  viewer: Viewer,
  officeCode: string,
  dimensions: readonly MaturityDimension[],
): { condition: string; parameters: Record<string, unknown> } {
  const visible = visibleNeedsCondition(viewer, 'need');
  return {
    condition: `EXISTS (SELECT 1 FROM office_need need WHERE need.office_code = ${officeCode}
      AND need.dimension IN (:...needDimensions) AND ${visible.condition})`,
    parameters: { needDimensions: [...dimensions], ...visible.parameters },
  };
}

/**
 * The office `officeCode` (an SQL expression) offers help in one of `dimensions` (offers are
 * public). An EXISTS condition, with its parameters.
 */
export function hasOfferCondition(
  officeCode: string,
  dimensions: readonly MaturityDimension[],
): { condition: string; parameters: Record<string, unknown> } {
  return {
    condition: `EXISTS (SELECT 1 FROM office_offer offer WHERE offer.office_code = ${officeCode}
      AND offer.dimension IN (:...offerDimensions))`,
    parameters: { offerDimensions: [...dimensions] },
  };
}

/**
 * The needs that `viewer` may see of the office `officeCode` (an SQL expression), as rows named
 * `alias`: `join` (a JOIN clause, with the parameters it needs) and `dimension`.
 */
export function joinVisibleNeeds(
  viewer: Viewer,
  officeCode: string,
  alias = 'need',
): { join: string; dimension: string; parameters: Record<string, unknown> } {
  const visible = visibleNeedsCondition(viewer, alias);
  return {
    join: `JOIN office_need ${alias} ON ${alias}.office_code = ${officeCode} AND ${visible.condition}`,
    dimension: `${alias}.dimension`,
    parameters: visible.parameters,
  };
}

/**
 * The offers of the office `officeCode` (an SQL expression), as rows named `alias`: `join` (a JOIN
 * clause) and `dimension`.
 */
export function joinOffers(
  officeCode: string,
  alias = 'offer',
): { join: string; dimension: string } {
  return {
    join: `JOIN office_offer ${alias} ON ${alias}.office_code = ${officeCode}`,
    dimension: `${alias}.dimension`,
  };
}
