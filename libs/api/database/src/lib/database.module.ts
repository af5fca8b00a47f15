import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule, TypeOrmModuleOptions } from '@nestjs/typeorm';
import type { Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import type { DataSourceOptions } from 'typeorm';

import { AppConfig, SQL_STATEMENTS_LOCAL } from '@wild/api/core';

import { openDataSource } from './data-source';
import { DATABASE_TARGET, DatabaseTarget, databaseTargetFromConfig } from './database-target';
import { SeedRunner } from './seeding/seed-runner';
import { DatabaseLogger, SqlStatementCounter } from './sql-statement-counter';

/** The target travels to the data-source factory inside the options (the factory gets nothing else). */
const TARGET_OPTION = 'wildDatabaseTarget';
type OptionsWithTarget = TypeOrmModuleOptions & { [TARGET_OPTION]: DatabaseTarget };

/** Where the data lives and the statement counter: global, so the TypeORM factory can inject them. */
@Global()
@Module({
  providers: [
    { provide: DATABASE_TARGET, useFactory: databaseTargetFromConfig, inject: [AppConfig] },
    { provide: SqlStatementCounter, useValue: new SqlStatementCounter() },
  ],
  exports: [DATABASE_TARGET, SqlStatementCounter],
})
export class DatabaseConnectionModule {}

/**
 * TypeORM on PostgreSQL or on the embedded engine: migrations run when it opens, entities are
 * registered by each feature module (`TypeOrmModule.forFeature`), seeds run before the API listens.
 */
@Module({})
export class DatabaseModule implements NestModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        DatabaseConnectionModule,
        DiscoveryModule,
        TypeOrmModule.forRootAsync({
          inject: [DATABASE_TARGET, SqlStatementCounter, PinoLogger],
          useFactory: (
            target: DatabaseTarget,
            counter: SqlStatementCounter,
            logger: PinoLogger,
          ): OptionsWithTarget => ({
            type: 'postgres',
            autoLoadEntities: true,
            // a server that is not up yet gets a few tries; the embedded engine either opens or not
            retryAttempts: target.engine === 'postgres' ? 3 : 0,
            retryDelay: 1000,
            logger: new DatabaseLogger(counter, logger.logger.child({ context: 'Database' })),
            [TARGET_OPTION]: target,
          }),
          dataSourceFactory: async (options) => {
            const {
              [TARGET_OPTION]: target,
              logger,
              entities,
            } = options as OptionsWithTarget & DataSourceOptions;
            return openDataSource(target, { logger: logger as DatabaseLogger, entities });
          },
        }),
      ],
      providers: [SeedRunner],
    };
  }

  constructor(
    private readonly counter: SqlStatementCounter,
    private readonly config: AppConfig,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    // Every request gets its own statement count, carried by an AsyncLocalStorage: its log line
    // holds it, and outside production its response too (read by tests and the benchmark's
    // probes). In production only with the request context on (REQUEST_CONTEXT, ADR 0005).
    if (this.config.production && !this.config.requestContext) return;
    consumer
      .apply((_req: unknown, res: Response, next: () => void) => {
        const store = { count: 0 };
        res.locals[SQL_STATEMENTS_LOCAL] = store;
        this.counter.run(next, store);
      })
      .forRoutes('{*path}');
  }
}
