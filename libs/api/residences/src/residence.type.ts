import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@bridgeway/api-common';
import type { Bed } from './bed.entity.js';
import type { Residence } from './residence.entity.js';

/** A bed; `occupant` is added by the stays library. */
@ObjectType('Bed', { description: 'One bed in a room of a residence' })
export class BedType {
  @Field(() => ID) id!: string;
  @Field({ description: 'Room name or number as the house uses it' }) room!: string;
  @Field() label!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Set when the bed no longer counts towards capacity' }) retiredOn?: string | null;
  /** Not exposed: lets field resolvers find the residence. */
  residenceId!: string;
}

/** A residence; `occupancy`, `freeBeds` and bed occupants are added by the stays library. */
@ObjectType('Residence', { description: 'A sober-living house or flat' })
export class ResidenceType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => DateScalar, { nullable: true }) openedOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) closedOn?: string | null;
  /** Exposed through a field resolver (counted from active beds). */
  capacity?: number;
}

export function toResidenceType(residence: Residence): ResidenceType {
  return Object.assign(new ResidenceType(), {
    id: residence.id,
    name: residence.name,
    address: residence.address ?? null,
    openedOn: residence.openedOn ?? null,
    closedOn: residence.closedOn ?? null,
  });
}

export function toBedType(bed: Bed): BedType {
  return Object.assign(new BedType(), { id: bed.id, room: bed.room, label: bed.label, retiredOn: bed.retiredOn ?? null, residenceId: bed.residence.id });
}

/** A `residence` row (or its to_jsonb) straight to the GraphQL object, without hydrating an entity. */
export function residenceFromRow(row: Record<string, unknown>): ResidenceType {
  return Object.assign(new ResidenceType(), {
    id: row.id as string,
    name: row.name as string,
    address: (row.address as string | null) ?? null,
    openedOn: (row.opened_on as string | null) ?? null,
    closedOn: (row.closed_on as string | null) ?? null,
  });
}

/** A `bed` row (or its to_jsonb) straight to the GraphQL object. */
export function bedFromRow(row: Record<string, unknown>): BedType {
  return Object.assign(new BedType(), { id: row.id as string, room: row.room as string, label: row.label as string, retiredOn: (row.retired_on as string | null) ?? null, residenceId: row.residence_id as string });
}

/** Rooms and labels in the order people expect ("2" before "10"). */
export function compareBeds(a: { room: string; label: string }, b: { room: string; label: string }): number {
  const opts = { numeric: true, sensitivity: 'base' } as const;
  return a.room.localeCompare(b.room, undefined, opts) || a.label.localeCompare(b.label, undefined, opts);
}
