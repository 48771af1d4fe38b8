import { MikroORM } from '@mikro-orm/postgresql';
import { apiOrmConfig } from '@bridgeway/api-registry';

function url(name: 'TEST_ADMIN_URL' | 'TEST_APP_URL'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest (test/support/global-setup.mjs)`);
  return value;
}

/** ORM connected as the owner (migrations/seeding role). */
export function ownerOrm(poolMax = 2): Promise<MikroORM> {
  return MikroORM.init(apiOrmConfig({ clientUrl: url('TEST_ADMIN_URL'), poolMax }));
}

/** ORM connected as the application role, exactly as the API connects. */
export function appOrm(poolMax = 4): Promise<MikroORM> {
  return MikroORM.init(apiOrmConfig({ clientUrl: url('TEST_APP_URL'), poolMax }));
}

export const appUrl = () => url('TEST_APP_URL');
export const adminUrl = () => url('TEST_ADMIN_URL');
