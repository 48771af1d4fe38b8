import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@bridgeway/api-common';

@ObjectType('OccupancyPoint', { description: 'Occupancy of all residences of your organisation on one day' })
export class OccupancyPoint {
  @Field(() => DateScalar) date!: string;
  @Field(() => Int, { description: 'Open stays that day (admitted on or before it, not discharged by it)' }) residents!: number;
  @Field(() => Int, { description: 'Beds of the residences open that day, not retired by it' }) beds!: number;
  @Field(() => Float, { description: 'residents / beds; 0 when there are no beds' }) rate!: number;
}
