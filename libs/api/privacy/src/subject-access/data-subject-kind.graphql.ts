import { registerEnumType } from '@nestjs/graphql';
import { DataSubjectKind } from '@bridgeway/shared-domain';

// Registered once for the whole schema (the art. 15 export's input; art. 17 erasure may use it too).
registerEnumType(DataSubjectKind, { name: 'DataSubjectKind', description: 'Whose personal data a privacy operation concerns: a resident, a relative or a member' });

export { DataSubjectKind };
