import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';

import { ApiProcess } from './api-process';
import { withClient } from './generate-network';

const ROOT = resolve(__dirname, '../../..');
const WEB_DIST = join(ROOT, 'dist/apps/web');

/** The targets (issue 14): the directory's first load and the initial JavaScript. */
export const FIRST_LOAD_TARGET_MS = 1_500;
export const INITIAL_JS_TARGET_BYTES = 300_000;

/** The demo account the web part signs in as (README.md, "Demo accounts"): a CIO. */
const WEB_ACCOUNT = { email: 'office-admin.ke@demo.wild.example', password: 'wild-network-demo' };

/**
 * The directory's list is shown: a card linking to an office, in the page's main region (the
 * shell's navigation links to the caller's office too, outside it).
 */
const LIST_SHOWN = '#main ul li a[href^="/offices/"]';

/** Chromium's flags on these machines, as the e2e run uses them (../shared/STACK.md). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ScriptSize {
  /** Path under dist/apps/web. */
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** Moments of one load, ms from navigation start (Navigation and Resource Timing). */
export interface LoadPhases {
  /** index.html answered. */
  readonly html: number;
  /** The entry script run (DOMContentLoaded ends after module scripts). */
  readonly scripts: number;
  /** `POST /auth/refresh` answered: the session resumed. */
  readonly session: number;
  /** The last GraphQL answer before the list showed: the directory's query. */
  readonly query: number;
}

export interface WebBenchResult {
  readonly chromium: string;
  readonly samples: number;
  /** Navigation start to the directory's list shown, per sample, in ms. */
  readonly firstLoadMs: readonly number[];
  readonly firstLoad: { readonly median: number; readonly p95: number; readonly max: number };
  /** Medians, ms from navigation start: where a first load's time goes. */
  readonly phases: Readonly<Record<keyof LoadPhases, number>>;
  /** The JavaScript index.html loads eagerly: the entry chunk, its static imports, modulepreloads. */
  readonly initialJs: readonly ScriptSize[];
  readonly initialJsGzipBytes: number;
  /** Every script one first load of the directory fetched (the route's lazy chunks too). */
  readonly directoryJs: readonly ScriptSize[];
  readonly directoryJsGzipBytes: number;
  readonly apiStartSeconds: number;
}

/** The web part's outcome: its figures, or why there are none. */
export type WebBenchOutcome =
  | { readonly ok: true; readonly result: WebBenchResult }
  | { readonly ok: false; readonly error: string };

export function webSettingsFromEnv() {
  const raw = process.env['BENCH_WEB_SAMPLES'];
  const samples = raw ? Number(raw) : 10;
  if (!Number.isInteger(samples) || samples < 1)
    throw new Error(`BENCH_WEB_SAMPLES must be a positive integer, not "${raw}"`);
  return { samples };
}

/**
 * The web app's part of `npm run bench`: in headless Chromium, the directory's first load on the
 * demo data, signed in (navigation start to the list shown, a fresh context, so an empty HTTP
 * cache, per sample), and the initial JavaScript gzipped, from the build in dist/apps/web.
 *
 * The built API runs on a database of its own beside the bench's (`<BENCH_DATABASE_URL's
 * name>_web`, dropped and created anew), with the demo data (so outside production: the API refuses
 * the demo accounts' published password there; `development`, as for the bench's probes).
 */
export async function runWebBench(options: {
  readonly mainJs: string;
  readonly benchDatabaseUrl: string;
  readonly samples: number;
  readonly port?: number;
  readonly log: (message: string) => void;
}): Promise<WebBenchOutcome> {
  const { log } = options;
  try {
    if (!existsSync(join(WEB_DIST, 'index.html')))
      throw new Error(
        `${relative(ROOT, WEB_DIST)}/index.html is missing: build the web app first (npx nx run web:build)`,
      );
    const executablePath = findChromium();
    if (!executablePath)
      throw new Error(
        'Chromium is not installed: apt-get install -y chromium (or set CHROMIUM_PATH)',
      );

    const initialJs = initialScripts();
    const initialJsGzipBytes = sum(initialJs.map((script) => script.gzipBytes));
    log(
      `Initial JavaScript: ${initialJs.length} file(s), ${kB(initialJsGzipBytes)} gzipped (target ≤ ${kB(INITIAL_JS_TARGET_BYTES)}).`,
    );

    const databaseUrl = await freshWebDatabase(options.benchDatabaseUrl);
    log(`Starting the built API with the demo data on ${new URL(databaseUrl).pathname.slice(1)}…`);
    const { api, startSeconds } = await ApiProcess.start({
      mainJs: options.mainJs,
      databaseUrl,
      port: options.port,
      production: false,
      workers: 1,
      env: { DEMO_DATA: 'true' },
    });
    try {
      const browser = await chromium.launch({
        executablePath,
        args: CHROMIUM_ARGS,
        headless: true,
      });
      try {
        const measured = await measureFirstLoads(browser, api.baseUrl, options.samples, log);
        const firstLoad = {
          median: percentile(measured.firstLoadMs, 50),
          p95: percentile(measured.firstLoadMs, 95),
          max: Math.max(...measured.firstLoadMs),
        };
        const phases = Object.fromEntries(
          (['html', 'scripts', 'session', 'query'] as const).map((phase) => [
            phase,
            percentile(
              measured.phases.map((moments) => moments[phase]),
              50,
            ),
          ]),
        ) as WebBenchResult['phases'];
        log(
          `Directory first load over ${measured.firstLoadMs.length} samples: median ${firstLoad.median.toFixed(0)} ms, p95 ${firstLoad.p95.toFixed(0)} ms (target ≤ ${FIRST_LOAD_TARGET_MS} ms).`,
        );
        return {
          ok: true,
          result: {
            chromium: browser.version(),
            samples: measured.firstLoadMs.length,
            firstLoadMs: measured.firstLoadMs,
            firstLoad,
            phases,
            initialJs,
            initialJsGzipBytes,
            directoryJs: measured.directoryJs,
            directoryJsGzipBytes: sum(measured.directoryJs.map((script) => script.gzipBytes)),
            apiStartSeconds: startSeconds,
          },
        };
      } finally {
        await browser.close();
      }
    } finally {
      await api.stop();
      await dropDatabase(databaseUrl);
    }
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    log(`The web part failed: ${message}`);
    return { ok: false, error: message };
  }
}

/**
 * Signs in once through the sign-in page, then opens `/directory` in a new context per sample with
 * that session (its cookies and storage; the refresh cookie each load rotates is carried to the
 * next), one warm-up load first (not counted).
 */
async function measureFirstLoads(
  browser: Browser,
  baseUrl: string,
  samples: number,
  log: (message: string) => void,
): Promise<{ firstLoadMs: number[]; phases: LoadPhases[]; directoryJs: ScriptSize[] }> {
  const contextOptions = {
    baseURL: baseUrl,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
  };
  let context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel(/^Email/).fill(WEB_ACCOUNT.email);
  await page.getByLabel(/^Password/).fill(WEB_ACCOUNT.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForSelector(LIST_SHOWN, { timeout: 30_000 });
  let state = await context.storageState();
  await context.close();

  const firstLoadMs: number[] = [];
  const phases: LoadPhases[] = [];
  let directoryJs: ScriptSize[] = [];
  for (let sample = 0; sample <= samples; sample++) {
    context = await browser.newContext({ ...contextOptions, storageState: state });
    const scripts = new Set<string>();
    const { shown, moments } = await loadDirectory(context, scripts);
    state = await context.storageState();
    await context.close();
    if (sample === 0) {
      // the warm-up: the API's first directory query, Chromium's first start of the renderer
      directoryJs = [...scripts].sort().map((path) => scriptSize(path));
      continue;
    }
    firstLoadMs.push(shown);
    phases.push(moments);
    log(
      `  sample ${sample}: ${shown.toFixed(0)} ms (html ${moments.html.toFixed(0)}, scripts ${moments.scripts.toFixed(0)}, session ${moments.session.toFixed(0)}, query ${moments.query.toFixed(0)})`,
    );
  }
  return { firstLoadMs, phases, directoryJs };
}

/** One load of /directory in `context`: ms from navigation start to the list shown, and its phases. */
async function loadDirectory(
  context: BrowserContext,
  scripts: Set<string>,
): Promise<{ shown: number; moments: LoadPhases }> {
  const page = await context.newPage();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      scripts.add(new URL(response.url()).pathname);
  });
  await page.goto('/directory', { waitUntil: 'commit' });
  // evaluated in the page, polled at each frame: the frame the list first appears in
  // (a function, not a string: the app's CSP refuses eval)
  const shown = await page.waitForFunction(
    (selector: string) =>
      (
        globalThis as unknown as { document: { querySelector(s: string): unknown } }
      ).document.querySelector(selector)
        ? performance.now()
        : 0,
    LIST_SHOWN,
    { polling: 'raf', timeout: 30_000 },
  );
  const ms = (await shown.jsonValue()) as number;
  if (new URL(page.url()).pathname !== '/directory')
    throw new Error(`The directory's load ended on ${page.url()}: the session was lost`);
  const moments = await page.evaluate((until: number) => {
    interface Timing {
      readonly name: string;
      readonly responseEnd: number;
      readonly domContentLoadedEventEnd?: number;
    }
    const timings = performance as unknown as { getEntriesByType(type: string): Timing[] };
    const navigation = timings.getEntriesByType('navigation')[0];
    const resources = timings.getEntriesByType('resource').filter((r) => r.responseEnd <= until);
    const last = (path: string) =>
      Math.max(
        0,
        ...resources.filter((r) => new URL(r.name).pathname === path).map((r) => r.responseEnd),
      );
    return {
      html: navigation.responseEnd,
      scripts: navigation.domContentLoadedEventEnd ?? 0,
      session: last('/auth/refresh'),
      query: last('/graphql'),
    };
  }, ms);
  await page.close();
  return { shown: ms, moments };
}

/**
 * What index.html loads before anything else: its module scripts and modulepreloads, and the
 * static imports of those (followed to the end); not the `import()`s of the routes.
 */
export function initialScripts(webDist = WEB_DIST): ScriptSize[] {
  const html = readFileSync(join(webDist, 'index.html'), 'utf8');
  const pending = [
    ...[...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map(
      (m) => m[1],
    ),
  ].map((src) => new URL(src, 'http://app/').pathname);
  const seen = new Set<string>();
  while (pending.length) {
    const path = pending.pop() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(join(webDist, path), 'utf8');
    for (const imported of staticImports(code))
      pending.push(new URL(imported, `http://app${path}`).pathname);
  }
  return [...seen].sort().map((path) => scriptSize(path, webDist));
}

/**
 * The modules a chunk imports statically: the build (Rolldown) writes them first, as
 * `import{a as b}from"./x.js";` or `import"./y.js";` (and `export{…}from"./z.js";`).
 */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const statement =
    /^\s*(?:\/\*[\s\S]*?\*\/\s*)*(?:import|export)\s*(?:[\w$*\s{},]*?\s*from\s*)?["']([^"']+)["']\s*;?/;
  let rest = code;
  for (let match = statement.exec(rest); match; match = statement.exec(rest)) {
    found.push(match[1]);
    rest = rest.slice(match[0].length);
  }
  return found;
}

function scriptSize(path: string, webDist = WEB_DIST): ScriptSize {
  const content = readFileSync(join(webDist, path));
  // zlib's default level, as a server compressing on the fly sends it
  return {
    file: path.replace(/^\//, ''),
    bytes: content.length,
    gzipBytes: gzipSync(content).length,
  };
}

async function freshWebDatabase(benchUrl: string): Promise<string> {
  const url = new URL(benchUrl);
  const name = `${decodeURIComponent(url.pathname.slice(1))}_web`;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
    throw new Error(
      `BENCH_DATABASE_URL must name a plain database (letters, digits, _), not "${name}"`,
    );
  await withClient(adminUrl(benchUrl), async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  await withClient(adminUrl(databaseUrl), (client) =>
    client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  );
}

function adminUrl(url: string): string {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return admin.toString();
}

/** CHROMIUM_PATH, else what `command -v chromium` prints. */
function findChromium(): string | null {
  const given = process.env['CHROMIUM_PATH'];
  if (given) return existsSync(given) ? given : null;
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
    return found && existsSync(found) ? found : null;
  } catch {
    return null;
  }
}

/** Nearest rank: the smallest sample with at least `p` % of the samples at or below it. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Kilobytes of 1,000 bytes, as the target is written. */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
