import { BadUserInputError, ForbiddenError, assertCaseWorker } from '@bridgeway/api-common';
import { runAsActor } from '@bridgeway/api-tenancy';
import { GoalStatus, Role } from '@bridgeway/shared-domain';
import { checkAchievedProgress, defaultProgress } from '../../../libs/api/goals/src/goal-rules.js';

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

  it('guards Resident.goals by role (field resolvers bypass the global access guard)', () => {
    const actor = (role: Role) => ({ tenantId: 't', userId: 'u', role });
    expect(() => runAsActor(actor(Role.COUNSELLOR), assertCaseWorker)).not.toThrow();
    expect(() => runAsActor(actor(Role.GROUP_LEADER), assertCaseWorker)).toThrow(ForbiddenError);
  });
});
