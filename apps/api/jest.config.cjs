// Unit specs beside the code, and the HTTP integration suites in test/: each suite boots the whole
// API on a database of its own (see libs/api/testing).
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  // the start-up suite times a restart: it runs on its own, after the others (jest.startup.config.cjs)
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/startup.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  // each suite holds a database (an embedded one takes ~800 MB): few workers
  maxWorkers: 2,
  testTimeout: 60_000,
};
