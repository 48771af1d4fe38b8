// An embedded PostgreSQL holding the consortium data set. With BENCH_DATA_DIR the data folder is
// kept and reused by later runs of the same scale and seed (loading scale 1 takes minutes);
// without it a throw-away folder is used. Needs `npx nx run api:build` first.
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabaseTarget } from '../../dist/libs/api/database/src/index.js';
import { migrateToLatest } from '../../dist/libs/api/registry/src/index.js';
import { loadConsortium } from '../consortium-data.mjs';

/** Runs `fn(target, dataSet)` on the data set; `dataSet`: rows per table, largest tenant id, load time. */
export async function withConsortiumDatabase({ scale, seed }, fn) {
  const keep = process.env.BENCH_DATA_DIR;
  const dir = keep ? path.resolve(keep) : await mkdtemp(path.join(tmpdir(), 'bridgeway-consortium-'));
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755); // the embedded server may run as the `postgres` OS user
  const markerFile = path.join(dir, 'consortium.json');
  const target = await openDatabaseTarget({ BRIDGEWAY_DATA_DIR: dir });
  try {
    await migrateToLatest(target.adminUrl);
    let dataSet = existsSync(markerFile) ? JSON.parse(await readFile(markerFile, 'utf8')) : undefined;
    if (dataSet && (dataSet.scale !== scale || dataSet.seed !== seed)) {
      throw new Error(`${dir} holds scale ${dataSet.scale} seed ${dataSet.seed}; use another BENCH_DATA_DIR`);
    }
    if (dataSet) {
      console.log(`reusing the data set in ${dir} (loaded in ${dataSet.loadSeconds} s)`);
    } else {
      console.log(`loading scale ${scale}, seed ${seed} into ${dir}`);
      const started = performance.now();
      const loaded = await loadConsortium(target.adminUrl, { scale, seed });
      dataSet = { scale, seed, ...loaded, loadSeconds: Math.round((performance.now() - started) / 1000) };
      await writeFile(markerFile, JSON.stringify(dataSet, null, 2));
    }
    return await fn(target, dataSet);
  } finally {
    await target.stop();
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}
