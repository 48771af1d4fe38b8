import type { SessionKind } from '@bridgeway/web-graphql';

export const sessionKinds: readonly SessionKind[] = ['INDIVIDUAL', 'FAMILY', 'GROUP', 'PHONE', 'VIDEO'];
