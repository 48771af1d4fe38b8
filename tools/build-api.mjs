// Compiles the API app and its libraries (TypeScript, legacy decorators with
// metadata) to ESM under dist/, rewriting path aliases to relative imports.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { transformFile } from '@swc/core';
import { swcOptions, workspaceRoot } from './swc-options.mjs';

const SOURCE_DIRS = ['apps/api/src', 'libs/api', 'libs/shared'];
const SKIP = /(__tests__|\.spec\.ts$|\.d\.ts$)/;

async function* tsFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(full);
    else if (entry.name.endsWith('.ts') && !SKIP.test(full)) yield full;
  }
}

const started = Date.now();
const options = swcOptions();
let count = 0;
const jobs = [];
for (const dir of SOURCE_DIRS) {
  for await (const file of tsFiles(path.join(workspaceRoot, dir))) {
    jobs.push(
      (async () => {
        const out = path.join(workspaceRoot, 'dist', path.relative(workspaceRoot, file)).replace(/\.ts$/, '.js');
        const { code, map } = await transformFile(file, { ...options, filename: file, sourceFileName: path.relative(path.dirname(out), file) });
        await mkdir(path.dirname(out), { recursive: true });
        await writeFile(out, `${code}\n//# sourceMappingURL=${path.basename(out)}.map\n`);
        if (map) await writeFile(`${out}.map`, map);
        count++;
      })(),
    );
  }
}
await Promise.all(jobs);
console.log(`api: compiled ${count} files in ${Date.now() - started} ms`);
