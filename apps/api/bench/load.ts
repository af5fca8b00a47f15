import autocannon from 'autocannon';

import type { Scenario } from './scenarios';

export interface LoadSettings {
  readonly baseUrl: string;
  /** The access token of each account a scenario may be sent as. */
  readonly tokens: Readonly<Record<NonNullable<Scenario['as']>, string>>;
  readonly connections: number;
  readonly durationSeconds: number;
}

export interface LoadResult {
  readonly responses: number;
  readonly durationSeconds: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** Failed requests: non-200, GraphQL `errors`, unreadable bodies, timeouts, connection errors. */
  readonly errors: number;
  /** How often each kind of error happened (the first ones' messages). */
  readonly errorKinds: Record<string, number>;
  /** From `x-sql-statements`: the cost of a request in SQL statements. */
  readonly statements: { min: number; max: number; typical: number } | null;
}

/** A request's answer, sent once before the load: it shows what the scenario matches. */
export interface Probe {
  readonly status: number;
  readonly totalCount: number | null;
  readonly errors: string[];
  readonly statements: number | null;
}

export async function probe(scenario: Scenario, settings: LoadSettings): Promise<Probe> {
  const response = await fetch(`${settings.baseUrl}/graphql`, {
    method: 'POST',
    headers: headers(settings, scenario),
    body: requestBody(scenario, 0),
  });
  const text = await response.text();
  const statements = Number(response.headers.get('x-sql-statements') ?? NaN);
  let body: GraphQlBody;
  try {
    body = JSON.parse(text) as GraphQlBody;
  } catch {
    return {
      status: response.status,
      totalCount: null,
      errors: [text.slice(0, 300)],
      statements: null,
    };
  }
  const data = body.data?.[scenario.name] as { totalCount?: number } | undefined;
  return {
    status: response.status,
    totalCount: data?.totalCount ?? null,
    errors: (body.errors ?? []).map((error) => error.message),
    statements: Number.isFinite(statements) ? statements : null,
  };
}

/**
 * Sends the scenario's requests over `connections` keep-alive connections for a fixed time, as
 * fast as answers come back, and measures every response: autocannon's own histogram has no p95,
 * and it would count a 200 carrying GraphQL `errors` as a success.
 */
export async function runLoad(scenario: Scenario, settings: LoadSettings): Promise<LoadResult> {
  const latencies: number[] = [];
  const statements: number[] = [];
  const errorKinds: Record<string, number> = {};
  const failed = (kind: string) => (errorKinds[kind] = (errorKinds[kind] ?? 0) + 1);

  const onResponse = (
    status: number,
    body: string,
    _context: unknown,
    responseHeaders: Headers,
  ) => {
    const count = Number(headerValue(responseHeaders, 'x-sql-statements'));
    if (Number.isFinite(count)) statements.push(count);
    // the load generator shares the CPUs with the API: parse only what may be an error
    if (status === 200 && body.startsWith('{"data":') && !body.includes('"errors":')) return;
    let parsed: GraphQlBody | undefined;
    try {
      parsed = JSON.parse(body) as GraphQlBody;
    } catch {
      // counted below
    }
    const message = parsed?.errors?.[0]?.message;
    if (status !== 200) failed(message ? `HTTP ${status}: ${message}` : `HTTP ${status}`);
    else if (!parsed) failed('unreadable response body');
    else if (message) failed(`GraphQL error: ${message}`);
  };

  const instance = autocannon({
    url: settings.baseUrl,
    connections: settings.connections,
    duration: settings.durationSeconds,
    timeout: 10,
    requests: scenario.variables.map((_, index) => ({
      method: 'POST',
      path: '/graphql',
      headers: headers(settings, scenario),
      body: requestBody(scenario, index),
      onResponse,
    })),
  });
  // emitted right after onResponse, with the time from sending the request to its last byte
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) =>
    latencies.push(ms),
  );
  const result = await instance;
  // connection errors include timeouts; autocannon counts both, its responses never see them
  if (result.timeouts) errorKinds['timeout (10 s)'] = result.timeouts;
  if (result.errors > result.timeouts)
    errorKinds['connection error'] = result.errors - result.timeouts;

  latencies.sort((a, b) => a - b);
  return {
    responses: latencies.length,
    durationSeconds: result.duration,
    requestsPerSecond: latencies.length / result.duration,
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? NaN,
      mean: latencies.reduce((sum, value) => sum + value, 0) / latencies.length,
    },
    errors: Object.values(errorKinds).reduce((sum, count) => sum + count, 0),
    errorKinds,
    statements: statements.length
      ? {
          min: statements.reduce((a, b) => Math.min(a, b)),
          max: statements.reduce((a, b) => Math.max(a, b)),
          typical: mode(statements),
        }
      : null,
  };
}

interface GraphQlBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

type Headers = Record<string, string | string[]>;

function headers(settings: LoadSettings, scenario: Scenario): Record<string, string> {
  const token = settings.tokens[scenario.as ?? 'member'];
  return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
}

function requestBody(scenario: Scenario, index: number): string {
  return JSON.stringify({ query: scenario.query, variables: scenario.variables[index] });
}

/** autocannon keeps the header names as the server wrote them. */
function headerValue(headers: Headers, name: string): string | undefined {
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  const value = entry?.[1];
  return Array.isArray(value) ? value[0] : value;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The most frequent value (the smallest among ties). */
function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || a - b)[0][0];
}
