import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/** The programme figures of a period, as the SQL function programme_figures defines them (one definition). */
@ObjectType('ProgrammeFigures', { description: 'Programme work in a period: only meetings whose attendance was taken (HELD) count' })
export class ProgrammeFiguresType {
  @Field(() => Int, { description: 'Programmes with at least one meeting held' }) programmesActive!: number;
  @Field(() => Int) meetingsHeld!: number;
  @Field(() => Int, { description: 'Named participants present plus guests' }) attendances!: number;
  @Field(() => Int) namedAttendances!: number;
  @Field(() => Int, { description: 'Distinct named participants present' }) namedParticipants!: number;
  @Field(() => Int) guests!: number;
  @Field(() => Int, { description: 'Distinct course and seminar programmes with a meeting held' }) trainingsHeld!: number;
  @Field(() => Float, { description: 'Hours of held course and seminar meetings' }) trainingHours!: number;
}
