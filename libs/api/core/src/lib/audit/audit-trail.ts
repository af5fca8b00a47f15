import type { EntityManager } from 'typeorm';

import type { RequestMeta } from '../http/request-meta';

/** One field's value before and after a change. */
export interface FieldChange {
  readonly before: unknown;
  readonly after: unknown;
}

/**
 * The audit catalogue: every action the trail records, `<thing>.<what happened>`. A new
 * operation that changes something adds its actions here (the GraphQL field stays a String).
 */
export const AUDIT_ACTIONS = [
  // accounts and sessions (auth)
  'account.created',
  'account.signed_in',
  'account.sign_in_failed',
  'account.signed_out',
  'account.signed_out_everywhere',
  'account.password_changed',
  'account.role_changed',
  'account.deactivated',
  'account.language_changed',
  'session.revoked_on_token_reuse',
  // a spent refresh token answered with its successor within the grace (two tabs, a reload)
  'session.refresh_grace_used',
  'invitation.created',
  'invitation.accepted',
  'invitation.revoked',
  // the first refusal of a sign-in limit per key and window, with the failures counted
  'login.limited',
  'refresh.limited',
  'accept_invitation.limited',
  'change_password.limited',
  // offices and people
  'office.updated',
  'member.updated',
  // maturity
  'maturity_assessment.submitted',
  'maturity_assessment.draft_saved',
  'maturity_assessment.validated',
  'needs_and_offers.set',
  'standard_adoption.set',
  // brokering (each entry's changes hold every state the action moved)
  'match_request.created',
  'match_request.cancelled',
  'introduction.proposed',
  'introduction.accepted',
  'introduction.declined',
  'introduction.expired',
  'introduction.cancelled',
  'introduction.closed',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an audit entry records: who did what to which thing, when (now) and from where. */
export interface AuditRecord {
  readonly action: AuditAction;
  /** The kind of thing changed: `account`, `invitation`, `office` … */
  readonly entity: string;
  readonly entityId: string | null;
  /** The account that acted (null when nobody is signed in, e.g. a failed sign-in). */
  readonly actorId: string | null;
  /** The email the actor used (kept for failed sign-ins, where there may be no account). */
  readonly actorEmail?: string | null;
  readonly changes?: Readonly<Record<string, FieldChange>>;
  readonly request?: RequestMeta;
}

/**
 * The audit trail, declared here and implemented by the audit lib (libs later in the chain write
 * to it without importing it). Pass the transaction's manager so the entry commits or rolls back
 * with the change it records.
 */
export abstract class AuditTrail {
  abstract record(record: AuditRecord, manager?: EntityManager): Promise<void>;
}

/** The fields whose values differ between two versions of a thing, as audit changes. */
export function changedFields<T extends object>(
  before: T,
  after: Partial<T>,
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const [field, value] of Object.entries(after)) {
    const previous = (before as Record<string, unknown>)[field];
    if (value !== undefined && JSON.stringify(previous) !== JSON.stringify(value)) {
      changes[field] = { before: previous ?? null, after: value };
    }
  }
  return changes;
}
