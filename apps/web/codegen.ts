import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are resolved from the repository root so the config works from any cwd.
const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const config: CodegenConfig = {
  // The schema the API serves (printed from the API and committed with it).
  schema: fromRoot('apps/api/schema.graphql'),
  documents: [fromRoot('libs/web/*/src/**/*.graphql')],
  ignoreNoDocuments: false,
  generates: {
    [fromRoot('libs/web/graphql/src/gql/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        nonOptionalTypename: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
