import type { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';

/**
 * What main.ts and the test harness both do to an application before it listens, so that tests
 * run the app exactly as it is served.
 */
export function configureApplication(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  return app;
}
