export * from './lib/languages';
export * from './lib/office-kind';
export * from './lib/role';
export * from './lib/wipo-region';
export * from './lib/maturity';
export * from './lib/maturity-model-v1';
export * from './lib/benchmark';
