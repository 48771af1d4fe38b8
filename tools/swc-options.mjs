// SWC options shared by the API build and Jest, with the path aliases read from
// tsconfig.base.json so they are declared in exactly one place.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function tsconfigPaths() {
  const raw = readFileSync(path.join(workspaceRoot, 'tsconfig.base.json'), 'utf8');
  return JSON.parse(raw).compilerOptions.paths;
}

export function swcOptions({ forJest = false } = {}) {
  return {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: false },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
      ...(forJest ? {} : { baseUrl: workspaceRoot, paths: tsconfigPaths() }),
    },
    module: { type: 'es6', resolveFully: !forJest },
    sourceMaps: forJest ? 'inline' : true,
  };
}
