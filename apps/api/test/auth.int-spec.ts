import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import jwt from 'jsonwebtoken';
import { DataSource } from 'typeorm';

import {
  ACCESS_RULE_KEY,
  AccountEntity,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  PUBLIC_KEY,
  REFRESH_REUSE_GRACE_MS,
  SESSION_CHECK_CACHE_MS,
} from '@wild/api/auth';
import {
  createPersistentTestDatabase,
  createTestAccount,
  dataOf,
  errorOf,
  ProbeModule,
  TestAccount,
  TestApp,
} from '@wild/api/testing';
import { Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

const CREATE_INVITATION = `mutation ($input: CreateInvitationInput!) {
  createInvitation(input: $input) { token acceptUrl invitation { id email officeCode role status expiresAt } }
}`;
const ACCEPT_INVITATION = `mutation ($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { accessToken refreshToken account { id email role officeCode preferredLanguage displayName } }
}`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken account { email role } } }`;
const REFRESH = `mutation ($token: String!) { refreshToken(input: { token: $token }) { accessToken refreshToken } }`;
const ME = `{ me { email role officeCode preferredLanguage displayName } }`;

describe('accounts and roles (GraphQL over HTTP)', () => {
  let api: TestApp;
  let admin: TestAccount;
  let broker: TestAccount;
  let frAdmin: TestAccount;
  let member: TestAccount;

  beforeAll(async () => {
    api = await startApp({ imports: [ProbeModule] });
    admin = await createTestAccount(api, { role: Role.ADMIN });
    broker = await createTestAccount(api, { role: Role.BROKER });
    frAdmin = await createTestAccount(api, { role: Role.OFFICE_ADMIN, officeCode: 'FR' });
    member = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'FR' });
  });

  afterAll(() => api?.close());

  const invite = (by: TestAccount, input: { email: string; officeCode: string; role: Role }) =>
    api.gql(CREATE_INVITATION, { input }, { token: by.accessToken });
  const accept = (
    token: string,
    extra: Partial<{ fullName: string; password: string; preferredLanguage: string }> = {},
  ) =>
    api.gql(ACCEPT_INVITATION, {
      input: {
        token,
        fullName: 'Ada Lovelace',
        password: 'analytical engine notes',
        preferredLanguage: 'fr',
        ...extra,
      },
    });
  const auditEntries = async (filter: Record<string, unknown>) =>
    (
      await api.gql(
        `query ($filter: AuditLogFilterInput) { auditLog(filter: $filter, first: 100) { totalCount edges { node { action entity entityId actorId actorEmail ip changes { field before after } } } } }`,
        { filter },
        { token: admin.accessToken },
      )
    ).data?.['auditLog'].edges.map((edge: { node: unknown }) => edge.node);

  describe('invitations', () => {
    it('invitation → registration → login → me', async () => {
      const created = await invite(frAdmin, {
        email: 'Ada.Lovelace@INPI.example',
        officeCode: 'fr',
        role: Role.MEMBER,
      });
      expect(created.errors).toBeUndefined();
      const { token, acceptUrl, invitation } = dataOf(created, 'createInvitation');
      expect(invitation).toMatchObject({
        email: 'ada.lovelace@inpi.example',
        officeCode: 'FR',
        role: 'MEMBER',
        status: 'PENDING',
      });
      expect(acceptUrl).toBe(`${api.config.publicUrl}/invitations/accept?token=${token}`);

      const accepted = await accept(token);
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data?.['acceptInvitation'].account).toMatchObject({
        email: 'ada.lovelace@inpi.example',
        role: 'MEMBER',
        officeCode: 'FR',
        preferredLanguage: 'fr',
        displayName: 'Ada Lovelace',
      });
      const signedIn = await api.gql(
        ME,
        {},
        { token: accepted.data?.['acceptInvitation'].accessToken },
      );
      expect(signedIn.data?.['me']).toMatchObject({
        email: 'ada.lovelace@inpi.example',
        role: 'MEMBER',
      });

      const login = await api.gql(LOGIN, {
        input: { email: 'ADA.lovelace@inpi.example', password: 'analytical engine notes' },
      });
      expect(login.errors).toBeUndefined();
      const me = await api.gql(ME, {}, { token: login.data?.['login'].accessToken });
      expect(me.data?.['me']).toEqual({
        email: 'ada.lovelace@inpi.example',
        role: 'MEMBER',
        officeCode: 'FR',
        preferredLanguage: 'fr',
        displayName: 'Ada Lovelace',
      });

      const invitations = await api.gql(
        `{ invitations(filter: { status: ACCEPTED }) { edges { node { email status } } } }`,
        {},
        { token: frAdmin.accessToken },
      );
      expect(
        invitations.data?.['invitations'].edges.map((edge: { node: unknown }) => edge.node),
      ).toContainEqual({
        email: 'ada.lovelace@inpi.example',
        status: 'ACCEPTED',
      });
    });

    it('refuses an invitation used twice with CONFLICT', async () => {
      const { token } = dataOf(
        await invite(broker, {
          email: 'twice@ipo.example',
          officeCode: 'KE',
          role: Role.OFFICE_ADMIN,
        }),
        'createInvitation',
      );
      expect((await accept(token)).errors).toBeUndefined();
      const again = await accept(token, { password: 'another long password' });
      expect(errorOf(again)).toMatchObject({
        extensions: { code: 'CONFLICT' },
        message: expect.stringMatching(/already been used/),
      });
    });

    it('refuses an expired invitation with BAD_USER_INPUT', async () => {
      const { token, invitation } = dataOf(
        await invite(admin, { email: 'late@ipo.example', officeCode: 'JP', role: Role.MEMBER }),
        'createInvitation',
      );
      await api.app
        .get(DataSource)
        .query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
          invitation.id,
        ]);
      const response = await accept(token);
      expect(errorOf(response)).toMatchObject({
        message: expect.stringMatching(
          /^This invitation expired on \d{4}-\d{2}-\d{2}\. Ask for a new one\.$/,
        ),
        extensions: { code: 'BAD_USER_INPUT', field: 'token' },
      });
      const [row] = await api.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM account WHERE email = 'late@ipo.example'`);
      expect(row.n).toBe(0);
    });

    it('lets an office admin invite only into its own office, and never a broker', async () => {
      const otherOffice = await invite(frAdmin, {
        email: 'x@ipo.example',
        officeCode: 'DE',
        role: Role.MEMBER,
      });
      expect(errorOf(otherOffice)).toMatchObject({
        message: 'Office admins may invite people into their own office only.',
        extensions: { code: 'FORBIDDEN' },
      });
      const brokerRole = await invite(frAdmin, {
        email: 'y@ipo.example',
        officeCode: 'FR',
        role: Role.BROKER,
      });
      expect(errorOf(brokerRole)?.extensions.code).toBe('FORBIDDEN');
      const byMember = await invite(member, {
        email: 'z@ipo.example',
        officeCode: 'FR',
        role: Role.MEMBER,
      });
      expect(errorOf(byMember)?.extensions.code).toBe('FORBIDDEN');
      const byBroker = await invite(broker, {
        email: 'w@ipo.example',
        officeCode: 'WO',
        role: Role.ADMIN,
      });
      expect(errorOf(byBroker)?.extensions.code).toBe('FORBIDDEN');
    });

    it('refuses bad input naming the field: a malformed email, an unknown office, a weak password', async () => {
      const malformed = await invite(admin, {
        email: 'not-an-email',
        officeCode: 'FR',
        role: Role.MEMBER,
      });
      expect(errorOf(malformed)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'email' },
      });
      const unknownOffice = await invite(admin, {
        email: 'a@ipo.example',
        officeCode: 'ZZ',
        role: Role.MEMBER,
      });
      expect(errorOf(unknownOffice)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'officeCode' },
      });

      const { token } = dataOf(
        await invite(admin, { email: 'weak@ipo.example', officeCode: 'FR', role: Role.MEMBER }),
        'createInvitation',
      );
      const short = await accept(token, { password: 'short' });
      expect(errorOf(short)).toMatchObject({
        message: 'The password must be at least 12 characters long.',
        extensions: { code: 'BAD_USER_INPUT', field: 'password' },
      });
      const email = await accept(token, { password: 'weak@ipo.example' });
      expect(errorOf(email)).toMatchObject({
        message: 'The password must not be your email address.',
        extensions: { code: 'BAD_USER_INPUT', field: 'password' },
      });
      const language = await accept(token, { preferredLanguage: 'xx' });
      expect(errorOf(language)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'preferredLanguage' },
      });

      const login = await api.gql(LOGIN, {
        input: { email: 'nobody', password: 'whatever it is' },
      });
      expect(errorOf(login)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'email' },
      });
    });

    it('replaces a pending invitation for the same email, and revokes on request', async () => {
      const first = dataOf(
        await invite(broker, { email: 'again@ipo.example', officeCode: 'BR', role: Role.MEMBER }),
        'createInvitation',
      );
      const second = dataOf(
        await invite(broker, { email: 'again@ipo.example', officeCode: 'BR', role: Role.MEMBER }),
        'createInvitation',
      );
      expect(errorOf(await accept(first.token))).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'token' },
      });

      const revoked = await api.gql(
        `mutation ($id: ID!) { revokeInvitation(input: { invitationId: $id }) { status } }`,
        { id: second.invitation.id },
        { token: broker.accessToken },
      );
      expect(revoked.data?.['revokeInvitation']).toEqual({ status: 'REVOKED' });
      expect(errorOf(await accept(second.token))?.message).toBe(
        'This invitation was withdrawn. Ask for a new one.',
      );

      // an office admin of another office does not even see it
      const notTheirs = await api.gql(
        `mutation ($id: ID!) { revokeInvitation(input: { invitationId: $id }) { status } }`,
        { id: second.invitation.id },
        { token: frAdmin.accessToken },
      );
      expect(errorOf(notTheirs)?.extensions.code).toBe('NOT_FOUND');
    });

    it('never replaces a pending invitation the new inviter could not revoke', async () => {
      const byAdmin = dataOf(
        await invite(admin, { email: 'contested@ipo.example', officeCode: 'WO', role: Role.ADMIN }),
        'createInvitation',
      );
      const byOfficeAdmin = await invite(frAdmin, {
        email: 'contested@ipo.example',
        officeCode: 'FR',
        role: Role.MEMBER,
      });
      expect(errorOf(byOfficeAdmin)).toMatchObject({
        extensions: { code: 'CONFLICT' },
        message:
          'contested@ipo.example has a pending invitation from someone else; it must be revoked first.',
      });
      const [row] = await api.app
        .get(DataSource)
        .query(`SELECT revoked_at FROM invitation WHERE id = $1`, [byAdmin.invitation.id]);
      expect(row.revoked_at).toBeNull();
    });

    it('withdraws the pending invitations of an inviter who is deactivated', async () => {
      const inviter = await createTestAccount(api, { role: Role.OFFICE_ADMIN, officeCode: 'FR' });
      const { token } = dataOf(
        await invite(inviter, {
          email: 'orphan@ipo.example',
          officeCode: 'FR',
          role: Role.OFFICE_ADMIN,
        }),
        'createInvitation',
      );
      await api.gql(
        `mutation ($id: ID!) { deactivateAccount(input: { accountId: $id }) { active } }`,
        { id: inviter.id },
        { token: admin.accessToken },
      );
      expect(errorOf(await accept(token))).toMatchObject({
        message: 'This invitation was withdrawn. Ask for a new one.',
        extensions: { code: 'BAD_USER_INPUT', field: 'token' },
      });
    });

    it('previews an invitation link without sign-in, as accepting it would find it', async () => {
      const PREVIEW = `query ($token: String!) { invitationPreview(token: $token) {
        email officeCode officeName role status expiresAt } }`;
      const preview = (token: string, language = 'en') =>
        api.gql(PREVIEW, { token }, { headers: { 'Accept-Language': language } });
      const inviter = await createTestAccount(api, { role: Role.OFFICE_ADMIN, officeCode: 'FR' });
      const created = dataOf(
        await invite(inviter, { email: 'soon@ipo.example', officeCode: 'FR', role: Role.MEMBER }),
        'createInvitation',
      );
      expect(dataOf(await preview(created.token, 'fr'), 'invitationPreview')).toEqual({
        email: 'soon@ipo.example',
        officeCode: 'FR',
        officeName: 'Institut national de la propriété industrielle',
        role: 'MEMBER',
        status: 'PENDING',
        expiresAt: created.invitation.expiresAt,
      });
      expect(dataOf(await preview(created.token), 'invitationPreview').officeName).toBe(
        'National Institute of Industrial Property',
      );

      // withdrawn once its inviter can no longer issue it; used once accepted; expired
      await api.gql(
        `mutation ($id: ID!) { deactivateAccount(input: { accountId: $id }) { active } }`,
        { id: inviter.id },
        { token: admin.accessToken },
      );
      expect(dataOf(await preview(created.token), 'invitationPreview').status).toBe('REVOKED');
      const used = dataOf(
        await invite(admin, { email: 'used@ipo.example', officeCode: 'KE', role: Role.MEMBER }),
        'createInvitation',
      );
      expect((await accept(used.token)).errors).toBeUndefined();
      expect(dataOf(await preview(used.token), 'invitationPreview').status).toBe('ACCEPTED');
      const late = dataOf(
        await invite(admin, { email: 'later@ipo.example', officeCode: 'KE', role: Role.MEMBER }),
        'createInvitation',
      );
      await api.app
        .get(DataSource)
        .query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
          late.invitation.id,
        ]);
      expect(dataOf(await preview(late.token), 'invitationPreview').status).toBe('EXPIRED');

      // a token that is no invitation, or could not be one
      for (const token of ['not-a-token', '', 'x'.repeat(201)]) {
        expect(errorOf(await preview(token))).toMatchObject({
          message: 'This invitation link is not valid.',
          extensions: { code: 'BAD_USER_INPUT', field: 'token', rule: 'invitationInvalid' },
        });
      }
    });

    it('refuses a cursor of another list, or with values that do not fit', async () => {
      const page = await api.gql(
        `{ invitations(first: 1) { pageInfo { endCursor } } }`,
        {},
        { token: admin.accessToken },
      );
      const cursor: string = page.data?.['invitations'].pageInfo.endCursor;
      const [tag, , id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      const garbage = Buffer.from(JSON.stringify([tag, 'garbage', id])).toString('base64url');
      const inInvitations = await api.gql(
        `query ($after: String) { invitations(after: $after) { totalCount } }`,
        { after: garbage },
        { token: admin.accessToken },
      );
      expect(errorOf(inInvitations)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'after' },
      });
      const inOffices = await api.gql(
        `query ($after: String) { offices(after: $after) { totalCount } }`,
        { after: cursor },
        { token: admin.accessToken },
      );
      expect(errorOf(inOffices)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'after' },
      });
    });

    it('shows office admins the invitations of their office only', async () => {
      await invite(broker, {
        email: 'seen-by-ke@ipo.example',
        officeCode: 'KE',
        role: Role.MEMBER,
      });
      const list = await api.gql(
        `{ invitations(first: 100) { totalCount edges { node { officeCode } } } }`,
        {},
        { token: frAdmin.accessToken },
      );
      const offices = list.data?.['invitations'].edges.map(
        (edge: { node: { officeCode: string } }) => edge.node.officeCode,
      );
      expect(offices.length).toBeGreaterThan(0);
      expect(new Set(offices)).toEqual(new Set(['FR']));
      expect(list.data?.['invitations'].totalCount).toBe(offices.length);
      const forMember = await api.gql(
        `{ invitations { totalCount } }`,
        {},
        { token: member.accessToken },
      );
      expect(errorOf(forMember)?.extensions.code).toBe('FORBIDDEN');
    });
  });

  describe('sessions', () => {
    const login = async (account: TestAccount) =>
      (await api.gql(LOGIN, { input: { email: account.email, password: account.password } }))
        .data?.['login'];

    it('rotates refresh tokens, and a spent token presented again after the grace ends the whole session', async () => {
      const account = await createTestAccount(api);
      const first = await login(account);
      const second = (await api.gql(REFRESH, { token: first.refreshToken })).data?.['refreshToken'];
      expect(second.refreshToken).not.toBe(first.refreshToken);
      expect((await api.gql(ME, {}, { token: second.accessToken })).data?.['me'].email).toBe(
        account.email,
      );

      api.clock.advance(REFRESH_REUSE_GRACE_MS + 1);
      const replay = await api.gql(REFRESH, { token: first.refreshToken });
      expect(errorOf(replay)).toMatchObject({
        message: expect.stringMatching(/already used, so the session has been closed/),
        extensions: { code: 'UNAUTHENTICATED' },
      });
      // the newest token of the family stops working too, and so does its access token
      expect(errorOf(await api.gql(REFRESH, { token: second.refreshToken }))?.extensions.code).toBe(
        'UNAUTHENTICATED',
      );
      expect(errorOf(await api.gql(ME, {}, { token: second.accessToken }))?.extensions.code).toBe(
        'UNAUTHENTICATED',
      );
      // another session of the same account is untouched
      expect((await api.gql(ME, {}, { token: account.accessToken })).data?.['me'].email).toBe(
        account.email,
      );
    });

    it('refuses an expired refresh token as expired, every time (never as reused)', async () => {
      const account = await createTestAccount(api);
      await api.app
        .get(DataSource)
        .query(
          `UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE session_id IN (SELECT id FROM auth_session WHERE account_id = $1)`,
          [account.id],
        );
      for (let attempt = 0; attempt < 2; attempt++) {
        expect(errorOf(await api.gql(REFRESH, { token: account.refreshToken }))?.message).toBe(
          'This refresh token has expired. Please sign in again.',
        );
      }
      expect((await api.gql(ME, {}, { token: account.accessToken })).data?.['me'].email).toBe(
        account.email,
      );
    });

    it('answers two concurrent refreshes of a token with one successor, and keeps the session', async () => {
      const account = await createTestAccount(api);
      const session = await login(account);
      const results = await Promise.all([
        api.gql(REFRESH, { token: session.refreshToken }),
        api.gql(REFRESH, { token: session.refreshToken }),
      ]);
      const [one, other] = results.map((response) => dataOf(response, 'refreshToken'));
      expect(one.refreshToken).toBe(other.refreshToken);
      const next = dataOf(await api.gql(REFRESH, { token: one.refreshToken }), 'refreshToken');
      expect((await api.gql(ME, {}, { token: next.accessToken })).data?.['me'].email).toBe(
        account.email,
      );
    });

    it('ends an access token within the session-check window when its session is revoked elsewhere', async () => {
      const account = await createTestAccount(api);
      const session = await login(account);
      expect((await api.gql(ME, {}, { token: session.accessToken })).data?.['me'].email).toBe(
        account.email,
      );
      // another instance revoked the session: this one learns it when its cached check expires
      await api.app
        .get(DataSource)
        .query(
          `UPDATE auth_session SET revoked_at = now() WHERE revoked_at IS NULL AND account_id = $1`,
          [account.id],
        );
      expect((await api.gql(ME, {}, { token: session.accessToken })).data?.['me'].email).toBe(
        account.email,
      );
      api.clock.advance(SESSION_CHECK_CACHE_MS + 100);
      expect(errorOf(await api.gql(ME, {}, { token: session.accessToken }))?.extensions.code).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('logout ends the refresh token and the access token', async () => {
      const account = await createTestAccount(api);
      const session = await login(account);
      const out = await api.gql(
        `mutation { logout(input: {}) }`,
        {},
        { token: session.accessToken },
      );
      expect(out.data).toEqual({ logout: true });
      expect(
        errorOf(await api.gql(REFRESH, { token: session.refreshToken }))?.extensions.code,
      ).toBe('UNAUTHENTICATED');
      expect(errorOf(await api.gql(ME, {}, { token: session.accessToken }))?.extensions.code).toBe(
        'UNAUTHENTICATED',
      );
      expect((await api.gql(ME, {}, { token: account.accessToken })).data?.['me'].email).toBe(
        account.email,
      );
    });

    it('changePassword ends every other session', async () => {
      const account = await createTestAccount(api);
      const other = await login(account);
      const changed = await api.gql(
        `mutation { changePassword(input: { currentPassword: "${account.password}", newPassword: "a brand new passphrase" }) }`,
        {},
        { token: account.accessToken },
      );
      expect(changed.data).toEqual({ changePassword: true });
      expect(errorOf(await api.gql(ME, {}, { token: other.accessToken }))?.extensions.code).toBe(
        'UNAUTHENTICATED',
      );
      expect((await api.gql(ME, {}, { token: account.accessToken })).data?.['me'].email).toBe(
        account.email,
      );
      expect(
        errorOf(
          await api.gql(LOGIN, { input: { email: account.email, password: account.password } }),
        )?.extensions.code,
      ).toBe('UNAUTHENTICATED');
      const wrong = await api.gql(
        `mutation { changePassword(input: { currentPassword: "not the password", newPassword: "another passphrase" }) }`,
        {},
        { token: account.accessToken },
      );
      expect(errorOf(wrong)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' },
      });
    });

    it('answers a wrong email and a wrong password the same way, and audits both', async () => {
      const wrongPassword = await api.gql(LOGIN, {
        input: { email: member.email, password: 'not the password' },
      });
      const wrongEmail = await api.gql(LOGIN, {
        input: { email: 'nobody@ipo.example', password: 'not the password' },
      });
      expect(errorOf(wrongPassword)).toEqual({
        ...errorOf(wrongEmail),
        locations: expect.anything(),
      });
      expect(errorOf(wrongEmail)).toMatchObject({
        message: 'The email or the password is not right.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      const failures = await auditEntries({ entity: 'account' });
      expect(failures).toContainEqual(
        expect.objectContaining({
          action: 'account.sign_in_failed',
          actorEmail: 'nobody@ipo.example',
          actorId: null,
          ip: expect.any(String),
        }),
      );
      expect(failures).toContainEqual(
        expect.objectContaining({ action: 'account.sign_in_failed', entityId: member.id }),
      );
    });

    it('stores passwords as argon2id (m = 19 MiB, t = 2, p = 1)', async () => {
      const [row] = await api.app
        .get(DataSource)
        .query(`SELECT password_hash FROM account WHERE id = $1`, [member.id]);
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    });
  });

  describe('access tokens', () => {
    const secret = () => api.config.jwtSecret;
    const claims = () => ({
      sub: member.id,
      sid: (jwt.decode(member.accessToken) as { sid: string }).sid,
    });
    const options = { issuer: 'wild-network', audience: 'wild-network-api' };

    it('accepts a valid token', async () => {
      expect(
        (
          await api.gql(
            ME,
            {},
            { token: jwt.sign(claims(), secret(), { ...options, expiresIn: 60 }) },
          )
        ).data?.['me'].email,
      ).toBe(member.email);
    });

    it.each([
      [
        'expired',
        () => jwt.sign({ ...claims(), exp: Math.floor(Date.now() / 1000) - 10 }, secret(), options),
      ],
      [
        'forged (wrong signature)',
        () =>
          jwt.sign(claims(), 'not-the-secret-of-this-server-at-all', { ...options, expiresIn: 60 }),
      ],
      [
        'unsigned (alg: none)',
        () =>
          `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(
            JSON.stringify({
              ...claims(),
              ...{ iss: options.issuer, aud: options.audience },
              exp: Math.floor(Date.now() / 1000) + 60,
            }),
          ).toString('base64url')}.`,
      ],
      ['garbage', () => 'not.a.token'],
    ])('refuses an %s token with UNAUTHENTICATED', async (_kind, token) => {
      const response = await api.gql(ME, {}, { token: token() });
      expect(response.data).toBeNull();
      expect(errorOf(response)?.extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('preferred language', () => {
    const SET_LANGUAGE = `mutation ($input: SetPreferredLanguageInput!) { setPreferredLanguage(input: $input) { id preferredLanguage } }`;

    it('saves the caller’s own language, audits the change and writes nothing when unchanged', async () => {
      const person = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'KE' });
      const saved = await api.gql(
        SET_LANGUAGE,
        { input: { language: 'FR' } },
        { token: person.accessToken },
      );
      expect(dataOf(saved, 'setPreferredLanguage')).toEqual({
        id: person.id,
        preferredLanguage: 'fr',
      });
      expect(
        (await api.gql(ME, {}, { token: person.accessToken })).data?.['me'].preferredLanguage,
      ).toBe('fr');
      await api.gql(SET_LANGUAGE, { input: { language: 'fr' } }, { token: person.accessToken });
      const entries = (await auditEntries({ entityId: person.id })).filter(
        (entry: { action: string }) => entry.action === 'account.language_changed',
      );
      expect(entries).toEqual([
        expect.objectContaining({
          actorId: person.id,
          changes: [{ field: 'preferredLanguage', before: '"en"', after: '"fr"' }],
        }),
      ]);
    });

    it('refuses a code that is no ISO 639-1 language, and changes nothing', async () => {
      const person = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'KE' });
      for (const language of ['xx', 'fra']) {
        const refused = await api.gql(
          SET_LANGUAGE,
          { input: { language } },
          { token: person.accessToken },
        );
        expect(errorOf(refused)?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: expect.stringMatching(/language$/),
        });
      }
      expect(
        (await api.gql(ME, {}, { token: person.accessToken })).data?.['me'].preferredLanguage,
      ).toBe('en');
    });

    it('needs a session', async () => {
      const refused = await api.gql(SET_LANGUAGE, { input: { language: 'fr' } });
      expect(errorOf(refused)?.extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('roles', () => {
    it('refuses a member calling an admin mutation with FORBIDDEN', async () => {
      const response = await api.gql(
        `mutation ($id: ID!) { setRole(input: { accountId: $id, role: ADMIN }) { role } }`,
        { id: member.id },
        { token: member.accessToken },
      );
      expect(errorOf(response)).toMatchObject({
        message: 'Your role does not allow this.',
        extensions: { code: 'FORBIDDEN' },
      });
      const audit = await api.gql(`{ auditLog { totalCount } }`, {}, { token: member.accessToken });
      expect(errorOf(audit)?.extensions.code).toBe('FORBIDDEN');
      const brokerAudit = await api.gql(
        `{ auditLog { totalCount } }`,
        {},
        { token: broker.accessToken },
      );
      expect(brokerAudit.data?.['auditLog'].totalCount).toBeGreaterThan(0);
    });

    it('lets an operation’s own rule win over a public class', async () => {
      const anonymous = await api.gql(`{ probeAdminOnlyInPublicClass }`);
      expect(errorOf(anonymous)?.extensions.code).toBe('UNAUTHENTICATED');
      const asMember = await api.gql(
        `{ probeAdminOnlyInPublicClass }`,
        {},
        { token: member.accessToken },
      );
      expect(errorOf(asMember)?.extensions.code).toBe('FORBIDDEN');
      expect(
        (await api.gql(`{ probeAdminOnlyInPublicClass }`, {}, { token: admin.accessToken })).data,
      ).toEqual({
        probeAdminOnlyInPublicClass: true,
      });
    });

    it('makes brokers only of International Bureau accounts', async () => {
      const response = await api.gql(
        `mutation ($id: ID!) { setRole(input: { accountId: $id, role: BROKER }) { role } }`,
        { id: member.id },
        { token: admin.accessToken },
      );
      expect(errorOf(response)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'role' },
      });
    });

    it('refuses an operation that has no access rule', async () => {
      const response = await api.gql(
        `{ probeWithoutAccessRule }`,
        {},
        { token: admin.accessToken },
      );
      expect(errorOf(response)).toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: expect.stringMatching(/no access rule/),
      });
    });

    it('lets an admin change a role (audited, sessions ended) and deactivate an account', async () => {
      const target = await createTestAccount(api);
      const promoted = await api.gql(
        `mutation ($id: ID!) { setRole(input: { accountId: $id, role: OFFICE_ADMIN }) { role } }`,
        { id: target.id },
        { token: admin.accessToken },
      );
      expect(promoted.data?.['setRole']).toEqual({ role: 'OFFICE_ADMIN' });
      expect(errorOf(await api.gql(ME, {}, { token: target.accessToken }))?.extensions.code).toBe(
        'UNAUTHENTICATED',
      );

      const fresh = (
        await api.gql(LOGIN, { input: { email: target.email, password: target.password } })
      ).data?.['login'];
      expect(fresh.account.role).toBe('OFFICE_ADMIN');

      const deactivated = await api.gql(
        `mutation ($id: ID!) { deactivateAccount(input: { accountId: $id }) { active } }`,
        { id: target.id },
        { token: admin.accessToken },
      );
      expect(deactivated.data?.['deactivateAccount']).toEqual({ active: false });
      expect(errorOf(await api.gql(ME, {}, { token: fresh.accessToken }))?.extensions.code).toBe(
        'UNAUTHENTICATED',
      );
      expect(errorOf(await api.gql(REFRESH, { token: fresh.refreshToken }))?.extensions.code).toBe(
        'UNAUTHENTICATED',
      );
      expect(
        errorOf(await api.gql(LOGIN, { input: { email: target.email, password: target.password } }))
          ?.extensions.code,
      ).toBe('UNAUTHENTICATED');

      const entries = await auditEntries({ entityId: target.id });
      expect(entries).toContainEqual(
        expect.objectContaining({
          action: 'account.role_changed',
          actorId: admin.id,
          actorEmail: admin.email,
          changes: [{ field: 'role', before: '"MEMBER"', after: '"OFFICE_ADMIN"' }],
          ip: expect.any(String),
        }),
      );
      expect(entries).toContainEqual(
        expect.objectContaining({ action: 'account.deactivated', actorId: admin.id }),
      );
      expect(entries).toContainEqual(
        expect.objectContaining({ action: 'account.signed_in', actorId: target.id }),
      );
    });

    it('names the acting account of every audit entry, at the same cost for 50 entries as for 5', async () => {
      const cost = async (first: number) => {
        const response = await api.gql(
          `query ($first: Int) { auditLog(first: $first) { edges { node { actorId actorEmail } } } }`,
          { first },
          { token: admin.accessToken },
        );
        expect(response.errors).toBeUndefined();
        const nodes: { actorId: string | null; actorEmail: string | null }[] = response.data?.[
          'auditLog'
        ].edges.map((edge: { node: unknown }) => edge.node);
        // every entry with an acting account names its email
        expect(nodes.filter((node) => node.actorId && !node.actorEmail)).toEqual([]);
        return response.statements;
      };
      await cost(1); // warm the session check
      expect(await cost(50)).toBe(await cost(5));
    });

    it('refuses bad input to admin mutations naming the field', async () => {
      const response = await api.gql(
        `mutation { setRole(input: { accountId: "nope", role: ADMIN }) { role } }`,
        {},
        { token: admin.accessToken },
      );
      expect(errorOf(response)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'accountId' },
      });
      const self = await api.gql(
        `mutation ($id: ID!) { deactivateAccount(input: { accountId: $id }) { active } }`,
        { id: admin.id },
        { token: admin.accessToken },
      );
      expect(errorOf(self)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'accountId' },
      });
    });

    it('audits invitations with who, what and from where, filterable', async () => {
      const created = dataOf(
        await invite(frAdmin, {
          email: 'audited@ipo.example',
          officeCode: 'FR',
          role: Role.MEMBER,
        }),
        'createInvitation',
      );
      const entries = await auditEntries({
        entity: 'invitation',
        entityId: created.invitation.id,
        actor: frAdmin.id,
      });
      expect(entries).toEqual([
        expect.objectContaining({
          action: 'invitation.created',
          actorId: frAdmin.id,
          ip: expect.any(String),
          changes: expect.arrayContaining([
            { field: 'email', before: null, after: '"audited@ipo.example"' },
          ]),
        }),
      ]);
      const future = await api.gql(
        `query ($from: DateTime) { auditLog(filter: { from: $from }) { totalCount } }`,
        { from: new Date(Date.now() + 3_600_000).toISOString() },
        { token: admin.accessToken },
      );
      expect(future.data?.['auditLog'].totalCount).toBe(0);
    });
  });
});

describe('the last active admin', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp();
  });

  afterAll(() => api?.close());

  const SET_ROLE = `mutation ($id: ID!, $role: Role!) { setRole(input: { accountId: $id, role: $role }) { role } }`;
  const demote = (by: TestAccount, whom: TestAccount) =>
    api.gql(SET_ROLE, { id: whom.id, role: 'MEMBER' }, { token: by.accessToken });
  const LAST = {
    message: 'This is the last active admin: name another admin first.',
    extensions: { code: 'CONFLICT', reason: 'LAST_ACTIVE_ADMIN' },
  };

  it('keeps the role, with a reason a client can act on; with another admin it goes', async () => {
    const first = await createTestAccount(api, { role: Role.ADMIN });
    expect(errorOf(await demote(first, first))).toMatchObject(LAST);
    const second = await createTestAccount(api, { role: Role.ADMIN });
    expect(dataOf(await demote(second, first), 'setRole')).toEqual({ role: 'MEMBER' });
    expect(errorOf(await demote(second, second))).toMatchObject(LAST);
    const deactivated = await api.gql(
      `mutation ($id: ID!) { deactivateAccount(input: { accountId: $id }) { active } }`,
      { id: second.id },
      { token: second.accessToken },
    );
    // an admin may not deactivate themself at all; nobody else is left to
    expect(errorOf(deactivated)?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('lets only one of two admins demoting each other at once succeed', async () => {
    const [one, two] = await Promise.all([
      createTestAccount(api, { role: Role.ADMIN }),
      createTestAccount(api, { role: Role.ADMIN }),
    ]);
    const active: { n: number }[] = await api.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM account WHERE role = 'ADMIN' AND active`);
    // the admins of the test before: one is left; with these two, three
    expect(active[0]?.n).toBe(3);
    const remaining = await api.app
      .get(DataSource)
      .query(`SELECT id FROM account WHERE role = 'ADMIN' AND active AND id <> ALL($1::uuid[])`, [
        [one.id, two.id],
      ]);
    // the earlier admin steps down first, so these two are the last
    await api.app
      .get(DataSource)
      .query(`UPDATE account SET role = 'MEMBER' WHERE id = $1`, [remaining[0].id]);
    const answers = await Promise.all([demote(one, two), demote(two, one)]);
    const refused = answers.filter((answer) => answer.errors);
    expect(refused).toHaveLength(1);
    // the loser finds itself the last admin; or, once the winner's change ended its sessions
    // (it is no longer an admin), is no longer signed in
    expect(['CONFLICT', 'UNAUTHENTICATED']).toContain(errorOf(refused[0])?.extensions?.['code']);
    if (errorOf(refused[0])?.extensions?.['code'] === 'CONFLICT')
      expect(errorOf(refused[0])).toMatchObject(LAST);
    const left: { n: number }[] = await api.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM account WHERE role = 'ADMIN' AND active`);
    expect(left[0]?.n).toBe(1);
  });
});

describe('every operation has an access rule', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp();
  });

  afterAll(() => api?.close());

  it('lists the schema’s queries and mutations against the guard metadata', async () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
    ];

    const reflector = api.app.get(Reflector);
    const scanner = new MetadataScanner();
    const rules = new Map<string, string>();
    for (const wrapper of api.app.get(DiscoveryService).getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method];
        const type = Reflect.getMetadata('graphql:resolver_type', handler) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation') continue;
        const name =
          (Reflect.getMetadata('graphql:resolver_name', handler) as string | undefined) ?? method;
        const targets = [handler, wrapper.metatype as new () => unknown];
        const rule = reflector.getAllAndOverride(PUBLIC_KEY, targets)
          ? 'public'
          : reflector.getAllAndOverride(ACCESS_RULE_KEY, targets)
            ? 'authorized'
            : 'none';
        rules.set(`${type}.${name}`, rule);
      }
    }
    expect(operations.length).toBeGreaterThan(10);
    const withoutRule = operations.filter(
      (operation) => (rules.get(operation) ?? 'none') === 'none',
    );
    expect(withoutRule).toEqual([]);
  });
});

describe('bootstrap admin and demo accounts', () => {
  it('refuses to start with an ADMIN_PASSWORD the policy refuses, naming it', async () => {
    await expect(
      startApp({
        env: { ADMIN_EMAIL: 'root.admin@wipo.example', ADMIN_PASSWORD: 'root.admin@wipo.example' },
      }),
    ).rejects.toThrow(/ADMIN_PASSWORD: The password must not be your email address/);
  });

  it('loads no demo data into a database that holds real accounts', async () => {
    const database = await createPersistentTestDatabase();
    try {
      const real = await startApp({ database });
      await createTestAccount(real, { email: 'real.person@ipo.example' });
      await real.close();
      const withDemo = await startApp({ database, env: { DEMO_DATA: 'true' } });
      const demo = await withDemo.app
        .get(DataSource)
        .getRepository(AccountEntity)
        .countBy({ illustrative: true });
      await withDemo.close();
      expect(demo).toBe(0);
    } finally {
      await database.drop();
    }
  });

  it('creates the admin from ADMIN_EMAIL once; a restart with another password changes nothing', async () => {
    const database = await createPersistentTestDatabase();
    const first = await startApp({
      database,
      env: { ADMIN_EMAIL: 'Root@WIPO.example', ADMIN_PASSWORD: 'first admin password' },
    });
    try {
      const login = await first.gql(LOGIN, {
        input: { email: 'root@wipo.example', password: 'first admin password' },
      });
      expect(login.data?.['login'].account).toEqual({ email: 'root@wipo.example', role: 'ADMIN' });
    } finally {
      await first.close();
    }
    const second = await startApp({
      database,
      env: { ADMIN_EMAIL: 'root@wipo.example', ADMIN_PASSWORD: 'second admin password' },
    });
    try {
      expect(
        errorOf(
          await second.gql(LOGIN, {
            input: { email: 'root@wipo.example', password: 'second admin password' },
          }),
        )?.extensions.code,
      ).toBe('UNAUTHENTICATED');
      expect(
        (
          await second.gql(LOGIN, {
            input: { email: 'root@wipo.example', password: 'first admin password' },
          })
        ).errors,
      ).toBeUndefined();
      const admins = await second.app
        .get(DataSource)
        .getRepository(AccountEntity)
        .countBy({ email: 'root@wipo.example' });
      expect(admins).toBe(1);
    } finally {
      await second.close();
      await database.drop();
    }
  });

  it('with demo data, has one account per role (the broker at WO), all illustrative', async () => {
    const api = await startApp({ env: { DEMO_DATA: 'true' } });
    try {
      for (const role of Object.values(Role))
        expect(DEMO_ACCOUNTS.some((account) => account.role === role)).toBe(true);
      expect(DEMO_ACCOUNTS.find((account) => account.role === Role.BROKER)?.officeCode).toBe('WO');
      for (const demo of DEMO_ACCOUNTS) {
        const login = await api.gql(
          `mutation ($input: LoginInput!) { login(input: $input) { account { email role officeCode illustrative } } }`,
          { input: { email: demo.email, password: DEMO_PASSWORD } },
        );
        expect(login.data?.['login'].account).toEqual({
          email: demo.email,
          role: demo.role,
          officeCode: demo.officeCode,
          illustrative: true,
        });
      }
    } finally {
      await api.close();
    }
  });
});
