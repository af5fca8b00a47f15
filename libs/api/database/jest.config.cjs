module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-database',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
