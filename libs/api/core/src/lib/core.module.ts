import {
  DynamicModule,
  Global,
  Inject,
  MiddlewareConsumer,
  Module,
  NestModule,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import type { HttpLogger } from 'pino-http';

import { AppConfig } from './config/app-config';
import { GraphQLErrorPassThroughFilter } from './errors/graphql-exception.filter';
import { GraphQLThrottlerGuard } from './graphql/graphql-throttler.guard';
import { createHttpLogger, createLoggerOptions, createRootLogger } from './logging/logger-options';

const HTTP_LOGGER = Symbol('HTTP_LOGGER');

/**
 * What every other module relies on: the validated configuration, structured logging, input
 * validation and the global rate limit (`THROTTLE_LIMIT` requests per `THROTTLE_TTL` and address).
 */
@Global()
@Module({})
export class CoreModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    const logger = createRootLogger(config);
    return {
      module: CoreModule,
      imports: [
        LoggerModule.forRoot(createLoggerOptions(logger, config.requestContext)),
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'default', limit: config.throttleLimit, ttl: config.throttleTtlMs }],
        }),
      ],
      providers: [
        { provide: AppConfig, useValue: config },
        // with the request context, nestjs-pino logs the requests itself
        { provide: HTTP_LOGGER, useValue: config.requestContext ? null : createHttpLogger(logger) },
        { provide: APP_GUARD, useClass: GraphQLThrottlerGuard },
        { provide: APP_FILTER, useClass: GraphQLErrorPassThroughFilter },
      ],
      exports: [AppConfig],
    };
  }

  constructor(@Inject(HTTP_LOGGER) private readonly httpLogger: HttpLogger | null) {}

  configure(consumer: MiddlewareConsumer): void {
    if (this.httpLogger) consumer.apply(this.httpLogger).forRoutes('{*path}');
  }
}
