export * from './lib/error-probe.module';
export * from './lib/test-app';
export * from './lib/test-database';
