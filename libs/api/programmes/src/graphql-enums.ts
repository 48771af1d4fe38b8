import { registerEnumType } from '@nestjs/graphql';
import {
  EnrolmentStatus,
  GoalDomain,
  LeaderKind,
  MeetingMode,
  MeetingStatus,
  MemberKind,
  ParticipantKind,
  ProgrammeAudience,
  ProgrammeKind,
  ProgrammeStatus,
} from '@bridgeway/shared-domain';

// Registering an enum again elsewhere (GoalDomain in goals and counselling) is harmless: Nest keys enums by reference.
registerEnumType(ProgrammeKind, { name: 'ProgrammeKind', description: 'What kind of group work a programme is' });
registerEnumType(ProgrammeAudience, { name: 'ProgrammeAudience', description: 'Who a programme is for' });
registerEnumType(MeetingMode, { name: 'MeetingMode', description: 'In person at a place, or by video with a meeting link' });
registerEnumType(ProgrammeStatus, { name: 'ProgrammeStatus' });
registerEnumType(MeetingStatus, { name: 'MeetingStatus', description: 'HELD = attendance was taken' });
registerEnumType(ParticipantKind, { name: 'ParticipantKind', description: 'Whether a named participant is a resident, a relative or a member' });
registerEnumType(MemberKind, { name: 'MemberKind' });
registerEnumType(EnrolmentStatus, { name: 'EnrolmentStatus' });
registerEnumType(LeaderKind, { name: 'LeaderKind', description: 'A staff member or a volunteer' });
registerEnumType(GoalDomain, { name: 'GoalDomain', description: 'A life domain of recovery and reintegration' });
