import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default async function globalTeardown(): Promise<void> {
  execFileSync(
    process.execPath,
    [resolve(__dirname, 'support/prepare-test-databases.js'), 'clean-up'],
    {
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: 'inherit',
    },
  );
}
