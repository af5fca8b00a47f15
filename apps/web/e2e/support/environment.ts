/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The workspace root (this file is apps/web/e2e/support/environment.ts). */
export const ROOT = resolve(__dirname, '../../../..');

/** Everything the run writes: git-ignored (see .gitignore), removed by nothing but you. */
export const OUTPUT_DIR = join(ROOT, 'apps/web/e2e/.output');
export const SCREENSHOT_DIR = join(OUTPUT_DIR, 'screenshots');
export const API_LOG_DIR = join(OUTPUT_DIR, 'api-logs');

/** The builds the e2e target depends on (`nx run-many -t build -p api web`). */
export const BUILT_API = join(ROOT, 'dist/apps/api');
export const BUILT_WEB = join(ROOT, 'dist/apps/web');

/**
 * A copy of both builds taken by the global setup, so that a rebuild during the run (another
 * terminal, `npm run dev`…) cannot change what the tests run against. Laid out as dist/apps is:
 * the API finds the web app beside its own folder (its default WEB_ROOT), and Node resolves the
 * API's packages from the workspace's node_modules, as for dist/.
 */
export const RUN_BUILD_DIR = join(OUTPUT_DIR, 'build');
export const RUN_MAIN_JS = join(RUN_BUILD_DIR, 'api/main.js');
export const RUN_WEB_ROOT = join(RUN_BUILD_DIR, 'web');

/** The demo accounts' shared password (README.md, "Demo accounts"). */
export const DEMO_PASSWORD = 'wild-network-demo';

/** The demo accounts the specs use (README.md lists them all). */
export const DEMO = {
  admin: 'admin@demo.wild.example',
  broker: 'broker@demo.wild.example',
  /** A CIO, in English: OFFICE_ADMIN of KE (Kenya Industrial Property Institute). */
  cioKe: 'office-admin.ke@demo.wild.example',
  /** A CIO whose account's language is French: OFFICE_ADMIN of FR (INPI France). */
  cioFr: 'office-admin.fr@demo.wild.example',
  memberFr: 'member.fr@demo.wild.example',
  /** A member of SN (ASPIT, Senegal), in French: SECURITY 2, needs in SECURITY and (confidential) DATA. */
  memberSn: 'member.sn@demo.wild.example',
} as const;

/**
 * Chromium's flags on these machines (../shared/STACK.md, "The web client"): no sandbox (root in
 * a container), no GPU, and nothing that calls home (QUIC, first-run, background networking,
 * component updates, sync), which Chromium otherwise tries on hosts it cannot reach.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM_MISSING =
  'The browser tests run on Debian’s Chromium, and none was found (CHROMIUM_PATH if set, else ' +
  '`chromium` on the PATH). Install it with:\n\n    apt-get install -y chromium\n\n' +
  '(Playwright’s own browser download cannot work on these machines.)';

/** CHROMIUM_PATH, else what `command -v chromium` prints; null when there is none. */
export function findChromium(): string | null {
  const given = process.env['CHROMIUM_PATH'];
  if (given) return existsSync(given) ? given : null;
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
    return found && existsSync(found) ? found : null;
  } catch {
    return null;
  }
}

/** The engine the run uses: the PostgreSQL server of DATABASE_URL, else the embedded one. */
export function e2eEngine(): 'postgres' | 'embedded' {
  return process.env['DATABASE_URL'] ? 'postgres' : 'embedded';
}

/** What the global setup hands to the workers (through their environment). */
export const SETUP_ENV = {
  /** The migrated, demo-seeded template: a database name, or a PGlite data folder. */
  template: 'WILD_E2E_TEMPLATE',
  /** The run's scratch folder: data folders of the files' APIs (embedded), their DATA_DIR. */
  workDir: 'WILD_E2E_WORK_DIR',
} as const;

export function setupValue(name: keyof typeof SETUP_ENV): string {
  const value = process.env[SETUP_ENV[name]];
  if (!value) throw new Error(`${SETUP_ENV[name]} is not set: the e2e global setup did not run`);
  return value;
}
