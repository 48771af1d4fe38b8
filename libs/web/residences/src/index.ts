import { lazy } from 'react';

/** The residences board, loaded on demand (its own chunk). */
export const ResidencesBoardPage = lazy(() =>
  import('./residences-board-page').then((m) => ({ default: m.ResidencesBoardPage })),
);
