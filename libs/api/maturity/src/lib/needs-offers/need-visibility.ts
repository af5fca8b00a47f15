import type { AuthenticatedAccount } from '@wild/api/auth';
import { Role } from '@wild/shared/domain';

/**
 * The one rule for confidential needs, as an SQL condition on a need row (alias `need` by default),
 * so every read, list, filter, facet and count applies it the same way: a confidential need is
 * seen by the members of its own office and by the International Bureau (brokers, admins) only.
 */
export function visibleNeedsCondition(
  viewer: Pick<AuthenticatedAccount, 'role' | 'officeCode'>,
  alias = 'need',
): { condition: string; parameters: Record<string, unknown> } {
  if (viewer.role === Role.BROKER || viewer.role === Role.ADMIN) {
    return { condition: 'TRUE', parameters: {} };
  }
  return {
    condition: `(${alias}.confidential = false OR ${alias}.office_code = :needViewerOffice)`,
    parameters: { needViewerOffice: viewer.officeCode },
  };
}

/**
 * What {@link visibleNeedsCondition} depends on, as a key: results that differ only in callers
 * with the same scope see the same needs (the directory keeps results per scope).
 */
export function needsVisibilityScope(
  viewer: Pick<AuthenticatedAccount, 'role' | 'officeCode'>,
): string {
  return viewer.role === Role.BROKER || viewer.role === Role.ADMIN
    ? 'ib'
    : `office:${viewer.officeCode}`;
}

/**
 * {@link visibleNeedsCondition} for a need already in memory (matching's candidate model masks
 * needs with it): the same rule, one need at a time.
 */
export function needVisibleTo(
  viewer: Pick<AuthenticatedAccount, 'role' | 'officeCode'>,
  need: { readonly officeCode: string; readonly confidential: boolean },
): boolean {
  return (
    !need.confidential ||
    viewer.role === Role.BROKER ||
    viewer.role === Role.ADMIN ||
    need.officeCode === viewer.officeCode
  );
}
