import { Field, ID, ObjectType } from '@nestjs/graphql';
import { declarePersonRecord, resident } from '@bridgeway/api-audit';

/** A resident who may be the person about to be created: id and name only, so the check discloses no more than the name typed. */
@ObjectType('PossibleDuplicate')
export class PossibleDuplicateType {
  @Field(() => ID) id!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
}

/** Naming an existing resident discloses that person: audited as a READ like any other path to them. */
declarePersonRecord<PossibleDuplicateType>('PossibleDuplicate', (d) => [resident(d.id)]);
