import { Field, Int, ObjectType } from '@nestjs/graphql';
import { HandoutKind } from '@bridgeway/shared-domain';
import './graphql-enums.js';

@ObjectType('HandoutKindFigure', { description: 'Handouts of one kind in the period' })
export class HandoutKindFigure {
  @Field(() => HandoutKind) kind!: HandoutKind;
  @Field(() => Int, { description: 'Records' }) handouts!: number;
  @Field(() => Int, { description: 'Summed quantity' }) quantity!: number;
  @Field(() => Int, { description: 'Distinct residents and relatives who received one' }) namedRecipients!: number;
  @Field(() => Int, { description: 'Summed anonymous recipients' }) anonymousRecipients!: number;
}

@ObjectType('MaterialSupportFigures', { description: 'Material support of a period (SQL function material_support_figures, docs/figures.md)' })
export class MaterialSupportFigures {
  @Field(() => Int, { description: 'Food parcels handed out: the summed quantity of FOOD_PARCEL handouts' }) parcels!: number;
  @Field(() => Int, { description: 'Handout records of every kind' }) handouts!: number;
  @Field(() => [HandoutKindFigure], { description: 'One row per kind, in HandoutKind order (zeros for a kind without records)' }) byKind!: HandoutKindFigure[];
}
