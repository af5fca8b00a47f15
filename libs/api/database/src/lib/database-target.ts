import { join } from 'node:path';

import type { AppConfig } from '@wild/api/core';

/** Where the data lives: a PostgreSQL server, or the embedded PostgreSQL (PGlite) in-process. */
export type DatabaseTarget =
  | { readonly engine: 'postgres'; readonly url: string }
  | {
      readonly engine: 'embedded';
      /** Folder of the database files; `null` keeps the database in memory (tests). */
      readonly dataDir: string | null;
      /** A database dumped earlier (`dumpDataDir`) to start from, instead of an empty one. */
      readonly snapshot?: Blob;
    };

/** Injection token of the {@link DatabaseTarget}; the test harness overrides it. */
export const DATABASE_TARGET = Symbol('DATABASE_TARGET');

export function databaseTargetFromConfig(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>,
): DatabaseTarget {
  return config.databaseUrl
    ? { engine: 'postgres', url: config.databaseUrl }
    : { engine: 'embedded', dataDir: join(config.dataDir, 'pgdata') };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.engine === 'embedded') {
    return target.dataDir
      ? `embedded PostgreSQL (PGlite) in ${target.dataDir}`
      : 'embedded PostgreSQL (PGlite) in memory';
  }
  const url = new URL(target.url);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
