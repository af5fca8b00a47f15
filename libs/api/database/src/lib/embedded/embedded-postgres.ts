import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';

/** The extensions the migrations create; PGlite needs them handed in. */
export const EMBEDDED_EXTENSIONS = { pg_trgm, pgcrypto, unaccent };

export interface EmbeddedPostgresOptions {
  /** Folder of the database files; `null` keeps it in memory. */
  readonly dataDir: string | null;
  readonly snapshot?: Blob;
}

/** Opens (or creates) the embedded PostgreSQL: real PostgreSQL compiled to WebAssembly, in-process. */
export async function openEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<PGlite> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  return PGlite.create(options.dataDir ?? undefined, {
    extensions: EMBEDDED_EXTENSIONS,
    loadDataDir: options.snapshot,
  });
}

/**
 * Connection settings that make node-postgres (and so TypeORM's postgres driver) talk to PGlite.
 *
 * PGlite is one PostgreSQL session. A pool of exactly one connection is what keeps that honest: a
 * transaction holds the connection from BEGIN to COMMIT, and every other statement waits in the
 * pool for it, instead of running inside someone else's transaction (and being lost with its
 * rollback). The connection is never closed while idle, because it cannot be reopened.
 */
export function embeddedPoolSettings(db: PGlite) {
  return {
    ...createPgConfig(db),
    max: 1,
    idleTimeoutMillis: 0,
    // a statement waiting this long for the connection means a transaction forgot to end
    connectionTimeoutMillis: 60_000,
  };
}
