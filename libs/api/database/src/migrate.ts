import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig } from './orm-config.js';

/** Applies pending committed migrations as the owner. Returns the names applied. */
export async function migrateToLatest(adminUrl: string): Promise<string[]> {
  const orm = await MikroORM.init(createOrmConfig({ clientUrl: adminUrl, poolMax: 2 }));
  try {
    const applied = await orm.migrator.up();
    return applied.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}
