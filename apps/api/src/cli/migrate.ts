// `npm run db:migrate`: applies pending committed migrations and exits.
import { migrateToLatest, openDatabaseTarget } from '@bridgeway/api-database';

const target = await openDatabaseTarget(process.env);
try {
  const applied = await migrateToLatest(target.adminUrl);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
} finally {
  await target.stop();
}
