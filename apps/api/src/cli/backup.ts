// `npm run db:backup [-- <file>]`: a pg_dump (custom format) of the database `npm start` would use.
import { backupDatabase } from '@bridgeway/api-database';
import { runDatabaseTask } from './run-database-task.js';

const file = process.argv[2] ?? `bridgeway-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`;
await runDatabaseTask(async (adminUrl) => {
  const started = performance.now();
  await backupDatabase(adminUrl, file);
  return `Backed up to ${file} in ${Math.round(performance.now() - started)} ms.`;
});
