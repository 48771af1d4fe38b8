import type { BoardResidenceFragment } from '@bridgeway/web-graphql';

export type BoardResidence = BoardResidenceFragment;
export type BoardBed = BoardResidence['beds'][number];

/**
 * What the board's dialog is doing: admitting to a free bed or discharging its occupant; for a
 * manager also creating, editing or closing a residence, adding beds and retiring a free bed.
 */
export type BoardAction =
  | { kind: 'admit'; residence: BoardResidence; bed: BoardBed }
  | { kind: 'discharge'; residence: BoardResidence; bed: BoardBed; stayId: string; admittedOn: string; name: string }
  | { kind: 'create' }
  | { kind: 'edit'; residence: BoardResidence }
  | { kind: 'addBeds'; residence: BoardResidence }
  | { kind: 'retireBed'; residence: BoardResidence; bed: BoardBed }
  | { kind: 'close'; residence: BoardResidence };

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
