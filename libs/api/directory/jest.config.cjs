module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-directory',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
