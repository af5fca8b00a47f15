import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger as PinoLogger } from 'pino';
import type { QueryRunner, Logger as TypeOrmLogger } from 'typeorm';

/** Response header that tells, outside production, how many SQL statements a request cost. */
export const SQL_STATEMENTS_HEADER = 'x-sql-statements';

/**
 * Counts the SQL statements sent to the database, in total and per request (the scope is carried
 * by AsyncLocalStorage, so it follows DataLoader batches and awaits). Tests and the benchmark read
 * the per-request count to prove that a list costs the same number of statements at any size.
 */
export class SqlStatementCounter {
  private readonly scope = new AsyncLocalStorage<{ count: number }>();
  private totalCount = 0;

  /** Runs `fn` with a fresh per-request count, kept in `store`. */
  run<T>(fn: () => T, store: { count: number } = { count: 0 }): T {
    return this.scope.run(store, fn);
  }

  record(): void {
    this.totalCount += 1;
    const store = this.scope.getStore();
    if (store) store.count += 1;
  }

  /** Statements of the current request so far (`undefined` outside a request). */
  get current(): number | undefined {
    return this.scope.getStore()?.count;
  }

  get total(): number {
    return this.totalCount;
  }
}

/** Apollo plugin that puts the request's statement count in the {@link SQL_STATEMENTS_HEADER}. */
export function sqlStatementsHeaderPlugin(counter: SqlStatementCounter): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const count = counter.current;
          if (count !== undefined) response.http.headers.set(SQL_STATEMENTS_HEADER, String(count));
        },
      };
    },
  };
}

/** TypeORM's logger: counts every statement, logs them at debug and slow ones at warn. */
export class DatabaseLogger implements TypeOrmLogger {
  constructor(
    private readonly counter: SqlStatementCounter,
    private readonly logger: Pick<PinoLogger, 'debug' | 'warn' | 'error' | 'info'>,
  ) {}

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.counter.record();
    this.logger.debug({ query, parameters }, 'SQL');
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    this.logger.debug({ err: error, query, parameters }, 'SQL statement failed');
  }

  logQuerySlow(time: number, query: string, parameters?: unknown[]): void {
    // the statement is cut and its parameters left out: seeds send thousands of values
    this.logger.warn(
      { durationMs: time, query: query.slice(0, 300), parameterCount: parameters?.length ?? 0 },
      'Slow SQL statement',
    );
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn({ message }, 'TypeORM');
    else this.logger.debug({ message }, 'TypeORM');
  }
}
