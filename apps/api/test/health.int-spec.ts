import request from 'supertest';
import { DataSource } from 'typeorm';

import { embeddedEngineOf } from '@wild/api/database';
import { TestApp, withServerClient } from '@wild/api/testing';

import { startApp } from './support/start-app';

describe('health', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp();
  });

  afterAll(() => api?.close());

  it('answers liveness and readiness', async () => {
    const live = await request(api.http).get('/health');
    expect(live.status).toBe(200);
    expect(live.body.status).toBe('ok');

    const ready = await request(api.http).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('tags each response with a request id, keeping a sane one the caller gave', async () => {
    const given = await request(api.http).get('/health').set('X-Request-Id', 'trace-42');
    expect(given.headers['x-request-id']).toBe('trace-42');
    const made = await request(api.http).get('/health').set('X-Request-Id', 'bad id with spaces');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('turns readiness to 503 when the database is unreachable, liveness staying 200', async () => {
    const dataSource = api.app.get(DataSource);
    const { target, name } = api.database;
    if (target.engine === 'postgres') {
      // the server drops the database under the running API
      await withServerClient((client) => client.query(`DROP DATABASE "${name}" WITH (FORCE)`));
    } else {
      // the embedded engine stops under the running API
      await embeddedEngineOf(dataSource)?.close();
    }
    const ready = await request(api.http).get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
    expect((await request(api.http).get('/health')).status).toBe(200);
  });
});
