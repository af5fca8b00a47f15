module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-database',
  rootDir: __dirname,
  // a suite opens an embedded database (~5 s)
  testTimeout: 60_000,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
