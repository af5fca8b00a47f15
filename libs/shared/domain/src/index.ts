export * from './lib/languages';
export * from './lib/office-kind';
export * from './lib/wipo-region';
