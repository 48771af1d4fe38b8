import { useApolloClient } from '@apollo/client/react';
import {
  GoalsByDomainDocument,
  type GoalDomain,
  type GoalStatus,
  type GoalsByDomainQuery,
} from '@bridgeway/web-graphql';
import { useCallback, useEffect, useState } from 'react';

interface AllGoals {
  goals: Array<{ domain: GoalDomain; status: GoalStatus }> | null;
  loading: boolean;
  error: unknown;
  retry(): void;
}

/** Safety stop: 50 pages of 200 residents. */
const maxPages = 50;

/**
 * Every goal of the organisation's residents, read page by page (the API has
 * no goal figures query yet).
 */
export function useAllGoals(): AllGoals {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<AllGoals, 'retry'>>({ goals: null, loading: true, error: null });

  useEffect(() => {
    let cancelled = false;
    setState((current) => ({ ...current, loading: true, error: null }));
    (async () => {
      const goals: Array<{ domain: GoalDomain; status: GoalStatus }> = [];
      let after: string | null = null;
      for (let page = 0; page < maxPages; page++) {
        const { data }: { data?: GoalsByDomainQuery } = await client.query({
          query: GoalsByDomainDocument,
          variables: { after },
          fetchPolicy: 'network-only',
        });
        if (!data) throw new Error('No data');
        for (const edge of data.residents.edges) goals.push(...edge.node.goals);
        if (!data.residents.pageInfo.hasNextPage) break;
        after = data.residents.pageInfo.endCursor;
      }
      if (!cancelled) setState({ goals, loading: false, error: null });
    })().catch((error: unknown) => {
      if (!cancelled) setState((current) => ({ ...current, loading: false, error }));
    });
    return () => {
      cancelled = true;
    };
  }, [client, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
