import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@bridgeway/api-organisations';
import { AttendanceService } from './attendance.service.js';
import { EnrolmentsService } from './enrolments.service.js';
import { MeetingScheduler } from './meeting-scheduler.js';
import { MeetingsResolver } from './meetings.resolver.js';
import { MeetingsService } from './meetings.service.js';
import { MembersService } from './members.service.js';
import { MembersResolver, ParticipantsResolver } from './participants.resolver.js';
import { ParticipantsService } from './participants.service.js';
import { RelativeAttendanceResolver, ResidentAttendanceResolver } from './person-attendance.resolver.js';
import { ProgrammeAccess } from './programme-access.js';
import { ProgrammeFiguresResolver } from './programme-figures.resolver.js';
import { ProgrammeFiguresService } from './programme-figures.service.js';
import { ProgrammesResolver } from './programmes.resolver.js';
import { ProgrammesService } from './programmes.service.js';

@Module({
  imports: [OrganisationsModule],
  providers: [
    ProgrammeAccess,
    MeetingScheduler,
    ProgrammesService,
    MeetingsService,
    AttendanceService,
    ParticipantsService,
    EnrolmentsService,
    MembersService,
    ProgrammeFiguresService,
    ProgrammesResolver,
    MeetingsResolver,
    ParticipantsResolver,
    MembersResolver,
    ResidentAttendanceResolver,
    RelativeAttendanceResolver,
    ProgrammeFiguresResolver,
  ],
})
export class ProgrammesModule {}
