export * from './lib/directory.module';
export * from './lib/search-text';
