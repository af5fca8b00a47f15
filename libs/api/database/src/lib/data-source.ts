import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { DataSource, DataSourceOptions, Logger as TypeOrmLogger } from 'typeorm';

import { DatabaseTarget } from './database-target';
import { embeddedPoolSettings, openEmbeddedPostgres } from './embedded/embedded-postgres';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Statements slower than this are logged as warnings. */
const SLOW_STATEMENT_MS = 250;

type PostgresConnectionOptions = Extract<DataSourceOptions, { type: 'postgres' }>;

export interface DataSourceOptionsExtras {
  readonly logger?: TypeOrmLogger;
  /** Entity classes; the Nest app registers them per module instead (autoLoadEntities). */
  readonly entities?: PostgresConnectionOptions['entities'];
  /** Run pending migrations when the data source opens (the API does; default true). */
  readonly migrationsRun?: boolean;
}

/**
 * The one options factory behind the API, the migration command and the tests. Both engines get
 * the same migrations, naming and driver (node-postgres); only the connection differs.
 */
export function createDataSourceOptions(
  target: DatabaseTarget,
  extras: DataSourceOptionsExtras = {},
  embedded?: PGlite,
): DataSourceOptions {
  const common = {
    type: 'postgres',
    // given explicitly (TypeORM would load it by name, which the bundle's package.json cannot see)
    driver: pg,
    synchronize: false,
    migrations: MIGRATIONS,
    migrationsRun: extras.migrationsRun ?? true,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // extensions come from the migrations, on both engines
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    entities: extras.entities ?? [],
    logger: extras.logger,
    logging: extras.logger ? ['query', 'error', 'warn', 'migration', 'schema'] : false,
    maxQueryExecutionTime: SLOW_STATEMENT_MS,
    applicationName: 'wild-network-api',
  } satisfies Partial<PostgresConnectionOptions>;

  if (target.engine === 'postgres') {
    return { ...common, url: target.url, poolSize: 10 };
  }
  if (!embedded) throw new Error('The embedded engine needs its PGlite instance');
  return { ...common, poolSize: 1, extra: embeddedPoolSettings(embedded) };
}

const embeddedEngines = new WeakMap<DataSource, PGlite>();

/** The PGlite instance behind a data source on the embedded engine (tests use it). */
export function embeddedEngineOf(dataSource: DataSource): PGlite | undefined {
  return embeddedEngines.get(dataSource);
}

/**
 * Opens a data source on the target. For the embedded engine it also opens PGlite, and closing
 * the data source closes PGlite after it (so the files on disk are left consistent).
 */
export async function openDataSource(
  target: DatabaseTarget,
  extras: DataSourceOptionsExtras = {},
): Promise<DataSource> {
  const embedded = target.engine === 'embedded' ? await openEmbeddedPostgres(target) : undefined;
  const dataSource = new DataSource(createDataSourceOptions(target, extras, embedded));
  if (embedded) {
    embeddedEngines.set(dataSource, embedded);
    const destroy = dataSource.destroy.bind(dataSource);
    dataSource.destroy = async () => {
      try {
        if (dataSource.isInitialized) await destroy();
      } finally {
        if (!embedded.closed) await embedded.close();
      }
    };
  }
  try {
    return await dataSource.initialize();
  } catch (error) {
    if (embedded && !embedded.closed) await embedded.close();
    throw error;
  }
}
