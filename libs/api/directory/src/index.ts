export * from './lib/directory.module';
export * from './lib/search-text';
export * from './lib/directory-cache';
