import { registerEnumType } from '@nestjs/graphql';
import { GoalDomain, GoalStatus } from '@bridgeway/shared-domain';

// Registering an enum again elsewhere (GoalDomain in the counselling library) is harmless: Nest keys enums by reference.
registerEnumType(GoalDomain, { name: 'GoalDomain', description: 'A life domain of recovery and reintegration' });
registerEnumType(GoalStatus, { name: 'GoalStatus' });
