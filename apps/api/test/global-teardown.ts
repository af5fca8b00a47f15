export default async function globalTeardown(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { cleanUpTestDatabases } = require('@wild/api/testing') as typeof import('@wild/api/testing');
  await cleanUpTestDatabases();
}
