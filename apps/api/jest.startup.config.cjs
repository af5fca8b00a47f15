// The built API started as a user starts it (startup.int-spec.ts), alone: it measures a restart,
// which the other suites' embedded databases would slow down if they ran beside it.
module.exports = {
  ...require('./jest.config.cjs'),
  displayName: 'api (start-up)',
  testMatch: ['<rootDir>/test/startup.int-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: undefined,
  globalTeardown: undefined,
};
