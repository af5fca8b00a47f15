import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every GraphQL document of the app, from the API's committed schema. `typecheck` runs
// this with --check, so a document that no longer matches the schema, or generated code that
// drifted, fails CI as the schema check does.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
