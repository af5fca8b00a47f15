import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

/**
 * The built API (dist/apps/api/main.js, built by the test target's dependency) started as a
 * user starts it: with no DATABASE_URL it runs on the embedded engine in DATA_DIR.
 */
const MAIN = resolve(__dirname, '../../../dist/apps/api/main.js');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

interface Started {
  readonly process: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

function start(env: Record<string, string>): Started {
  const environment: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...env };
  delete environment['DATABASE_URL'];
  delete environment['NODE_OPTIONS'];
  if (env['DATABASE_URL']) environment['DATABASE_URL'] = env['DATABASE_URL'];
  const child = spawn(process.execPath, [MAIN], {
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  return { process: child, output: () => output, exited };
}

async function waitForReady(started: Started, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!started.output().includes('is ready at')) {
    if (started.process.exitCode !== null) throw new Error(`The API exited:\n${started.output()}`);
    if (Date.now() > deadline)
      throw new Error(`The API was not ready in ${timeoutMs} ms:\n${started.output()}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

describe('starting the built API', () => {
  beforeAll(() => {
    if (!existsSync(MAIN))
      throw new Error(`${MAIN} is missing: run \`npx nx run api:build\` first.`);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT: PORT must be an integer number \(got "abc"\)/],
    [{ DEMO_DATA: 'maybe' }, /DEMO_DATA: DEMO_DATA must be true or false/],
    [{ NODE_ENV: 'production' }, /JWT_SECRET: JWT_SECRET is required when NODE_ENV=production/],
    [
      { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DEMO_DATA: 'true' },
      /DEMO_DATA: DEMO_DATA must be false when NODE_ENV=production/,
    ],
    [
      { DATABASE_URL: 'mysql://localhost/db' },
      /DATABASE_URL: DATABASE_URL must be a postgres:\/\/ URL/,
    ],
    [{ API_WORKERS: '2' }, /API_WORKERS: above 1 it needs DATABASE_URL/],
  ])(
    'stops with a message naming the variable when the configuration is invalid (%o)',
    async (env, message) => {
      const started = start(env);
      expect(await started.exited).toBe(1);
      expect(started.output()).toMatch(/cannot start\. Invalid configuration/);
      expect(started.output()).toMatch(message);
    },
  );

  it('serves /graphql on the embedded engine, stops gracefully and restarts in under 10 s', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wild-start-'));
    const port = await freePort();
    const env = { PORT: String(port), DATA_DIR: dataDir };
    try {
      const first = start(env);
      await waitForReady(first, 60_000);
      expect(first.output()).toContain(`http://localhost:${port}/graphql`);
      expect(first.output()).toContain(
        `embedded PostgreSQL (PGlite) in ${join(dataDir, 'pgdata')}`,
      );

      const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
      expect(ready.status).toBe(200);
      const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          query: '{ __typename languages(wipoOfficialOnly: true) { code } }',
        }),
      });
      expect(await answer.json()).toEqual({
        data: {
          __typename: 'Query',
          languages: ['ar', 'en', 'es', 'fr', 'ru', 'zh'].map((code) => ({ code })),
        },
      });

      first.process.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(first.output()).toContain('WILD Network API stopped.');

      const restartedAt = Date.now();
      const second = start(env);
      await waitForReady(second, 10_000);
      expect(Date.now() - restartedAt).toBeLessThan(10_000);
      expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
      second.process.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  // several processes need a PostgreSQL server: the embedded engine refuses them (above)
  const server = process.env['DATABASE_URL'];
  (server ? it : it.skip)(
    'runs several API processes on a PostgreSQL server, sharing the port, and stops them all',
    async () => {
      const admin = new Client({ connectionString: server });
      await admin.connect();
      const database = `wild_workers_${process.pid}`;
      await admin.query(`DROP DATABASE IF EXISTS ${database}`);
      await admin.query(`CREATE DATABASE ${database}`);
      const url = new URL(server as string);
      url.pathname = `/${database}`;
      const dataDir = mkdtempSync(join(tmpdir(), 'wild-workers-'));
      const port = await freePort();
      try {
        const started = start({
          PORT: String(port),
          DATA_DIR: dataDir,
          DATABASE_URL: url.toString(),
          API_WORKERS: '2',
          DEMO_DATA: 'true',
        });
        await waitForReady(started, 60_000);
        const deadline = Date.now() + 30_000;
        while ((started.output().match(/is ready at/g) ?? []).length < 2 && Date.now() < deadline)
          await new Promise((ok) => setTimeout(ok, 100));
        expect(started.output().match(/is ready at/g)).toHaveLength(2);
        for (let request = 0; request < 6; request++) {
          const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ query: '{ languages(wipoOfficialOnly: true) { code } }' }),
          });
          const body = (await answer.json()) as { data: { languages: unknown[] } };
          expect(body.data.languages).toHaveLength(6);
        }
        started.process.kill('SIGTERM');
        expect(await started.exited).toBe(0);
        expect(started.output().match(/WILD Network API stopped\./g)).toHaveLength(2);
        // the first process seeded the demo, once
        const check = new Client({ connectionString: url.toString() });
        await check.connect();
        try {
          const { rows } = await check.query(
            `SELECT count(*)::int AS n FROM demo_seed_history WHERE name = 'demo accounts'`,
          );
          expect(rows[0].n).toBe(1);
          const members = await check.query(`SELECT count(*)::int AS n FROM member`);
          expect(members.rows[0].n).toBeGreaterThanOrEqual(150);
        } finally {
          await check.end();
        }
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
        await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        await admin.end();
      }
    },
  );
});
