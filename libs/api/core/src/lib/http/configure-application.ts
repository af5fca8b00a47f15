import type { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';

import { AppConfig } from '../config/app-config';
import { requestBodyParsing } from './request-body';
import { securityHeaders } from './security-headers';

/**
 * What main.ts and the test harness both do to an application before it listens, so that tests
 * run the app exactly as it is served. Both create it with {@link NEST_APPLICATION_OPTIONS}.
 */
/** Nest's own body parsers are off: {@link requestBodyParsing} answers their refusals itself. */
export const NEST_APPLICATION_OPTIONS = { bodyParser: false } as const;

export function configureApplication(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  const express = app.getHttpAdapter().getInstance();
  express.disable('x-powered-by');
  const config = app.get(AppConfig);
  express.set('trust proxy', config.trustProxy);
  // before every route (Apollo's middleware is mounted at init, after this), so all answers have them
  app.use(securityHeaders({ production: config.production }));
  // the app is created with `bodyParser: false`: these parse, and refuse in GraphQL's shape
  app.use(...requestBodyParsing());
  return app;
}
