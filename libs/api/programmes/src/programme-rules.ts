import { BadUserInputError } from '@bridgeway/api-common';
import { MeetingMode } from '@bridgeway/shared-domain';
import type { Programme } from './programme.entity.js';

/** The rules across fields of a programme as it will be stored (BAD_USER_INPUT on the field to fix). */
export function checkProgramme(p: Pick<Programme, 'mode' | 'meetingLink' | 'startsOn' | 'endsOn' | 'scheduleStartTime' | 'scheduleEndTime'>): void {
  const problems: Record<string, string> = {};
  if (p.mode === MeetingMode.VIDEO && !p.meetingLink) problems.meetingLink = 'A video programme needs a meeting link';
  if (p.endsOn && p.endsOn < p.startsOn) problems.endsOn = 'The last day cannot be before the first';
  if (p.scheduleStartTime && p.scheduleEndTime && normalTime(p.scheduleEndTime) <= normalTime(p.scheduleStartTime)) {
    problems['schedule.endTime'] = 'The meeting must end after it starts (on the same day)';
  }
  if (Object.keys(problems).length) throw new BadUserInputError(problems);
}

/** "18:00" and "18:00:00" compare alike. */
const normalTime = (time: string) => time.slice(0, 5);
