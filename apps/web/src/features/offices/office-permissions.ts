import type { SessionAccount } from '../../app/session/session-store';

/**
 * What the web app offers to whom; the API decides (and refuses) anyway. An office's profile,
 * needs and offers, standards and self-assessment are kept by its office admins, brokers and
 * admins.
 */
export function canEditOffice(account: SessionAccount | null, officeCode: string): boolean {
  if (!account) return false;
  if (account.role === 'ADMIN' || account.role === 'BROKER') return true;
  return account.role === 'OFFICE_ADMIN' && account.officeCode === officeCode;
}

/** The International Bureau validates submitted self-assessments: brokers and admins. */
export function canValidateAssessments(account: SessionAccount | null): boolean {
  return account?.role === 'ADMIN' || account?.role === 'BROKER';
}

/** The audit log is read by brokers and admins. */
export function canReadAuditLog(account: SessionAccount | null): boolean {
  return account?.role === 'ADMIN' || account?.role === 'BROKER';
}
