// `npm run db:migrate`: applies pending committed migrations and exits.
import { openDatabaseTarget } from '@bridgeway/api-database';
import { migrateToLatest } from '@bridgeway/api-registry';

const target = await openDatabaseTarget(process.env);
try {
  const applied = await migrateToLatest(target.adminUrl);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
} finally {
  await target.stop();
}
