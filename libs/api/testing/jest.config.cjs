module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-testing',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
