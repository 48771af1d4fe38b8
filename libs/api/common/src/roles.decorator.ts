import { SetMetadata } from '@nestjs/common';
import type { Role } from '@bridgeway/shared-domain';

export const ROLES_KEY = 'bridgeway:roles';
export const PUBLIC_KEY = 'bridgeway:public';

/** Who may run an operation. An operation without @Roles or @Public is refused. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Reachable without signing in (login, refresh). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
