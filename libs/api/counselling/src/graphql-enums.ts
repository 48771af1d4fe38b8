import { registerEnumType } from '@nestjs/graphql';
import { GoalDomain, SessionKind } from '@bridgeway/shared-domain';

// Registering an enum again elsewhere (GoalDomain in the goals library) is harmless: Nest keys enums by reference.
registerEnumType(SessionKind, { name: 'SessionKind', description: 'How a counselling contact took place' });
registerEnumType(GoalDomain, { name: 'GoalDomain', description: 'A life domain of recovery and reintegration' });
