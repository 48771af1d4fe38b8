import { registerEnumType } from '@nestjs/graphql';
import { CallerKind, ContactChannel, ContactOutcome, FollowUpStatus, HelplineTopic, PlannedContactStatus } from '@bridgeway/shared-domain';

// Registering an enum again elsewhere is harmless: Nest keys enums by reference.
registerEnumType(ContactChannel, { name: 'ContactChannel', description: 'How a helpline contact took place' });
registerEnumType(CallerKind, { name: 'CallerKind', description: 'Who contacted the helpline' });
registerEnumType(HelplineTopic, { name: 'HelplineTopic', description: 'What a helpline contact was about' });
registerEnumType(ContactOutcome, { name: 'ContactOutcome', description: 'What came of a helpline contact' });
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus', description: 'Where a grief follow-up plan stands' });
registerEnumType(PlannedContactStatus, { name: 'PlannedContactStatus', description: 'Where one planned contact of a follow-up plan stands' });
