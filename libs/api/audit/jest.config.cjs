module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-audit',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
