import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * One process at a time may open a data folder: a second PGlite on the same files would corrupt
 * them. The lock file holds the owner's pid; a lock whose process is gone is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = join(dataDir, 'wild-network.lock');
  try {
    const owner = Number(readFileSync(lockFile, 'utf8'));
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `${dataDir} is in use by process ${owner} (another WILD Network API?). Stop it first, or set DATA_DIR.`,
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Opens (or creates) the embedded PostgreSQL: real PostgreSQL compiled to WebAssembly, in-process. */
export async function openEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<PGlite> {
  if (!options.dataDir)
    return PGlite.create({ extensions: EMBEDDED_EXTENSIONS, loadDataDir: options.snapshot });
  mkdirSync(options.dataDir, { recursive: true });
  const unlock = lockDataDir(options.dataDir);
  try {
    const db = await PGlite.create(options.dataDir, {
      extensions: EMBEDDED_EXTENSIONS,
      loadDataDir: options.snapshot,
    });
    const close = db.close.bind(db);
    db.close = async () => {
      try {
        await close();
      } finally {
        unlock();
      }
    };
    return db;
  } catch (error) {
    unlock();
    throw error;
  }
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
