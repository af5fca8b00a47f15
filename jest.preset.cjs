// Shared Jest settings: SWC transpiles TypeScript (with the decorator metadata NestJS and TypeORM
// read), and the tsconfig path aliases resolve to the libs' sources.
const { join } = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  // packages' own subpaths (mapped for tsc only) resolve through their package exports
  if (target.startsWith('node_modules/')) continue;
  moduleNameMapper[`^${alias.replace(/[/@]/g, (c) => `\\${c}`)}$`] = join(__dirname, target);
}

module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper,
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2021',
          parser: { syntax: 'typescript', decorators: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            useDefineForClassFields: false,
          },
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
};
