import { registerEnumType } from '@nestjs/graphql';
import { HandoutKind } from '@bridgeway/shared-domain';

registerEnumType(HandoutKind, { name: 'HandoutKind', description: 'What was handed out' });
