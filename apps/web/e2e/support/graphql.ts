import { DEMO_PASSWORD } from './environment';

interface GraphQLError {
  readonly message: string;
  readonly extensions?: { readonly code?: string; readonly [key: string]: unknown };
}

/** A GraphQL answer with `errors`: the message names each error's code. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: readonly GraphQLError[],
  ) {
    super(
      `GraphQL request failed (HTTP ${status}): ${errors
        .map((error) => `${error.extensions?.code ?? 'NO_CODE'}: ${error.message}`)
        .join('; ')}`,
    );
    this.name = 'GraphQLRequestError';
  }
}

/**
 * The file's API, called straight from the test (not through the browser): to prepare what a page
 * needs (an invitation as the demo admin) or to act elsewhere (end a session from another device).
 */
export class ApiClient {
  constructor(readonly baseUrl: string) {}

  /** Runs one operation; its `data`, or a {@link GraphQLRequestError}. */
  async graphql<T = any>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { token?: string; language?: string } = {},
  ): Promise<T> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
        ...(options.language ? { 'Accept-Language': options.language } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: GraphQLError[] };
    if (body.errors?.length || !body.data)
      throw new GraphQLRequestError(response.status, body.errors ?? []);
    return body.data;
  }

  /** Signs in with `login` (the refresh token in the answer, as an API client does). */
  async login(
    email: string,
    password = DEMO_PASSWORD,
  ): Promise<{ accessToken: string; refreshToken: string }> {
    const data = await this.graphql<{ login: { accessToken: string; refreshToken: string } }>(
      `mutation E2eLogin($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`,
      { input: { email, password } },
    );
    return data.login;
  }

  /** A client signed in as `email` (a session of its own, as another device would have). */
  async as(email: string, password = DEMO_PASSWORD): Promise<SignedInClient> {
    const { accessToken } = await this.login(email, password);
    return {
      token: accessToken,
      graphql: <T = any>(query: string, variables: Record<string, unknown> = {}) =>
        this.graphql<T>(query, variables, { token: accessToken }),
    };
  }

  /** Invites `email` into `officeCode` as the demo admin; the token and the link to accept it. */
  async invite(
    email: string,
    officeCode: string,
    role = 'MEMBER',
  ): Promise<{ token: string; acceptUrl: string }> {
    const admin = await this.as('admin@demo.wild.example');
    const data = await admin.graphql<{ createInvitation: { token: string; acceptUrl: string } }>(
      `mutation E2eInvite($input: CreateInvitationInput!) {
        createInvitation(input: $input) { token acceptUrl }
      }`,
      { input: { email, officeCode, role } },
    );
    return data.createInvitation;
  }

  /**
   * Ends every session of `email`, as signing out everywhere from another device does: a new
   * session through the API, then `logout(everywhere: true)`. A browser's access token is then
   * refused once the API's session check expires (SESSION_CHECK_CACHE_MS), and its refresh cookie
   * at once.
   */
  async endSessionsOf(email: string, password = DEMO_PASSWORD): Promise<void> {
    const device = await this.as(email, password);
    await device.graphql(`mutation E2eLogoutEverywhere { logout(input: { everywhere: true }) }`);
  }
}

export interface SignedInClient {
  readonly token: string;
  graphql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** How long the API caches a session check (SESSION_CHECK_CACHE_MS of libs/api/auth). */
export const SESSION_CHECK_CACHE_MS = 5_000;
