import type { AdmissionOptionsQuery } from '@bridgeway/web-graphql';

type Residence = AdmissionOptionsQuery['residences'][number];
export type FreeBed = Residence['beds'][number];

/** Residences that have a free bed, in the API's order. */
export function residencesWithRoom(residences: readonly Residence[]): Residence[] {
  return residences.filter((residence) => freeBedsOf(residence).length > 0);
}

/** The beds nobody sleeps in. */
export function freeBedsOf(residence: Residence | undefined): FreeBed[] {
  return residence ? residence.beds.filter((bed) => !bed.occupant) : [];
}
