export * from './lib/ip-offices';
export * from './lib/languages';
export * from './lib/lookups';
export * from './lib/st3-codes';
export * from './lib/expertise-areas';
export * from './lib/wipo-standards';
