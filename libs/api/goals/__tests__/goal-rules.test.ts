import { BadUserInputError } from '@bridgeway/api-common';
import { GoalStatus } from '@bridgeway/shared-domain';
import { checkAchievedProgress, defaultProgress } from '../src/goal-rules.js';

describe('goal rules', () => {
  it('keeps ACHIEVED with progress 100 only, and nothing else implied', () => {
    expect(() => checkAchievedProgress(GoalStatus.ACHIEVED, 100)).not.toThrow();
    expect(() => checkAchievedProgress(GoalStatus.ACHIEVED, 99)).toThrow(BadUserInputError);
    for (const status of [GoalStatus.PLANNED, GoalStatus.IN_PROGRESS, GoalStatus.ABANDONED]) {
      expect(() => checkAchievedProgress(status, 100)).not.toThrow();
      expect(() => checkAchievedProgress(status, 0)).not.toThrow();
    }
    expect([defaultProgress(GoalStatus.ACHIEVED), defaultProgress(GoalStatus.PLANNED)]).toEqual([100, 0]);
  });

});
