import type { SessionAccount } from '../../../app/session/session-store';

/**
 * Asking the International Bureau for an introduction: the members and office admins of the
 * office (brokers and admins propose introductions, they do not ask; the API refuses them).
 */
export function canAskForIntroduction(account: SessionAccount | null, officeCode: string): boolean {
  if (!account) return false;
  return (
    (account.role === 'MEMBER' || account.role === 'OFFICE_ADMIN') &&
    account.officeCode === officeCode
  );
}

/** The International Bureau sees every office's requests: brokers and admins. */
export function seesAllRequests(account: SessionAccount | null): boolean {
  return account?.role === 'ADMIN' || account?.role === 'BROKER';
}
