// `npm run db:restore -- <file>`: restores a db:backup file into the empty database `npm start` would use.
import { restoreDatabase } from '@bridgeway/api-database';
import { runDatabaseTask } from './run-database-task.js';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run db:restore -- <backup file>');
  process.exit(2);
}
await runDatabaseTask(async (adminUrl) => {
  const started = performance.now();
  await restoreDatabase(adminUrl, file);
  return `Restored ${file} in ${Math.round(performance.now() - started)} ms.`;
});
