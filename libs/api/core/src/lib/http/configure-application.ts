import type { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';

import { AppConfig } from '../config/app-config';
import { securityHeaders } from './security-headers';

/**
 * What main.ts and the test harness both do to an application before it listens, so that tests
 * run the app exactly as it is served.
 */
export function configureApplication(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  const express = app.getHttpAdapter().getInstance();
  express.disable('x-powered-by');
  const config = app.get(AppConfig);
  express.set('trust proxy', config.trustProxy);
  // before every route (Apollo's middleware is mounted at init, after this), so all answers have them
  app.use(securityHeaders({ production: config.production }));
  return app;
}
