import { createTestApp, TestApp, TestAppOptions } from '@wild/api/testing';

import { AppModule } from '../../src/app/app.module';

/** The whole API, booted for a test suite on a database of its own. */
export function startApp(options: TestAppOptions = {}): Promise<TestApp> {
  return createTestApp((config) => AppModule.register(config), options);
}
