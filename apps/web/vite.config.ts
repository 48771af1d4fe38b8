import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import ts from 'typescript';
import { defineConfig, type Alias } from 'vite';

const appRoot = dirname(fileURLToPath(import.meta.url));
const apiOrigin = process.env['BRIDGEWAY_API_ORIGIN'] ?? 'http://localhost:3000';

/**
 * The library aliases live in one place: `paths` of apps/web/tsconfig.json
 * (read through TypeScript, so `extends` and comments work). Each alias becomes
 * an exact-match Vite alias; a `prefix/*` alias becomes a prefix alias; a wildcard inside a
 * name (`@bridgeway/web-*`) matches one library folder.
 */
function aliasesFromTsconfig(tsconfigPath: string): Alias[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfigPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  const paths = parsed?.options.paths ?? {};
  const baseDir = (parsed?.options['pathsBasePath'] as string | undefined) ?? dirname(tsconfigPath);
  return Object.entries(paths).map(([alias, [target]]) => {
    if (!target) throw new Error(`tsconfig path "${alias}" has no target`);
    const escaped = alias.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    if (alias.endsWith('/*')) return { find: new RegExp(`^${escaped.slice(0, -1)}(.*)$`), replacement: resolve(baseDir, target).replace('*', '$1') };
    // `@bridgeway/web-*` → `libs/web/*/src/index.ts`: the wildcard is one library folder name.
    if (alias.includes('*')) return { find: new RegExp(`^${escaped.replace('*', '([^/]+)')}$`), replacement: resolve(baseDir, target).replace('*', '$1') };
    return { find: new RegExp(`^${escaped}$`), replacement: resolve(baseDir, target) };
  });
}

export default defineConfig({
  root: appRoot,
  base: '/',
  plugins: [react()],
  resolve: {
    alias: aliasesFromTsconfig(resolve(appRoot, 'tsconfig.json')),
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/graphql': { target: apiOrigin, changeOrigin: false },
      '/health': { target: apiOrigin, changeOrigin: false },
      '/api': { target: apiOrigin, changeOrigin: false },
    },
  },
  preview: {
    port: 4300,
    proxy: {
      '/graphql': { target: apiOrigin, changeOrigin: false },
      '/health': { target: apiOrigin, changeOrigin: false },
      '/api': { target: apiOrigin, changeOrigin: false },
    },
  },
  build: {
    outDir: resolve(appRoot, '../../dist/apps/web'),
    emptyOutDir: true,
    sourcemap: 'hidden',
    target: 'es2022',
  },
});
