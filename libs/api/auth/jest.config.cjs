module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-auth',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
