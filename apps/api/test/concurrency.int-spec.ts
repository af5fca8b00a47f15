import { DataSource } from 'typeorm';

import { createTestAccount, ProbeModule, TestApp, testEngine } from '@wild/api/testing';

import { startApp } from './support/start-app';

/**
 * Requests that write and requests whose transaction rolls back, sent at once over HTTP. On the
 * embedded engine (one PostgreSQL session) a statement sent during another request's transaction
 * would run inside it and vanish with its rollback; nothing may be lost.
 */
describe(`concurrent writes and rollbacks over HTTP (${testEngine()} engine)`, () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp({ imports: [ProbeModule] });
  });

  afterAll(() => api?.close());

  it('loses no committed write and keeps no rolled-back one', async () => {
    const accounts = await Promise.all(Array.from({ length: 6 }, () => createTestAccount(api)));
    const requests: Promise<unknown>[] = [];
    for (let round = 0; round < 5; round++) {
      accounts.forEach((account, index) => {
        requests.push(
          api.gql(
            `mutation ($title: String!) { updateMyProfile(input: { title: $title }) { title } }`,
            { title: `Title ${round}.${index}` },
            { token: account.accessToken },
          ),
        );
        requests.push(api.gql(`mutation { probeWriteThenFail(label: "${round}.${index}") }`));
      });
    }
    const responses = (await Promise.all(requests)) as {
      errors?: { extensions: { code: string } }[];
    }[];
    const failures = responses.filter((response) => response.errors);
    expect(failures).toHaveLength(30);
    expect(failures.every((response) => response.errors?.[0].extensions.code === 'CONFLICT')).toBe(
      true,
    );

    const db = api.app.get(DataSource);
    const [rolledBack] = await db.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'probe.rolled_back'`,
    );
    expect(rolledBack.n).toBe(0);
    const ids = accounts.map((account) => account.id);
    const [audited] = await db.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'member.updated' AND actor_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(audited.n).toBe(30);
    // each account keeps one of its own titles (which round wins is up to the server)
    for (const [index, account] of accounts.entries()) {
      const [row] = await db.query(`SELECT title FROM member WHERE account_id = $1`, [account.id]);
      expect(row.title).toMatch(new RegExp(`^Title [0-4]\\.${index}$`));
    }
  });
});
