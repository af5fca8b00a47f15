import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import {
  createDataSourceOptions,
  DatabaseTarget,
  openDataSource,
  openEmbeddedPostgres,
} from '@wild/api/database';

/** Set by the global setup for the test workers. */
const TEMPLATE_ENV = 'WILD_TEST_TEMPLATE_DATABASE';
const SNAPSHOT_ENV = 'WILD_TEST_EMBEDDED_SNAPSHOT';

/** Tests run on the PostgreSQL server of `DATABASE_URL` when it is set, else on the embedded engine. */
export function testEngine(): DatabaseTarget['engine'] {
  return process.env['DATABASE_URL'] ? 'postgres' : 'embedded';
}

function serverUrl(): string {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set');
  return url;
}

/** The same server URL with another database. */
export function urlOfDatabase(database: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/** Prefix of every database the tests create on the server, so leftovers are easy to find. */
function testDatabasePrefix(): string {
  const base = new URL(serverUrl()).pathname.slice(1) || 'postgres';
  return `${base}_wild_`;
}

export async function withServerClient<T>(
  fn: (client: Client) => Promise<T>,
  url = serverUrl(),
): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Jest global setup: migrate once. On a server, into a template database that each test file
 * clones (`CREATE DATABASE … TEMPLATE`); on the embedded engine, into an in-memory database whose
 * files are dumped to a snapshot that each test file loads.
 */
export async function prepareTestDatabases(): Promise<void> {
  if (testEngine() === 'postgres') {
    const prefix = testDatabasePrefix();
    const template = `${prefix}template`;
    await withServerClient(async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
        [prefix],
      );
      // leftovers of an interrupted run
      for (const { datname } of rows)
        await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${template}"`);
    });
    const dataSource = await openDataSource({ engine: 'postgres', url: urlOfDatabase(template) });
    await dataSource.destroy();
    process.env[TEMPLATE_ENV] = template;
    return;
  }
  const db = await openEmbeddedPostgres({ dataDir: null });
  const dataSource = new DataSource(
    createDataSourceOptions({ engine: 'embedded', dataDir: null }, {}, db),
  );
  await dataSource.initialize();
  await dataSource.destroy();
  const snapshot = await db.dumpDataDir('none');
  await db.close();
  const file = join(tmpdir(), `wild-test-snapshot-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await snapshot.arrayBuffer()));
  process.env[SNAPSHOT_ENV] = file;
}

/** What the global setup hands to the test workers. */
export function testDatabaseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of [TEMPLATE_ENV, SNAPSHOT_ENV]) {
    const value = process.env[name];
    if (value) env[name] = value;
  }
  return env;
}

/** Jest global teardown. */
export async function cleanUpTestDatabases(): Promise<void> {
  if (testEngine() === 'postgres') {
    const prefix = testDatabasePrefix();
    await withServerClient(async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
        [prefix],
      );
      for (const { datname } of rows)
        await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    });
  } else if (process.env[SNAPSHOT_ENV]) {
    rmSync(process.env[SNAPSHOT_ENV], { force: true });
  }
}

/** A database of one's own, already migrated: a clone of the template, or a loaded snapshot. */
export interface TestDatabase {
  readonly target: DatabaseTarget;
  /** The server database's name (`null` on the embedded engine). */
  readonly name: string | null;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (testEngine() === 'postgres') {
    const template = process.env[TEMPLATE_ENV];
    if (!template) throw new Error('The Jest global setup (prepareTestDatabases) did not run');
    const name = `${testDatabasePrefix()}t_${process.pid}_${randomBytes(4).toString('hex')}`;
    await withServerClient((client) =>
      client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`),
    );
    return {
      target: { engine: 'postgres', url: urlOfDatabase(name) },
      name,
      drop: () =>
        withServerClient((client) =>
          client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
        ).then(() => undefined),
    };
  }
  const file = process.env[SNAPSHOT_ENV];
  if (!file) throw new Error('The Jest global setup (prepareTestDatabases) did not run');
  return {
    target: { engine: 'embedded', dataDir: null, snapshot: new Blob([readFileSync(file)]) },
    name: null,
    drop: async () => undefined,
  };
}

/** An empty database (no migrations yet), for tests of the migrations themselves. */
export async function createEmptyServerDatabase(): Promise<TestDatabase> {
  const name = `${testDatabasePrefix()}empty_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withServerClient((client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    target: { engine: 'postgres', url: urlOfDatabase(name) },
    name,
    drop: () =>
      withServerClient((client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      ).then(() => undefined),
  };
}

/**
 * A database that outlives an app, to restart the API on it: on a server an empty database, on
 * the embedded engine an empty folder (the API migrates either when it starts).
 */
export async function createPersistentTestDatabase(): Promise<TestDatabase> {
  if (testEngine() === 'postgres') return createEmptyServerDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'wild-persistent-'));
  return {
    target: { engine: 'embedded', dataDir },
    name: null,
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
