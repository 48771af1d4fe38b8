import { Tenant } from '@bridgeway/api-tenancy';
import { UserAccount } from '@bridgeway/api-organisations';
import { RefreshToken } from '@bridgeway/api-auth';

/** Every entity of the schema. A schema diff sees only these, so each new entity is added here. */
export const ENTITIES = [Tenant, UserAccount, RefreshToken];
