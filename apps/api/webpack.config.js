const { join } = require('node:path');
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');

// One bundle of the API and its libs; node_modules stay external and are listed in the generated
// dist/apps/api/package.json (packages loaded only at run time are imported in main.ts for that).
module.exports = {
  output: { path: join(__dirname, '../../dist/apps/api'), clean: true },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      outputHashing: 'none',
      optimization: false,
      sourceMap: true,
      // types are checked by the `typecheck` target; the build stays fast for `npm start`
      typeCheckOptions: false,
      generatePackageJson: true,
      // HiGHS's worker runs unbundled beside main.js (HIGHS_WORKER_PATH: the bundle's __dirname)
      assets: [
        { input: 'libs/api/brokering/src/lib/assignment', glob: 'highs-worker.cjs', output: '.' },
      ],
    }),
  ],
};
