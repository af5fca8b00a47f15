/// <reference types="node" />
import { basename, join } from 'node:path';
import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';

import { ApiServer } from './api-server';
import { createFileDatabase, type FileDatabase } from './databases';
import { API_LOG_DIR } from './environment';
import { ApiClient } from './graphql';
import { describeProblems, guardContext, type PageProblem } from './page-guards';

/** The API of one e2e file, on that file's own copy of the template database. */
class FileServers {
  private current: {
    readonly file: string;
    readonly server: ApiServer;
    readonly database: FileDatabase;
  } | null = null;

  /**
   * The API of `file`, started at its first test. Files run one after another in a worker (the
   * config keeps `fullyParallel` off): a new file means the previous one is done, and its API is
   * stopped and its database dropped before the next one's starts.
   */
  async forFile(file: string): Promise<ApiServer> {
    if (this.current?.file === file) return this.current.server;
    await this.stop();
    const slug = basename(file)
      .replace(/\.e2e\.ts$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_');
    const database = await createFileDatabase(slug);
    try {
      const server = await ApiServer.start({
        database: database.database,
        logFile: join(API_LOG_DIR, `${slug}.log`),
      });
      this.current = { file, server, database };
      await expectWebApp(server);
      return server;
    } catch (error) {
      await database.drop();
      throw error;
    }
  }

  async stop(): Promise<void> {
    const current = this.current;
    this.current = null;
    if (!current) return;
    await current.server.stop();
    await current.database.drop();
  }
}

/** The API serves the built web app at `/` (libs/api/core's web-app.ts), or nothing here can pass. */
async function expectWebApp(server: ApiServer): Promise<void> {
  const response = await fetch(`${server.baseUrl}/`, { headers: { Accept: 'text/html' } });
  const body = await response.text();
  if (response.status !== 200 || !body.includes('<div id="root">'))
    throw new Error(
      `The built API does not serve the web app at / (HTTP ${response.status}): ${body.slice(0, 200)}`,
    );
}

export interface E2eFixtures {
  /** The built API of this file (serving the built web app at `/`). */
  server: ApiServer;
  /** GraphQL straight to this file's API. */
  api: ApiClient;
  /** CSP violations and uncaught errors of every page of the test: any of them fails it. */
  pageProblems: PageProblem[];
  /**
   * A page in a context of its own (`browser.newContext()`, so axe can analyse it), guarded as
   * the `page` fixture is: another person, another language (`{ locale: 'fr-FR' }`).
   */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
}

interface E2eWorkerFixtures {
  fileServers: FileServers;
}

export const test = base.extend<E2eFixtures, E2eWorkerFixtures>({
  // the parameter is not named `use`: React's lint rules take that for the hook
  fileServers: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: none here
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const servers = new FileServers();
      await provide(servers);
      await servers.stop();
    },
    { scope: 'worker' },
  ],

  server: [
    async ({ fileServers }, provide, testInfo) => provide(await fileServers.forFile(testInfo.file)),
    // the first test of a file waits for its API: a copy of the database, migrations checked,
    // demo seeds (embedded: a few seconds), on a time of its own
    { auto: true, timeout: 180_000 },
  ],

  baseURL: async ({ server }, provide) => provide(server.baseUrl),

  api: async ({ server }, provide) => provide(new ApiClient(server.baseUrl)),

  // eslint-disable-next-line no-empty-pattern
  pageProblems: async ({}, provide) => {
    const problems: PageProblem[] = [];
    await provide(problems);
    // torn down after every context of the test is closed: nothing more can arrive
    expect(problems.length, `The pages had problems:\n${describeProblems(problems)}`).toBe(0);
  },

  context: async ({ context, pageProblems }, provide) => {
    await guardContext(context, pageProblems);
    await provide(context);
  },

  newPage: async ({ browser, baseURL, pageProblems, contextOptions }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (options = {}) => {
      const context = await browser.newContext({
        ...contextOptions,
        baseURL,
        locale: 'en-US',
        timezoneId: 'UTC',
        viewport: { width: 1280, height: 800 },
        ...options,
      });
      contexts.push(context);
      await guardContext(context, pageProblems);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };
