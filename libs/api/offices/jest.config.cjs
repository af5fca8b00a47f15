module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-offices',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
