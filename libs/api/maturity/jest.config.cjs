module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-maturity',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
