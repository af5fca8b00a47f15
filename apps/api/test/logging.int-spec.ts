import pino from 'pino';

import { createRootLogger } from '@wild/api/core';
import { ProbeModule, TestApp } from '@wild/api/testing';

import { startApp } from './support/start-app';

/**
 * The log lines of a request, with the request context (REQUEST_CONTEXT, on by default) and
 * without it (ADR 0005): which lines carry the request's id, and the request line's SQL count.
 */
describe.each([
  ['on', {}],
  ['off', { REQUEST_CONTEXT: 'false' }],
])('request logs, request context %s', (context, env) => {
  let api: TestApp;
  let lines: Record<string, any>[] = [];

  beforeAll(async () => {
    // every logger of the API is the process's root logger or a child of it, writing to its
    // stream: caught from before the app starts (its start-up lines too)
    const root = createRootLogger({ logLevel: 'info', production: false, nodeEnv: 'test' });
    jest.spyOn((root as any)[pino.symbols.streamSym], 'write').mockImplementation((line) => {
      lines.push(JSON.parse(String(line)));
      return true;
    });
    api = await startApp({ imports: [ProbeModule], env: { LOG_LEVEL: 'info', ...env } });
  });

  beforeEach(() => (lines = []));
  afterAll(async () => {
    jest.restoreAllMocks();
    await api?.close();
  });

  /** The lines of one request, once its own line (written when the response ends) is there. */
  async function linesOf(requestId: string) {
    for (let tries = 0; tries < 50; tries += 1) {
      if (lines.some((line) => line['req']?.id === requestId && line['res'])) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return lines;
  }

  it(`${context === 'on' ? 'gives' : 'does not give'} a service's log line the request's id`, async () => {
    const response = await api.gql(`{ probeServiceLog(message: "a service speaks") }`, undefined, {
      headers: { 'x-request-id': `service-${context}` },
    });
    expect(response.data).toEqual({ probeServiceLog: true });
    const serviceLine = (await linesOf(`service-${context}`)).find(
      (line) => line['msg'] === 'a service speaks',
    );
    expect(serviceLine).toMatchObject({ probe: true, level: 40 });
    if (context === 'on') expect(serviceLine?.['req']).toMatchObject({ id: `service-${context}` });
    else expect(serviceLine?.['req']).toBeUndefined();
  });

  it('logs each request once, with its id, status and SQL statement count', async () => {
    const response = await api.gql(`{ probeServiceLog(message: "counted") }`, undefined, {
      headers: { 'x-request-id': `count-${context}` },
    });
    expect(response.statements).toBeGreaterThanOrEqual(1);
    const requestLines = (await linesOf(`count-${context}`)).filter((line) => line['res']);
    expect(requestLines).toEqual([
      expect.objectContaining({
        req: { id: `count-${context}`, method: 'POST', url: '/graphql' },
        res: { statusCode: 200 },
        sqlStatements: response.statements,
      }),
    ]);
  });
});

describe('a proxy in front while TRUST_PROXY is off (production)', () => {
  let api: TestApp;
  const lines: Record<string, any>[] = [];

  beforeAll(async () => {
    const root = createRootLogger({ logLevel: 'warn', production: true, nodeEnv: 'production' });
    jest.spyOn((root as any)[pino.symbols.streamSym], 'write').mockImplementation((line) => {
      lines.push(JSON.parse(String(line)));
      return true;
    });
    api = await startApp({
      env: { NODE_ENV: 'production', LOG_LEVEL: 'warn', JWT_SECRET: 'x'.repeat(40) },
    });
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await api?.close();
  });

  it('warns once, on the first request that carries X-Forwarded-For', async () => {
    await api.gql('{ __typename }');
    expect(lines.filter((line) => /TRUST_PROXY/.test(line['msg']))).toEqual([]);
    for (let n = 0; n < 3; n++) {
      await api.gql('{ __typename }', undefined, { headers: { 'X-Forwarded-For': '203.0.113.7' } });
    }
    expect(lines.filter((line) => /TRUST_PROXY/.test(line['msg']))).toEqual([
      expect.objectContaining({
        level: 40,
        msg: expect.stringMatching(/^A request came through a proxy/),
      }),
    ]);
  });
});
