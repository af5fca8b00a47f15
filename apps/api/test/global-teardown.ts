import './support/register-paths';

import { cleanUpTestDatabases } from '@wild/api/testing';

export default async function globalTeardown(): Promise<void> {
  await cleanUpTestDatabases();
}
