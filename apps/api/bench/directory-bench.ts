import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';

import { ApiProcess } from './api-process';
import {
  BENCH_ACCOUNT,
  BENCH_BROKER,
  countRows,
  prepareNetwork,
  withClient,
} from './generate-network';
import { LoadSettings, Probe, probe, runLoad } from './load';
import {
  BenchRun,
  hasErrors,
  isoDate,
  machineInfo,
  resultsMarkdown,
  resultsTable,
  ScenarioOutcome,
  webHasErrors,
  webTable,
} from './report';
import {
  RECOMMENDATION_SEEKERS,
  recommendationsScenario,
  SCENARIOS,
  type RecommendationSeeker,
  type Scenario,
} from './scenarios';
import { runWebBench, webSettingsFromEnv } from './web-bench';

const ROOT = resolve(__dirname, '../../..');
const MAIN_JS = join(ROOT, 'dist/apps/api/main.js');
const RESULTS_DIR = join(ROOT, 'docs/benchmarks');

/** Everything the bench reads from the environment (docs/benchmarks/README.md lists it). */
function settingsFromEnv() {
  return {
    databaseUrl:
      process.env['BENCH_DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/wild_bench',
    regenerate: process.env['BENCH_REGENERATE'] === '1',
    durationSeconds: positiveNumber('BENCH_DURATION', 20),
    warmupSeconds: positiveNumber('BENCH_WARMUP', 3),
    connections: positiveNumber('BENCH_CONNECTIONS', 20),
    // one API process per CPU, as a deployment on a PostgreSQL server would run it
    workers: positiveNumber('BENCH_API_WORKERS', availableParallelism()),
    port: process.env['BENCH_PORT'] ? positiveNumber('BENCH_PORT', 0) : undefined,
    requestContexts: requestContextsFromEnv(),
    web: webSettingsFromEnv(),
  };
}

/**
 * The REQUEST_CONTEXT values the load runs with: the API's default (unset), one of them, or
 * `both`, which loads every scenario with each, twice, in the order off, on, on, off, so that a
 * drift of the machine over the run weighs on both alike (ADR 0005's figure).
 */
function requestContextsFromEnv(): readonly (boolean | undefined)[] {
  const raw = process.env['BENCH_REQUEST_CONTEXT'];
  if (!raw) return [undefined];
  if (raw === 'both') return [false, true, true, false];
  if (raw === 'true' || raw === 'false') return [raw === 'true'];
  throw new Error(`BENCH_REQUEST_CONTEXT must be true, false or both, not "${raw}"`);
}

/**
 * Generates (or reuses) the network, starts the built API on it, measures each scenario, then the
 * web app (web-bench.ts), and writes docs/benchmarks/<date>-directory.md. Exit code 1 when a
 * scenario or the web part had errors; a missed target is reported, not an exit code.
 * `generate` only prepares the database; `web` measures only the web app (printed, not written).
 */
export async function main(args: readonly string[]): Promise<number> {
  const settings = settingsFromEnv();
  const log = (message: string) => console.log(message);

  const measureWeb = () => {
    log(
      '\nThe web app: its initial JavaScript, and the directory’s first load in headless Chromium…',
    );
    return runWebBench({
      mainJs: MAIN_JS,
      benchDatabaseUrl: settings.databaseUrl,
      samples: settings.web.samples,
      port: settings.port,
      log,
    });
  };
  if (args[0] === 'web') {
    const web = await measureWeb();
    log(`\n${webTable(web)}\n`);
    log('Not written to docs/benchmarks/: `npm run bench` writes the web part with the others.');
    return web.ok ? 0 : 1;
  }

  const network = await prepareNetwork(settings.databaseUrl, {
    regenerate: settings.regenerate,
    log,
  });
  log(formatCounts(network.counts));
  if (args[0] === 'generate') return 0;

  // taken before the API starts: what else was keeping the CPUs busy
  const machine = machineInfo(
    await withClient(settings.databaseUrl, async (client) => {
      const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
      return rows[0].server_version;
    }),
  );
  log('Starting the built API on the bench database…');
  // first outside production, where responses carry x-sql-statements: the data the API filled in
  // and what each request costs in SQL, computed and then kept
  const probing = await ApiProcess.start({
    mainJs: MAIN_JS,
    databaseUrl: settings.databaseUrl,
    port: settings.port,
    production: false,
  });
  const startSeconds = probing.startSeconds;
  const outcomes: ScenarioOutcome[] = [];
  let currentMaturity: BenchRun['currentMaturity'] | undefined;
  let counts: BenchRun['counts'] | undefined;
  const probes = new Map<string, { first: Probe; kept: Probe }>();
  let scenarios: readonly Scenario[] = SCENARIOS;
  await withApi(probing.api, async (api) => {
    log(`API ready at ${api.baseUrl} after ${startSeconds.toFixed(1)} s.`);
    currentMaturity = await checkCurrentMaturity(settings.databaseUrl, log);
    // the API's reference seeds add the real IP offices and fill office_current_maturity
    counts = await countRows(settings.databaseUrl);
    scenarios = [
      ...SCENARIOS,
      recommendationsScenario(await recommendationSeekers(settings.databaseUrl)),
    ];
    const load = await loadSettings(api);
    for (const scenario of scenarios) {
      const first = await probe(scenario, load);
      probes.set(scenario.name, { first, kept: await probe(scenario, load) });
    }
  });

  // then the load, in production mode, once per REQUEST_CONTEXT asked for
  for (const requestContext of settings.requestContexts) {
    const variant = requestContext === undefined ? undefined : `REQUEST_CONTEXT=${requestContext}`;
    log(
      `Starting the built API again, in production mode with ${settings.workers} process(es)${variant ? `, ${variant}` : ''}, for the load…`,
    );
    const measuring = await ApiProcess.start({
      mainJs: MAIN_JS,
      databaseUrl: settings.databaseUrl,
      port: settings.port,
      production: true,
      workers: settings.workers,
      env: variant ? { REQUEST_CONTEXT: String(requestContext) } : undefined,
    });
    await withApi(measuring.api, async (api) => {
      const load = await loadSettings(api);
      for (const scenario of scenarios) {
        log(
          `\nScenario ${scenario.name}${variant ? ` (${variant})` : ''}: ${scenario.description}`,
        );
        const { first, kept } = probes.get(scenario.name) as { first: Probe; kept: Probe };
        if (first.status !== 200 || first.errors.length) {
          log(`  The probe request failed (HTTP ${first.status}); not measured:`);
          for (const error of first.errors) log(`    ${error}`);
          outcomes.push({ scenario, variant, probe: first, keptProbe: kept });
          continue;
        }
        log(
          `  matches ${first.totalCount}; ${first.statements} SQL statements computed, ${kept.statements} kept`,
        );
        log(`  warm-up ${settings.warmupSeconds} s…`);
        await runLoad(scenario, { ...load, durationSeconds: settings.warmupSeconds });
        log(`  measuring ${settings.durationSeconds} s…`);
        const result = await runLoad(scenario, load);
        outcomes.push({ scenario, variant, probe: first, keptProbe: kept, load: result });
        log(
          `  ${result.requestsPerSecond.toFixed(0)} req/s, p95 ${result.latencyMs.p95.toFixed(1)} ms, ${result.errors} errors`,
        );
      }
    });
  }

  // last, on an otherwise idle machine: the load's API processes have stopped
  const web = await measureWeb();

  async function loadSettings(api: ApiProcess): Promise<LoadSettings> {
    return {
      baseUrl: api.baseUrl,
      tokens: {
        member: await api.login(BENCH_ACCOUNT.email, BENCH_ACCOUNT.password),
        broker: await api.login(BENCH_BROKER.email, BENCH_BROKER.password),
      },
      connections: settings.connections,
      durationSeconds: settings.durationSeconds,
    };
  }

  const run: BenchRun = {
    date: new Date(),
    machine,
    network,
    apiStartSeconds: startSeconds,
    currentMaturity: currentMaturity as BenchRun['currentMaturity'],
    counts: counts as BenchRun['counts'],
    settings,
    outcomes,
    web,
  };
  log(`\n${resultsTable(run)}\n\n${webTable(web)}\n`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${isoDate(run.date)}-directory.md`);
  // formatted as `npm run format:check` wants it
  const markdown = await format(resultsMarkdown(run), {
    ...(await resolveConfig(file)),
    filepath: file,
  });
  writeFileSync(file, markdown);
  log(`Results written to ${relative(ROOT, file)}.`);

  const failed = [
    ...outcomes.filter(hasErrors).map((outcome) => outcome.scenario.name),
    ...(webHasErrors(web) ? ['the web app'] : []),
  ];
  if (failed.length) {
    console.error(`Errors in: ${failed.join(', ')}.`);
    return 1;
  }
  return 0;
}

/**
 * The API fills `office_current_maturity` at start from the assessments the generator wrote:
 * about one row per assessed office is expected.
 */
async function checkCurrentMaturity(url: string, log: (message: string) => void) {
  const counts = await withClient(url, async (client) => {
    const { rows } = await client.query<{ rows: string; assessed: string }>(`
      SELECT (SELECT count(*) FROM office_current_maturity) AS rows,
        (SELECT count(DISTINCT office_code) FROM maturity_assessment WHERE status = 'SUBMITTED') AS assessed`);
    return { rows: Number(rows[0].rows), assessedOffices: Number(rows[0].assessed) };
  });
  log(
    `office_current_maturity: ${counts.rows} rows for ${counts.assessedOffices} offices with a submitted assessment` +
      (counts.rows === counts.assessedOffices ? '.' : ' (MISMATCH)'),
  );
  return counts;
}

function formatCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([table, count]) => `  ${table}: ${count.toLocaleString('en-US')}`)
    .join('\n');
}

/** The ten dimensions as office_current_maturity names its columns, in model order. */
const DIMENSION_COLUMNS: Record<string, string> = {
  STRATEGY: 'strategy',
  DATA: 'data',
  SECURITY: 'security',
  CORE_SYSTEMS: 'core_systems',
  SERVICES: 'services',
  INTEROP: 'interop',
  INFRA: 'infra',
  EMERGING: 'emerging',
  PEOPLE: 'people',
  COOPERATION: 'cooperation',
};

/**
 * {@link RECOMMENDATION_SEEKERS} generated offices spread over the network, each with a dimension it
 * knows below 5 (so that some office is ahead of it), the dimensions taken in turn.
 */
async function recommendationSeekers(url: string): Promise<RecommendationSeeker[]> {
  const dimensions = Object.keys(DIMENSION_COLUMNS);
  const rows = await withClient(url, async (client) => {
    const result = await client.query<Record<string, string | number | null>>(
      `SELECT office_code, ${Object.values(DIMENSION_COLUMNS).join(', ')}
         FROM office_current_maturity WHERE office_code LIKE 'B%' ORDER BY office_code`,
    );
    return result.rows;
  });
  const step = Math.max(1, Math.floor(rows.length / RECOMMENDATION_SEEKERS));
  const seekers: RecommendationSeeker[] = [];
  for (
    let index = 0;
    index < rows.length && seekers.length < RECOMMENDATION_SEEKERS;
    index += step
  ) {
    const row = rows[index];
    const known = dimensions.filter((dimension) => {
      const level = row[DIMENSION_COLUMNS[dimension]];
      return typeof level === 'number' && level < 5;
    });
    if (known.length === 0) continue;
    seekers.push({
      officeCode: String(row['office_code']),
      dimension: known[seekers.length % known.length],
    });
  }
  if (seekers.length < RECOMMENDATION_SEEKERS)
    throw new Error(`Only ${seekers.length} seekers with a known level: the network is too small.`);
  return seekers;
}

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}

/** Runs `work` with the API, and stops the API afterwards (also on an error or Ctrl-C). */
async function withApi(api: ApiProcess, work: (api: ApiProcess) => Promise<void>): Promise<void> {
  const interrupt = () => void api.stop().then(() => process.exit(130));
  process.once('SIGINT', interrupt);
  try {
    await work(api);
  } finally {
    process.off('SIGINT', interrupt);
    await api.stop();
  }
}
