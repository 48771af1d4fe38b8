// Starts bench/support/api-child.mjs (the built API on the application role) as a child
// process and talks to it over IPC. Needs `npx nx run api:build` first.
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./api-child.mjs', import.meta.url));
// BENCH_CHILD_DIR=<checkout>: serve that checkout's build instead (its bench/ and dist/; bench/ab.mjs build).
const childOf = () => (process.env.BENCH_CHILD_DIR ? path.join(process.env.BENCH_CHILD_DIR, 'bench/support/api-child.mjs') : CHILD);

/** The API's base URL and `call(op)` for the child's operations (see api-child.mjs). */
export async function spawnBenchApi(target, env = {}) {
  const child = fork(childOf(), [], {
    env: { ...process.env, BENCH_APP_URL: target.appUrl, BENCH_API_ENV: JSON.stringify(env) },
    // BENCH_PROFILE=<dir>: a V8 CPU profile of the server, written there when it exits.
    // BENCH_NODE_FLAGS: more V8 flags for the server (bench/ab.mjs semispace).
    execArgv: ['--expose-gc', ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []), ...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [])],
  });
  process.once('exit', () => child.kill()); // a failed run must not leave the server behind
  const pending = new Map();
  let next = 0;
  const url = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`API process exited with ${code}`)));
    child.on('message', (message) => {
      if (message.ready) resolve(message.ready);
      else pending.get(message.id)?.(message.result);
    });
  });
  const call = (op) => new Promise((resolve) => {
    const id = ++next;
    pending.set(id, (result) => (pending.delete(id), resolve(result)));
    child.send({ id, op });
  });
  const close = () => new Promise((resolve) => {
    child.once('exit', resolve);
    child.send({ id: 0, op: 'close' });
  });
  return { url, pid: child.pid, call, close };
}
