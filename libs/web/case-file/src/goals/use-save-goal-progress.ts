import { useApolloClient, useMutation } from '@apollo/client/react';
import { CurrentGoalDocument, UpdateGoalProgressDocument, type GoalDetailsFragment } from '@bridgeway/web-graphql';
import { apiProblemFrom, submissionFailureOf, type ApiProblem } from '@bridgeway/web-components';
import { goalNowFrom, type GoalNow, type GoalProgressErrors, type GoalProgressField } from './goal-progress-draft';

/** The goal as someone else left it, with who did it and when when the history says so. */
export interface GoalConflict extends GoalNow {
  changedBy: string | null;
  changedAt: string | null;
}

export type SaveGoalOutcome =
  | { kind: 'saved' }
  | { kind: 'conflict'; conflict: GoalConflict | null }
  | { kind: 'fields'; errors: GoalProgressErrors }
  | { kind: 'problem'; problem: ApiProblem };

export interface GoalProgressValues {
  progress: number;
  status: GoalDetailsFragment['status'];
  note: string;
}

const shownFields: readonly GoalProgressField[] = ['progress', 'status', 'note'];

/**
 * Saves progress with the version the person started from. On CONFLICT the goal
 * is fetched again (so the page shows what is there now) and the outcome says
 * what changed; nothing is ever written over someone else's change silently.
 */
export function useSaveGoalProgress(goalId: string) {
  const client = useApolloClient();
  const [update, { loading }] = useMutation(UpdateGoalProgressDocument);

  const save = async (expectedVersion: number, values: GoalProgressValues): Promise<SaveGoalOutcome> => {
    try {
      await update({
        variables: {
          input: {
            goalId,
            expectedVersion,
            progress: values.progress,
            status: values.status,
            note: values.note.trim() || null,
          },
        },
      });
      return { kind: 'saved' };
    } catch (error) {
      const problem = apiProblemFrom(error);
      if (problem.kind === 'conflict')
        return { kind: 'conflict', conflict: await currentGoal(goalNowFrom(problem.current)) };
      const failure = submissionFailureOf(error, shownFields);
      return failure.kind === 'fields' ? failure : { kind: 'problem', problem: failure.problem };
    }
  };

  /** Fetches the goal as it is now (updating the cache); falls back to the error's values. */
  const currentGoal = async (fromError: GoalNow | null): Promise<GoalConflict | null> => {
    try {
      const { data } = await client.query({
        query: CurrentGoalDocument,
        variables: { id: goalId },
        fetchPolicy: 'network-only',
      });
      const goal = data?.goal;
      if (goal) {
        const last = goal.history.at(-1);
        return {
          version: goal.version,
          progress: goal.progress,
          status: goal.status,
          changedBy: last?.changedBy?.displayName ?? null,
          changedAt: last?.changedAt ?? null,
        };
      }
    } catch {
      // Could not refetch: the values in the error are still worth showing.
    }
    return fromError ? { ...fromError, changedBy: null, changedAt: null } : null;
  };

  return { save, saving: loading };
}
