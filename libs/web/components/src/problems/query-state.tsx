import { PageLoader } from '@bridgeway/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiProblemFrom, type ApiProblem } from './api-problem';
import { ProblemAlert } from './problem-alert';

interface QueryStateProps<T> {
  data: T | undefined | null;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  children: (data: T) => ReactNode;
}

/** For a page's data, rejected input can only be its address (e.g. a malformed id): "not found". */
function problemOfQuery(error: unknown): ApiProblem {
  const problem = apiProblemFrom(error);
  return problem.kind === 'invalidInput' ? { kind: 'notFound' } : problem;
}

/**
 * Loader until the first answer, then the data; an error with a "Try again"
 * button when there is nothing to show. When data is already on screen, a
 * failed refresh keeps it and shows the error above it.
 */
export function QueryState<T>({ data, loading, error, onRetry, children }: QueryStateProps<T>) {
  const { t } = useTranslation('components');
  const problem = error ? problemOfQuery(error) : null;
  if (data) {
    return (
      <>
        {problem && <ProblemAlert problem={problem} onRetry={onRetry} retrying={loading} />}
        {children(data)}
      </>
    );
  }
  if (problem) return <ProblemAlert problem={problem} onRetry={onRetry} retrying={loading} />;
  return <PageLoader label={t('app.loading')} />;
}
