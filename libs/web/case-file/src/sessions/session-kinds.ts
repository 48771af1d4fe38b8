import { SESSION_KINDS } from '@bridgeway/shared-domain';
import type { SessionKind } from '@bridgeway/web-graphql';

export const sessionKinds: readonly SessionKind[] = SESSION_KINDS;
