// `npm run bench`: generates the synthetic network and measures the directory search through the
// built API. A plain .js launcher (like test/support/prepare-test-databases.js) that registers
// ts-node with swc and the @wild/* paths, so the bench's TypeScript and the libs load unbuilt.
// `node apps/api/bench/run.js generate` only prepares the database.
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');

const root = resolve(__dirname, '../../..');
require('ts-node').register({
  transpileOnly: true,
  swc: true,
  project: resolve(__dirname, 'tsconfig.json'),
});
const { compilerOptions } = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8'));
require('tsconfig-paths').register({
  baseUrl: root,
  paths: Object.fromEntries(
    Object.entries(compilerOptions.paths).filter(([alias]) => alias.startsWith('@wild/')),
  ),
});

require('./directory-bench')
  .main(process.argv.slice(2))
  .then((exitCode) => process.exit(exitCode))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
