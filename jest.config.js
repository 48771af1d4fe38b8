// One `jest` run over every suite. Projects:
//  - api: data-layer and API suites on one real PostgreSQL prepared by test/support/global-setup.mjs
//    (embedded, or a fresh database on DATABASE_URL's server).
import { swcOptions, tsconfigPaths } from './tools/swc-options.mjs';

const moduleNameMapper = { '^(\\.{1,2}/.*)\\.js$': '$1' };
for (const [alias, [target]] of Object.entries(tsconfigPaths())) {
  moduleNameMapper[`^${alias}$`] = `<rootDir>/${target.replace(/^\.\//, '')}`;
}

const api = {
  displayName: 'api',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcOptions({ forJest: true })] },
  moduleNameMapper,
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/libs/api/**/__tests__/**/*.test.ts', '<rootDir>/libs/shared/**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  testTimeout: 60_000,
};

export default {
  projects: [api],
  maxWorkers: 2,
  testTimeout: 60_000,
};
