/**
 * Import FIRST (before anything that loads @nestjs/graphql) in suites that boot the API.
 *
 * When Jest runs a suite in band (a single file, or a few fast ones), the global setup has
 * already loaded the compiled dist/ libraries in the same process, and @nestjs/graphql keeps
 * its type metadata on `global`. jest-environment-node copies the process globals into the
 * test context, so the suite's @nestjs/graphql would reuse a storage that also holds dist/'s
 * classes, built against another `graphql` instance ("Cannot determine a GraphQL output type
 * for the "id""). Dropping the copied references gives the suite its own storage; in a worker
 * (no global setup there) this is a no-op. The root fix belongs in test/support/global-setup.mjs.
 */
for (const key of ['GqlTypeMetadataStorage', 'GqlLazyMetadataStorageHost']) delete (globalThis as Record<string, unknown>)[key];

export {};
