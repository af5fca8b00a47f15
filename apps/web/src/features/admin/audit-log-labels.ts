import type { IntlShape } from 'react-intl';

/*
 * The names of the audit trail's actions and kinds of things, from the catalogues
 * (`audit.action.<action>`, `audit.entity.<entity>`). The lists copy the API's: its catalogue
 * `AUDIT_ACTIONS` (libs/api/core/src/lib/audit/audit-trail.ts) and the `entity` every
 * `AuditTrail.record` call names; audit-log-labels.test.ts reads the API's sources and fails when
 * either gains one that is not here.
 */

export const AUDIT_ACTIONS = [
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
  'session.refresh_grace_used',
  'invitation.created',
  'invitation.accepted',
  'invitation.revoked',
  'login.limited',
  'refresh.limited',
  'accept_invitation.limited',
  'change_password.limited',
  'office.updated',
  'member.updated',
  'maturity_assessment.submitted',
  'maturity_assessment.draft_saved',
  'maturity_assessment.validated',
  'needs_and_offers.set',
  'standard_adoption.set',
  'match_request.created',
  'match_request.cancelled',
  'introduction.proposed',
  'introduction.accepted',
  'introduction.declined',
  'introduction.expired',
  'introduction.cancelled',
  'introduction.closed',
] as const;

/** The kinds of things the trail records, in the order the entity filter offers them. */
export const AUDIT_ENTITIES = [
  'account',
  'invitation',
  'office',
  'member',
  'maturity_assessment',
  'standard_adoption',
  'match_request',
  'introduction',
  'auth_limit',
] as const;

export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export function isAuditEntity(value: string | null | undefined): value is AuditEntity {
  return AUDIT_ENTITIES.includes(value as AuditEntity);
}

export const actionMessageId = (action: string) => `audit.action.${action}`;
export const entityMessageId = (entity: string) => `audit.entity.${entity}`;

function has(intl: IntlShape, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(intl.messages, id);
}

/** An action's name; an action this version does not know yet keeps its code. */
export function actionLabel(intl: IntlShape, action: string): string {
  const id = actionMessageId(action);
  return has(intl, id) ? intl.formatMessage({ id }) : action;
}

/** A kind of thing's name; one this version does not know yet keeps its code. */
export function entityLabel(intl: IntlShape, entity: string): string {
  const id = entityMessageId(entity);
  return has(intl, id) ? intl.formatMessage({ id }) : entity;
}
