import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { register } from 'tsconfig-paths';

// Jest's global setup and teardown run outside the test runtime, where moduleNameMapper does not
// apply: the libs' path aliases are resolved here by tsconfig-paths instead.
const root = resolve(__dirname, '../../../..');
const { compilerOptions } = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8'));
register({
  baseUrl: root,
  paths: Object.fromEntries(
    Object.entries(compilerOptions.paths as Record<string, string[]>).filter(([alias]) =>
      alias.startsWith('@wild/'),
    ),
  ),
});
