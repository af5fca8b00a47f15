import type { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';

import { AppConfig } from '../config/app-config';
import { requestBodyParsing } from './request-body';
import { securityHeaders } from './security-headers';
import { webAppHandler } from './web-app';

/** Nest's own body parsers are off: {@link requestBodyParsing} answers their refusals itself. */
export const NEST_APPLICATION_OPTIONS = { bodyParser: false } as const;

/**
 * What main.ts and the test harness both do to an application before it listens, so that tests
 * run the app exactly as it is served. Both create it with {@link NEST_APPLICATION_OPTIONS}.
 */
export function configureApplication(app: INestApplication): INestApplication {
  const logger = app.get(Logger);
  app.useLogger(logger);
  const express = app.getHttpAdapter().getInstance();
  express.disable('x-powered-by');
  const config = app.get(AppConfig);
  express.set('trust proxy', config.trustProxy);
  // before every route (Apollo's middleware is mounted at init, after this), so all answers have them
  app.use(securityHeaders({ production: config.production }));
  // the web app's files, before Nest's middleware (request log, request throttle) and routes: a
  // static file is neither logged nor counted; /graphql, /health and /auth pass through untouched
  const webApp = webAppHandler(config.webRoot);
  if (webApp) app.use(webApp);
  else {
    logger.warn(
      `No web app in ${config.webRoot} (it has no index.html): the API answers / with a 404. ` +
        'Build it (`npm start` does) or set WEB_ROOT.',
      'WebApp',
    );
  }
  // the app is created with `bodyParser: false`: these parse, and refuse in GraphQL's shape
  app.use(...requestBodyParsing());
  return app;
}
