/// <reference types="node" />
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

import { ApiServer, type ApiDatabase } from './api-server';
import { API_LOG_DIR, e2eEngine, setupValue } from './environment';

/**
 * Each e2e file gets a fresh database, a copy of one made once per run by the global setup: the
 * built API started once on an empty database with demo data on (it migrates and seeds), then
 * stopped. On a PostgreSQL server (DATABASE_URL) the template is a database that each file clones
 * with `CREATE DATABASE … TEMPLATE`; on the embedded engine it is a PGlite data folder that each
 * file copies.
 */

function serverUrl(): string {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set');
  return url;
}

function urlOfDatabase(database: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Every database the e2e run creates starts with this: `<DATABASE_URL's database>_e2e_`. Not the
 * API tests' `<name>_wild_`, whose global setup drops its own leftovers by prefix.
 */
function e2ePrefix(): string {
  const base = new URL(serverUrl()).pathname.slice(1) || 'postgres';
  return `${base}_e2e_`;
}

async function withServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops the databases of this run and of interrupted ones. */
async function dropE2eDatabases(): Promise<void> {
  await withServer(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [e2ePrefix()],
    );
    for (const { datname } of rows)
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}

/** Global setup: the template, migrated and seeded by the built API itself. Returns its name. */
export async function prepareTemplate(workDir: string): Promise<string> {
  const logFile = join(API_LOG_DIR, 'template.log');
  if (e2eEngine() === 'postgres') {
    await dropE2eDatabases();
    const template = `${e2ePrefix()}template`;
    await withServer((client) => client.query(`CREATE DATABASE "${template}"`));
    await seedWithApi(
      { engine: 'postgres', url: urlOfDatabase(template), dataDir: join(workDir, 'template') },
      logFile,
    );
    return template;
  }
  const dataDir = join(workDir, 'template');
  await seedWithApi({ engine: 'embedded', dataDir }, logFile);
  return dataDir;
}

async function seedWithApi(database: ApiDatabase, logFile: string): Promise<void> {
  mkdirSync(database.dataDir, { recursive: true });
  const api = await ApiServer.start({ database, logFile });
  await api.stop();
}

/** Global teardown. */
export async function removeTemplate(workDir: string): Promise<void> {
  if (e2eEngine() === 'postgres') await dropE2eDatabases();
  rmSync(workDir, { recursive: true, force: true });
}

/** One file's database, and how to throw it away. */
export interface FileDatabase {
  readonly database: ApiDatabase;
  drop(): Promise<void>;
}

/** A copy of the template for one e2e file (`slug` names it, for whoever looks at the server). */
export async function createFileDatabase(slug: string): Promise<FileDatabase> {
  const template = setupValue('template');
  const workDir = setupValue('workDir');
  const id = `${slug}_${process.pid}_${randomBytes(3).toString('hex')}`;
  const dataDir = join(workDir, id);
  if (e2eEngine() === 'postgres') {
    const name = `${e2ePrefix()}${id}`.slice(0, 63);
    await withServer((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
    mkdirSync(dataDir, { recursive: true });
    return {
      database: { engine: 'postgres', url: urlOfDatabase(name), dataDir },
      drop: async () => {
        await withServer((client) =>
          client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
        );
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  cpSync(template, dataDir, { recursive: true });
  return {
    database: { engine: 'embedded', dataDir },
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
