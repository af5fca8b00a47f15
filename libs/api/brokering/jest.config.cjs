module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'api-brokering',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
