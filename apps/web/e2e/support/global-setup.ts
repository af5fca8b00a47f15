/// <reference types="node" />
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { prepareTemplate, removeTemplate } from './databases';
import {
  API_LOG_DIR,
  BUILT_API,
  BUILT_WEB,
  CHROMIUM_MISSING,
  e2eEngine,
  findChromium,
  ROOT,
  RUN_BUILD_DIR,
  SCREENSHOT_DIR,
  SETUP_ENV,
} from './environment';

/**
 * Once per run, before any worker: Chromium is there, the builds are there (and copied for the
 * run), and the demo-seeded template database is made. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!findChromium()) throw new Error(CHROMIUM_MISSING);
  for (const file of [join(BUILT_API, 'main.js'), join(BUILT_WEB, 'index.html')]) {
    if (!existsSync(file))
      throw new Error(
        `${relative(ROOT, file)} is missing: build first (npx nx run-many -t build -p api web), or run the e2e through Nx (npx nx run web:e2e), which does.`,
      );
  }
  rmSync(RUN_BUILD_DIR, { recursive: true, force: true });
  cpSync(BUILT_API, join(RUN_BUILD_DIR, 'api'), { recursive: true });
  cpSync(BUILT_WEB, join(RUN_BUILD_DIR, 'web'), { recursive: true });
  // each run's own: screenshots of pages that a spec no longer takes do not linger
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  rmSync(API_LOG_DIR, { recursive: true, force: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  const workDir = mkdtempSync(join(tmpdir(), 'wild-e2e-'));
  const started = performance.now();
  try {
    const template = await prepareTemplate(workDir);
    process.env[SETUP_ENV.template] = template;
    process.env[SETUP_ENV.workDir] = workDir;
  } catch (error) {
    await removeTemplate(workDir);
    throw error;
  }
  console.log(
    `e2e: demo-seeded template on the ${e2eEngine() === 'postgres' ? 'PostgreSQL server' : 'embedded engine'} made in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return () => removeTemplate(workDir);
}
