import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Migrates once, into the template database or the embedded snapshot every suite starts from.
 * The work runs in a child process (see support/prepare-test-databases.js); the variables it
 * reports reach the test workers through the environment.
 */
export default async function globalSetup(): Promise<void> {
  const output = execFileSync(
    process.execPath,
    [resolve(__dirname, 'support/prepare-test-databases.js')],
    {
      env: { ...process.env, NODE_OPTIONS: '' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = output.trim().split('\n');
  Object.assign(process.env, JSON.parse(lines[lines.length - 1]));
}
