// One `jest` run over every suite. Projects:
//  - api: data-layer and API suites on one real PostgreSQL prepared by test/support/global-setup.mjs
//    (embedded, or a fresh database on DATABASE_URL's server).
//  - web: component tests of the web client in jsdom (libs/web/**/__tests__).
//  - e2e: the built server and web client in headless Chromium (test/e2e); builds nothing itself.
import { swcOptions, tsconfigPaths } from './tools/swc-options.mjs';

const moduleNameMapper = { '^(\\.{1,2}/.*)\\.js$': '$1' };
// `@bridgeway/api-*` → `libs/api/*/src/index.ts`: a wildcard matches one library folder name.
for (const [alias, [target]] of Object.entries(tsconfigPaths())) {
  moduleNameMapper[`^${alias.replace('*', '([^/]+)')}$`] = `<rootDir>/${target.replace(/^\.\//, '').replace('*', '$1')}`;
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

const web = {
  displayName: 'web',
  testEnvironment: 'jsdom',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          experimental: { keepImportAttributes: true },
          target: 'es2022',
        },
        module: { type: 'es6' },
        sourceMaps: 'inline',
      },
    ],
  },
  moduleNameMapper: {
    '^.+\\.module\\.css$': '<rootDir>/apps/web/jest/css-module-stub.cjs',
    '^.+\\.css$': '<rootDir>/apps/web/jest/style-stub.cjs',
    ...moduleNameMapper,
  },
  setupFiles: ['<rootDir>/apps/web/jest/browser-stubs.mjs'],
  setupFilesAfterEnv: ['<rootDir>/apps/web/jest/jest-dom.mjs'],
  testMatch: ['<rootDir>/libs/web/**/__tests__/**/*.test.tsx', '<rootDir>/apps/web/__tests__/**/*.test.tsx'],
  testTimeout: 15_000,
};

const e2e = {
  displayName: 'e2e',
  testEnvironment: '<rootDir>/test/e2e/support/e2e-environment.mjs',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcOptions({ forJest: true })] },
  moduleNameMapper,
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/e2e/support/retry-once.mjs'],
  globalSetup: '<rootDir>/test/e2e/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/e2e/support/global-teardown.mjs',
  testTimeout: 180_000,
};

export default {
  projects: [api, web, e2e],
  maxWorkers: 2,
  // A worker that holds more than this after a test file is replaced before the next one: under
  // --experimental-vm-modules every file's module graph stays reachable from the worker, and the web
  // suites (jsdom + React + Mantine) once grew one worker past its heap in CI ("ran out of memory").
  workerIdleMemoryLimit: '1GB',
  testTimeout: 60_000,
};
