import type { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';

import { AppConfig } from '../config/app-config';

/**
 * What main.ts and the test harness both do to an application before it listens, so that tests
 * run the app exactly as it is served.
 */
export function configureApplication(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  const express = app.getHttpAdapter().getInstance();
  express.disable('x-powered-by');
  express.set('trust proxy', app.get(AppConfig).trustProxy);
  return app;
}
