// Starts the built Bridgeway server (dist/apps/api/src/main.js, serving dist/apps/web) as
// `npm start` would on a new machine: a fresh embedded PostgreSQL in a temporary data folder,
// no DATABASE_URL, a free port. Used by the e2e tests and by tools/measure-web.mjs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const MAIN = path.join(workspaceRoot, 'dist/apps/api/src/main.js');
const WEB_DIR = path.join(workspaceRoot, 'dist/apps/web');
const READY_LINE = /^Bridgeway is ready on .*$/m;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ readyTimeoutMs?: number }} [options]
 * @returns {Promise<{ url: string, port: number, pid: number, dataDir: string, output: () => string, stop: () => Promise<void> }>}
 */
export async function startBuiltServer({ readyTimeoutMs = 240_000 } = {}) {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`node tools/build-api.mjs\` first`);
  if (!existsSync(path.join(WEB_DIR, 'index.html')))
    throw new Error(`${WEB_DIR}/index.html is missing: run \`npx nx run web:build\` first`);

  const dataDir = await mkdtemp(path.join(tmpdir(), 'bridgeway-e2e-'));
  await chmod(dataDir, 0o755); // the embedded server may run as the `postgres` OS user
  const port = await freePort();
  // Nothing configured, as on a new machine: no DATABASE_URL, no NODE_ENV, no JWT_SECRET.
  const {
    DATABASE_URL: _db,
    DATABASE_APP_URL: _app,
    NODE_ENV: _env,
    NODE_OPTIONS: _opts,
    JWT_SECRET: _jwt,
    ...env
  } = process.env;
  const child = spawn(process.execPath, [MAIN], {
    cwd: workspaceRoot,
    // LOG_LEVEL info: every API request is logged, and the e2e teardown checks that log for personal data.
    // Every e2e file signs in from 127.0.0.1, in parallel: the per-address sign-in throttle (20 a
    // minute, tested by the API suites) would refuse some of them, so the shared server allows more.
    env: { ...env, BRIDGEWAY_DATA_DIR: dataDir, BRIDGEWAY_WEB_DIR: WEB_DIR, PORT: String(port), LOGIN_THROTTLE_LIMIT: '1000', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no "ready" line within ${readyTimeoutMs} ms:\n${output}`)),
        readyTimeoutMs,
      );
      const onData = (chunk) => {
        output += chunk.toString();
        if (READY_LINE.test(output)) {
          clearTimeout(timer);
          resolve(undefined);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      void exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`the server exited (${code ?? signal}) before it was ready:\n${output}`));
      });
    });
  } catch (error) {
    child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 20_000).unref());
      if ((await Promise.race([exited, timeout])) === 'timeout') {
        child.kill('SIGKILL');
        await exited;
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  return { url: `http://127.0.0.1:${port}`, port, pid: child.pid, dataDir, output: () => output, stop };
}
