import './support/register-paths';

import { prepareTestDatabases } from '@wild/api/testing';

/** Migrates once, into the template database or the embedded snapshot every suite starts from. */
export default async function globalSetup(): Promise<void> {
  await prepareTestDatabases();
}
