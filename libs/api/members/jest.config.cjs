module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-members',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
