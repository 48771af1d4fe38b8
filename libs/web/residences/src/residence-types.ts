import type { ResidencesBoardQuery } from '@bridgeway/web-graphql';

export type BoardResidence = ResidencesBoardQuery['residences'][number];
export type BoardBed = BoardResidence['beds'][number];

/** What the board's dialog is doing: admitting to a free bed or discharging its occupant. */
export type BoardAction =
  | { kind: 'admit'; residence: BoardResidence; bed: BoardBed }
  | { kind: 'discharge'; residence: BoardResidence; bed: BoardBed; stayId: string; admittedOn: string; name: string };

export interface BoardTotals {
  beds: number;
  occupied: number;
  free: number;
}

export function boardTotals(residences: readonly BoardResidence[]): BoardTotals {
  return residences.reduce(
    (totals, residence) => ({
      beds: totals.beds + residence.capacity,
      occupied: totals.occupied + residence.occupancy,
      free: totals.free + residence.freeBeds,
    }),
    { beds: 0, occupied: 0, free: 0 },
  );
}
