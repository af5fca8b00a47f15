import { Role } from '@wild/shared/domain';

/** The signed-in caller, as guards and resolvers see it. */
export interface AuthenticatedAccount {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly officeCode: string;
  readonly preferredLanguage: string;
  /** The session the access token belongs to (logout revokes it). */
  readonly sessionId: string;
}

/** Claims of an access token. */
export interface AccessTokenClaims {
  /** The account id. */
  readonly sub: string;
  /** The session id, checked on every request (so a logout ends the token within seconds). */
  readonly sid: string;
}

export const ACCESS_TOKEN_ISSUER = 'wild-network';
export const ACCESS_TOKEN_AUDIENCE = 'wild-network-api';

/** What every check of an access token requires of it, wherever it is verified. */
export const ACCESS_TOKEN_CHECKS = {
  algorithms: ['HS256'],
  issuer: ACCESS_TOKEN_ISSUER,
  audience: ACCESS_TOKEN_AUDIENCE,
} as const satisfies { algorithms: string[]; issuer: string; audience: string };
