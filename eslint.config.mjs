import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * One config for the whole workspace. The module-boundaries rule enforces the layout of
 * docs/architecture.md: scopes never cross (api, web, shared), and a lib may only use libs of the
 * types below it.
 */
/**
 * The feature libs, in the order of the chain (docs/architecture.md): each may import only those
 * before it, so an earlier lib importing a later one fails lint. A new capability lib takes its
 * place here and the tag `layer:<name>` in its project.json.
 */
const FEATURE_CHAIN = [
  'auth',
  'audit',
  'offices',
  'members',
  'maturity',
  'directory',
  'matching',
  'brokering',
];
const NOT_FEATURES = ['type:data', 'type:core', 'type:util'];
const CHAIN_CONSTRAINTS = FEATURE_CHAIN.map((lib, index) => ({
  sourceTag: `layer:${lib}`,
  onlyDependOnLibsWithTags: [
    ...FEATURE_CHAIN.slice(0, index).map((earlier) => `layer:${earlier}`),
    ...NOT_FEATURES,
  ],
}));

const UNVALIDATED_ARGS = {
  name: '@nestjs/graphql',
  importNames: ['Args'],
  message: 'Use `Args` from @wild/api/core: it validates the argument (class-validator).',
};

const UNVALIDATED_ARGS_DEEP = {
  group: ['@nestjs/graphql/*'],
  message: 'Import from @nestjs/graphql itself (and `Args` from @wild/api/core).',
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/.data',
      '**/coverage',
      'apps/web/src/gql',
      'apps/web/e2e/.output',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.cjs', '**/*.mjs', '**/*.mts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:data',
                'type:core',
                'type:util',
                'type:testing',
              ],
            },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:core', 'type:util'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:core', 'type:util'],
            },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:core', 'type:util'] },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            ...CHAIN_CONSTRAINTS,
          ],
        },
      ],
    },
  },
  {
    // the web app: React's rules of hooks; it imports libs/shared/* only (scope:web above)
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Resolver arguments are validated by the `Args` of @wild/api/core (args.decorator.ts).
    files: ['**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [UNVALIDATED_ARGS], patterns: [UNVALIDATED_ARGS_DEEP] },
      ],
    },
  },
  {
    // The test harness is for tests only: production code never imports it.
    files: ['**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/test/**', 'libs/api/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            UNVALIDATED_ARGS,
            { name: '@wild/api/testing', message: 'The test harness is for tests only.' },
          ],
          patterns: [UNVALIDATED_ARGS_DEEP],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // tool configs (Jest, webpack, Vite) reach the workspace root by path
    files: ['**/*.cjs', '**/*.config.js', '**/*.config.mjs', '**/*.config.mts'],
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@nx/enforce-module-boundaries': 'off',
    },
  },
  {
    // tests read loosely typed GraphQL responses
    files: [
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/test/**/*.ts',
      'libs/api/testing/**/*.ts',
      'apps/web/e2e/**/*.ts',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
];
