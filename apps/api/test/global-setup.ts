import { resolve } from 'node:path';
import { register } from 'tsconfig-paths';

// Jest's global setup runs outside the test runtime, where moduleNameMapper does not apply: the
// libs' path aliases are resolved here by tsconfig-paths instead.
const root = resolve(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compilerOptions } = require(resolve(root, 'tsconfig.base.json'));
const libPaths = Object.fromEntries(
  Object.entries(compilerOptions.paths as Record<string, string[]>).filter(([alias]) => alias.startsWith('@wild/')),
);
register({ baseUrl: root, paths: libPaths });

export default async function globalSetup(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { prepareTestDatabases } = require('@wild/api/testing') as typeof import('@wild/api/testing');
  await prepareTestDatabases();
}
