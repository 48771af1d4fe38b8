import { BadUserInputError } from '@bridgeway/api-common';
import { GoalStatus, PROGRESS } from '@bridgeway/shared-domain';

/**
 * Rule: an ACHIEVED goal has progress 100. The API never changes a progress the client sent
 * to make this true; it refuses the combination instead (BAD_USER_INPUT on `progress`), so
 * what is stored is always what the counsellor entered. The rule applies to the goal as it
 * will be after the change (status omitted = unchanged), and only where a default is
 * involved does it fill in: createGoal with status ACHIEVED and no progress stores 100.
 * The reverse is not implied: progress 100 does not mark a goal ACHIEVED by itself.
 */
export function checkAchievedProgress(status: GoalStatus, progress: number): void {
  if (status === GoalStatus.ACHIEVED && progress !== PROGRESS.max) {
    throw new BadUserInputError({ progress: `An achieved goal has progress ${PROGRESS.max}; set progress to ${PROGRESS.max} or choose another status` });
  }
}

export function defaultProgress(status: GoalStatus): number {
  return status === GoalStatus.ACHIEVED ? PROGRESS.max : PROGRESS.min;
}
