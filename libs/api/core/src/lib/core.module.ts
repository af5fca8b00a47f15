import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';

import { AppConfig } from './config/app-config';
import { GraphQLThrottlerGuard } from './graphql/graphql-throttler.guard';
import { createValidationPipe } from './http/validation.pipe';
import { createLoggerOptions } from './logging/logger-options';

/**
 * What every other module relies on: the validated configuration, structured logging, input
 * validation and the global rate limit (`THROTTLE_LIMIT` requests per `THROTTLE_TTL` and address).
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        LoggerModule.forRoot(createLoggerOptions(config)),
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'default', limit: config.throttleLimit, ttl: config.throttleTtlMs }],
        }),
      ],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_GUARD, useClass: GraphQLThrottlerGuard },
      ],
      exports: [AppConfig],
    };
  }
}
