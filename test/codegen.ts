import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the API tests, made as the web's (apps/web/codegen.ts) but from the
// `graphql(`…`)` calls in test/**/*.ts. Regenerate with `npx graphql-codegen --config test/codegen.ts`;
// test/api/test-documents.test.ts fails while the committed files are stale.
const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export const TEST_DOCUMENTS_DIR = fromRoot('test/support/gql/');

const config: CodegenConfig = {
  schema: fromRoot('apps/api/schema.graphql'),
  documents: [fromRoot('test/**/*.ts'), `!${fromRoot('test/support/gql/**')}`, `!${fromRoot('test/e2e/**')}`],
  ignoreNoDocuments: false,
  generates: {
    [TEST_DOCUMENTS_DIR]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are typed strings: api.gql sends them as they are.
        documentMode: 'string',
        emitLegacyCommonJSImports: false,
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
