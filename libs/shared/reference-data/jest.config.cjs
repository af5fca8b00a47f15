module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'shared-reference-data',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
