import { useApolloClient } from '@apollo/client/react';
import { submissionFailureOf, type ApiProblem } from '@bridgeway/web-components';
import { StrategicPlanEditorDocument } from '@bridgeway/web-graphql';
import { useRef, useState } from 'react';
import { focusFirstInvalid, type PlanErrorCode } from './error-text';

type Errors = Partial<Record<string, PlanErrorCode>>;

/**
 * A plan form's sending: the form's own checks first, then the mutation; the API's field errors
 * are shown at the fields, anything else above the form. After a CONFLICT (someone saved
 * meanwhile) the page reads the plan again, so the form's next save starts from what is stored.
 */
export function useSubmission<E extends Errors>(fields: readonly string[]) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<E>({} as E);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const client = useApolloClient();

  const submit = async (found: E, send: () => Promise<unknown>): Promise<boolean> => {
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current);
      return false;
    }
    try {
      await send();
      return true;
    } catch (error) {
      const failure = submissionFailureOf(error, fields);
      if (failure.kind === 'fields') {
        setErrors(failure.errors as E);
        focusFirstInvalid(formRef.current);
      } else {
        setProblem(failure.problem);
        if (failure.problem.kind === 'conflict') void client.refetchQueries({ include: 'active' });
      }
      return false;
    }
  };
  return { formRef, errors, problem, submit };
}

/**
 * Mutations of the editor read the plan again before the dialog closes: only the plan, not every
 * active query (the metric registry and the departments do not change with a plan).
 */
export const refetchPlan = { refetchQueries: [StrategicPlanEditorDocument], awaitRefetchQueries: true };
