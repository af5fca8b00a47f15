module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-matching',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
