import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';

import {
  AppConfig,
  Clock,
  configureApplication,
  loadAppConfig,
  NEST_APPLICATION_OPTIONS,
} from '@wild/api/core';
import { DATABASE_TARGET, SQL_STATEMENTS_HEADER } from '@wild/api/database';

import { createTestDatabase, TestDatabase } from './test-database';

/** The environment every test app starts from; a test overrides what it is about. */
export const TEST_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: 'test',
  LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
  DEMO_DATA: 'false',
  JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
  // rate limits are raised for tests, except in the tests of the limits
  THROTTLE_LIMIT: '100000',
  AUTH_THROTTLE_LIMIT: '100000',
  AUTH_ADDRESS_LIMIT: '100000',
  AUTH_ACCOUNT_LIMIT: '100000',
};

export interface GraphQLResponse<TData = Record<string, any>> {
  readonly status: number;
  readonly data: TData | null | undefined;
  readonly errors: GraphQLResponseError[] | undefined;
  readonly headers: Record<string, string>;
  /** SQL statements the request cost (outside production). */
  readonly statements: number | undefined;
  readonly body: any;
}

export interface GraphQLResponseError {
  message: string;
  path?: (string | number)[];
  extensions: { code: string; [key: string]: any };
}

export interface GraphQLRequestOptions {
  readonly token?: string;
  readonly headers?: Record<string, string>;
}

/**
 * The test apps' clock: the machine's time plus an offset that a test moves forward, so a test
 * of expiry or of a time window advances time instead of waiting for it.
 */
export class TestClock extends Clock {
  private offsetMs = 0;

  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export class TestApp {
  constructor(
    readonly app: INestApplication,
    readonly config: AppConfig,
    readonly database: TestDatabase,
    private readonly ownsDatabase: boolean,
    readonly clock: TestClock,
  ) {}

  get http(): Server {
    return this.app.getHttpServer();
  }

  /** Sends one GraphQL operation over HTTP, as a client would. */
  async gql<TData = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options: GraphQLRequestOptions = {},
  ): Promise<GraphQLResponse<TData>> {
    return this.post({ query, variables }, options);
  }

  /** Posts any body to /graphql (batches, malformed documents …). */
  async post<TData = Record<string, any>>(
    body: unknown,
    options: GraphQLRequestOptions = {},
  ): Promise<GraphQLResponse<TData>> {
    let call = request(this.http).post('/graphql').set('Content-Type', 'application/json');
    if (options.token) call = call.set('Authorization', `Bearer ${options.token}`);
    for (const [name, value] of Object.entries(options.headers ?? {})) call = call.set(name, value);
    const response = await call.send(body as object);
    const statements = response.headers[SQL_STATEMENTS_HEADER];
    return {
      status: response.status,
      data: response.body?.data,
      errors: response.body?.errors,
      headers: response.headers as Record<string, string>,
      statements: statements === undefined ? undefined : Number(statements),
      body: response.body,
    };
  }

  /** Stops the app; the database is dropped unless it was handed in by the caller. */
  async close(): Promise<void> {
    await this.app.close();
    if (this.ownsDatabase) await this.database.drop();
  }
}

export interface TestAppOptions {
  /** Environment variables over {@link TEST_ENV}. */
  readonly env?: Record<string, string>;
  /** Extra modules (test-only resolvers). */
  readonly imports?: (Type<unknown> | DynamicModule)[];
  /** A database to reuse (e.g. to restart the app on it); by default each app gets its own. */
  readonly database?: TestDatabase;
  /** A clock to share (two apps on one database); by default each app gets its own. */
  readonly clock?: TestClock;
}

/**
 * Boots the whole API in-process on a database of its own, configured as `main.ts` does, ready
 * for requests over HTTP.
 */
export async function createTestApp(
  rootModule: (config: AppConfig) => DynamicModule,
  options: TestAppOptions = {},
): Promise<TestApp> {
  const config = loadAppConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), 'wild-test-')),
    ...TEST_ENV,
    ...options.env,
  });
  const database = options.database ?? (await createTestDatabase());
  const clock = options.clock ?? new TestClock();
  let app: INestApplication | undefined;
  try {
    const moduleRef = await Test.createTestingModule({
      imports: [rootModule(config), ...(options.imports ?? [])],
    })
      .overrideProvider(DATABASE_TARGET)
      .useValue(database.target)
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    app = configureApplication(
      moduleRef.createNestApplication({ ...NEST_APPLICATION_OPTIONS, bufferLogs: false }),
    );
    await app.init();
    return new TestApp(app, config, database, !options.database, clock);
  } catch (error) {
    await app?.close().catch(() => undefined); // the data source may be open already
    if (!options.database) await database.drop();
    throw error;
  }
}

/** The first error of a response. */
export const errorOf = (response: GraphQLResponse) => response.errors?.[0];

/** A field of a response that must have succeeded (fails the test with its errors otherwise). */
export function dataOf(response: GraphQLResponse, field: string): any {
  expect(response.errors).toBeUndefined();
  return response.data?.[field];
}
