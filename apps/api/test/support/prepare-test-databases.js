// Run by the Jest global setup in a child process: it migrates the template database (or the
// embedded snapshot) and prints the variables the test workers need, as JSON on the last line.
// A child process, because loading the app's TypeScript into Jest's own process leaks its
// classes into suites that Jest runs in band (one realm's Boolean is not another's).
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');

const root = resolve(__dirname, '../../../..');
require('ts-node').register({
  transpileOnly: true,
  swc: true,
  project: resolve(root, 'apps/api/tsconfig.spec.json'),
});
const { compilerOptions } = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8'));
require('tsconfig-paths').register({
  baseUrl: root,
  paths: Object.fromEntries(
    Object.entries(compilerOptions.paths).filter(([alias]) => alias.startsWith('@wild/')),
  ),
});

const {
  cleanUpTestDatabases,
  prepareTestDatabases,
  testDatabaseEnv,
} = require('@wild/api/testing');

(async () => {
  if (process.argv[2] === 'clean-up') {
    await cleanUpTestDatabases();
    return;
  }
  await prepareTestDatabases();
  process.stdout.write(`\n${JSON.stringify(testDatabaseEnv())}\n`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
