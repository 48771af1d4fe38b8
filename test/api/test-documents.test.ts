import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.js';

/**
 * The typed documents of the API tests (test/support/gql, committed as the web's are) must be what
 * codegen makes of today's schema and `graphql(`…`)` calls; otherwise regenerate them with
 * `npx graphql-codegen --config test/codegen.ts`.
 */
it('keeps test/support/gql as codegen makes it from apps/api/schema.graphql and the tests', async () => {
  const files = await generate({ ...config, silent: true }, false);
  expect(files.length).toBeGreaterThanOrEqual(3);
  for (const { filename, content } of files) {
    const committed = readFileSync(filename, 'utf8');
    expect({ filename, current: committed === content }).toEqual({ filename, current: true });
  }
}, 60_000);
