import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

import { TestApp } from '@wild/api/testing';

import { startApp } from './support/start-app';

/**
 * The committed schema (apps/api/schema.gql) is the API's contract: it must match the code, so
 * that every change to the API shows in review. `npm run schema:write` rewrites it.
 */
const SCHEMA_FILE = resolve(__dirname, '../schema.gql');
const HEADER =
  '# The GraphQL schema of the WILD Network API, generated from the code: npm run schema:write\n\n';

describe('the committed GraphQL schema', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp();
  });

  afterAll(() => api?.close());

  it('matches the code', () => {
    const schema =
      HEADER + printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env['WRITE_SCHEMA']) writeFileSync(SCHEMA_FILE, schema);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== schema) {
      throw new Error(
        'apps/api/schema.gql differs from the schema of the code: run `npm run schema:write` and commit it.',
      );
    }
  });
});
