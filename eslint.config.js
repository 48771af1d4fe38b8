// Flat ESLint config. The module-boundary rule is what keeps the layers honest; the tags live in
// each project.json:
//   scope:api | scope:web | scope:shared | scope:e2e  which side of the wire (web never imports api
//                                                      code and the reverse; shared imports only shared)
//   layer:composition  apps/api, apps/web, libs/api/registry: compose the domains, may import anything below
//   layer:domain       one business area (+ domain:<name>): platform, shared and other domains' public index.ts
//   layer:platform     what every domain builds on (tenancy, database, common, audit, auth, ...): never a domain
//   layer:shared       libs/shared/*: nothing but shared
// Libraries never import apps, and never another library's internals (only its @bridgeway/<name> index.ts).
import nx from '@nx/eslint-plugin';

// @nx/enforce-module-boundaries reads Nx's cached project graph and silently skips itself when there
// is none (a fresh clone), or judges by stale tags after a project.json changed. So when ESLint runs
// on its own (`npx eslint <path>`, an editor), bring the graph up to date first; Nx tasks
// (`nx run-many -t lint`) computed it just before running.
if (!process.env.NX_TASK_TARGET_PROJECT) {
  const { createProjectGraphAsync } = await import('nx/src/devkit-exports.js');
  await createProjectGraphAsync({ exitOnError: false });
}

const LAYERS = ['layer:composition', 'layer:domain', 'layer:platform', 'layer:shared'];

// Deep imports through an alias (`@bridgeway/api-goals/src/...`): a library's API is its index.ts.
const publicIndexOnly = {
  regex: '^@bridgeway/[^/]+/',
  message: 'Import a library through its public index.ts (`@bridgeway/<name>`), never a file inside it.',
};

// test/, bench/ and tools/ belong to no Nx project, so the boundary rule does not see them; these
// patterns hold the same line there: libraries through their public index only, and of the apps
// only the API's composition entry points (createApp, loadConfig), which the suites boot.
const outsideProjectPatterns = [
  publicIndexOnly,
  {
    regex: '^(\\.\\./)+libs/',
    message: "Import the library as `@bridgeway/<name>` (its public index.ts). Tests of a library's internals live in its own __tests__ folder.",
  },
  {
    regex: '^(\\.\\./)+dist/libs/(?![^/]+/[^/]+/src/index\\.js$)',
    message: 'Of a built library, import only its public index (dist/libs/<scope>/<name>/src/index.js).',
  },
  {
    regex: '^(\\.\\./)+(dist/)?apps/(?!api/src/(config|create-app)\\.js$)',
    message: "Of the apps, tests and benchmarks use only the API's composition entry points: apps/api/src/create-app.js and config.js.",
  },
  { group: ['@bridgeway/web-*'], message: 'API suites do not import web code; web component tests live in libs/web/<area>/__tests__.' },
];

export default [
  { ignores: ['**/dist', '**/node_modules', '**/.data', '**/tmp', '**/test-output', '**/*.gen.ts', '**/gql/**', '**/migrations/.snapshot*'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          banTransitiveDependencies: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            // The browser tests drive the built apps over HTTP; they may share vocabulary, no code.
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'layer:composition', onlyDependOnLibsWithTags: LAYERS },
            { sourceTag: 'layer:domain', onlyDependOnLibsWithTags: ['layer:domain', 'layer:platform', 'layer:shared'] },
            { sourceTag: 'layer:platform', onlyDependOnLibsWithTags: ['layer:platform', 'layer:shared'] },
            { sourceTag: 'layer:shared', onlyDependOnLibsWithTags: ['layer:shared'] },
          ],
        },
      ],
      'no-restricted-imports': ['error', { patterns: [publicIndexOnly] }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx,js,mjs}', 'bench/**/*.{ts,js,mjs}', 'tools/**/*.{ts,js,mjs}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: outsideProjectPatterns }],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
];
