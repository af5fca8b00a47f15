export * from './lib/probe.module';
export * from './lib/test-app';
export * from './lib/test-database';
export * from './lib/test-accounts';
