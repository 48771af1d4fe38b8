import { MikroORM } from '@mikro-orm/postgresql';
import type { OrmSchema } from './api-library.js';
import { createOrmConfig } from './orm-config.js';

/** Applies the schema's pending migrations as the owner. Returns the names applied. */
export async function applyMigrations(adminUrl: string, schema: OrmSchema): Promise<string[]> {
  const orm = await MikroORM.init(createOrmConfig(schema, { clientUrl: adminUrl, poolMax: 2 }));
  try {
    const applied = await orm.migrator.up();
    return applied.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}
