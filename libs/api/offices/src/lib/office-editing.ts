import { EntityManager } from 'typeorm';

import type { AuthenticatedAccount } from '@wild/api/auth';
import { ForbiddenError, NotFoundError } from '@wild/api/core';
import { Role } from '@wild/shared/domain';

import { OfficeEntity } from './office.entity';

type Editor = Pick<AuthenticatedAccount, 'role' | 'officeCode'>;

/**
 * May this caller edit this office — its profile, its maturity assessments, its needs and offers,
 * its standards adoption: admins and brokers may edit any office, office admins their own office
 * only, members none. The one rule; {@link officeToEdit} applies it to every edit, and the drafts
 * of an office are shown to those it lets in.
 */
export function mayEditOffice(actor: Editor, code: string): boolean {
  return (
    actor.role === Role.ADMIN ||
    actor.role === Role.BROKER ||
    (actor.role === Role.OFFICE_ADMIN && actor.officeCode === code)
  );
}

export interface OfficeToEditOptions {
  /** The FORBIDDEN message, naming what was refused (`Office admins may assess their own office only.`). */
  readonly refusal: string;
  /** Locks the office row until the transaction ends, so that two edits of one office take turns. */
  readonly lock?: boolean;
}

/**
 * The office an edit is about, read in the edit's transaction (`manager`): NOT_FOUND when the
 * network has no office `code` (offices are public, so this tells nothing), then FORBIDDEN with
 * `refusal` when {@link mayEditOffice} refuses the caller. `code` is already parsed
 * (`parseOfficeCode`).
 */
export async function officeToEdit(
  manager: EntityManager,
  actor: Editor,
  code: string,
  { refusal, lock = false }: OfficeToEditOptions,
): Promise<OfficeEntity> {
  const office = await manager.findOne(OfficeEntity, {
    where: { code },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!office) throw new NotFoundError(`No office with code ${code} is in the network.`);
  if (!mayEditOffice(actor, code)) throw new ForbiddenError(refusal);
  return office;
}
