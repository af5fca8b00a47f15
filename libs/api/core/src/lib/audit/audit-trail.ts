import type { EntityManager } from 'typeorm';

import type { RequestMeta } from '../http/request-meta';

/** One field's value before and after a change. */
export interface FieldChange {
  readonly before: unknown;
  readonly after: unknown;
}

/** What an audit entry records: who did what to which thing, when (now) and from where. */
export interface AuditRecord {
  /** `account.signed_in`, `invitation.created`, `office.updated` … */
  readonly action: string;
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
