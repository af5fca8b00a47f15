import { defineConfig } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium, OUTPUT_DIR } from './e2e/support/environment';

const CI = !!process.env['CI'];

/**
 * The browser tests (`npx nx run web:e2e`, and `npm test`): Debian's Chromium against the built
 * API serving the built web app, one API and one fresh copy of the demo-seeded database per file
 * (e2e/support/fixtures.ts). apps/web/e2e/README.md says more.
 */
export default defineConfig({
  testDir: './e2e',
  // not *.test.ts(x): Vitest's (src/**/*.test.tsx) never picks these up
  testMatch: '**/*.e2e.ts',
  outputDir: `${OUTPUT_DIR}/test-results`,
  globalSetup: './e2e/support/global-setup.ts',
  // the tests of a file share its API and database, in order; files run side by side
  fullyParallel: false,
  // each worker runs an API (the embedded engine: ~800 MB) beside a Chromium
  workers: Number(process.env['E2E_WORKERS'] ?? 2),
  // one retry in CI: a run of two engines on two CPUs can starve a page for a moment; a test that
  // passes only on its retry is reported as flaky, in a fresh worker with a fresh database. None
  // locally, where a flaky test should be seen at once.
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: `${OUTPUT_DIR}/report`, open: 'never' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'en-US',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      // none: the global setup stops the run with the command that installs it
      executablePath: findChromium() ?? undefined,
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
