import type { IncomingMessage } from 'node:http';
import {
  DynamicModule,
  Global,
  Inject,
  MiddlewareConsumer,
  Module,
  NestModule,
} from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule, PinoLogger } from 'nestjs-pino';
import type { HttpLogger } from 'pino-http';

import { Clock, SystemClock } from './clock/clock';
import { AppConfig } from './config/app-config';
import { GraphQLErrorPassThroughFilter } from './errors/graphql-exception.filter';
import { DomainEvents } from './events/domain-events';
import { createHttpLogger, createLoggerOptions, createRootLogger } from './logging/logger-options';

const HTTP_LOGGER = Symbol('HTTP_LOGGER');

/**
 * What every other module relies on: the validated configuration, the clock, the domain events, structured logging
 * and the GraphQL error filter. (The request throttle is the auth lib's: it keys by account.)
 */
@Global()
@Module({})
export class CoreModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    const logger = createRootLogger(config);
    return {
      module: CoreModule,
      imports: [LoggerModule.forRoot(createLoggerOptions(logger, config.requestContext))],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: Clock, useClass: SystemClock },
        DomainEvents,
        // with the request context, nestjs-pino logs the requests itself
        { provide: HTTP_LOGGER, useValue: config.requestContext ? null : createHttpLogger(logger) },
        { provide: APP_FILTER, useClass: GraphQLErrorPassThroughFilter },
      ],
      exports: [AppConfig, Clock, DomainEvents],
    };
  }

  constructor(
    @Inject(HTTP_LOGGER) private readonly httpLogger: HttpLogger | null,
    private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    if (this.httpLogger) consumer.apply(this.httpLogger).forRoutes('{*path}');
    if (this.config.production && this.config.trustProxy === false) {
      consumer.apply(this.warnOnceOfProxy()).forRoutes('{*path}');
    }
  }

  /**
   * A proxy in front while TRUST_PROXY is off: every client has the proxy's address, so the
   * per-address limits would count them all as one. Said once, on the first such request.
   */
  private warnOnceOfProxy() {
    let warned = false;
    return (req: IncomingMessage, _res: unknown, next: () => void) => {
      if (!warned && req.headers['x-forwarded-for'] !== undefined) {
        warned = true;
        this.logger.warn(
          'A request came through a proxy (X-Forwarded-For) while TRUST_PROXY is off: every client ' +
            'is seen with the proxy’s address, and the per-address limits count them together. ' +
            'Set TRUST_PROXY (docs/deployment.md).',
        );
      }
      next();
    };
  }
}
