import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { PinoLogger } from 'nestjs-pino';

import { AuditModule } from '@wild/api/audit';
import { AuthModule } from '@wild/api/auth';
import { BrokeringModule } from '@wild/api/brokering';
import { AppConfig, CoreModule, createGraphQLOptions } from '@wild/api/core';
import { DatabaseModule, SqlStatementCounter, sqlStatementsHeaderPlugin } from '@wild/api/database';
import { DirectoryModule } from '@wild/api/directory';
import { MatchingModule } from '@wild/api/matching';
import { MaturityModule } from '@wild/api/maturity';
import { MembersModule } from '@wild/api/members';
import { OfficesModule } from '@wild/api/offices';

import { HealthModule } from './health/health.module';

/** The API: the platform modules, then one module per capability (see docs/architecture.md). */
@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        DatabaseModule.forRoot(),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [AppConfig, SqlStatementCounter, PinoLogger],
          useFactory: (appConfig: AppConfig, counter: SqlStatementCounter, logger: PinoLogger) => {
            logger.setContext('GraphQL');
            return createGraphQLOptions(appConfig, {
              logger,
              plugins: appConfig.production ? [] : [sqlStatementsHeaderPlugin(counter)],
            });
          },
        }),
        HealthModule,
        AuthModule,
        AuditModule,
        OfficesModule,
        MembersModule,
        MaturityModule,
        DirectoryModule,
        MatchingModule,
        BrokeringModule,
      ],
    };
  }
}
