import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Metric } from '@bridgeway/shared-domain';

export enum MetricUnitEnum {
  HOURS = 'HOURS',
  PEOPLE = 'PEOPLE',
  COUNT = 'COUNT',
  PERCENT = 'PERCENT',
  POINTS = 'POINTS',
}
export enum CounsellingAudience {
  RESIDENTS = 'RESIDENTS',
  RELATIVES = 'RELATIVES',
}
registerEnumType(CounsellingAudience, { name: 'CounsellingAudience', description: 'Sessions with a resident (family sessions included), or with a relative alone' });
registerEnumType(MetricUnitEnum, { name: 'MetricUnit', description: 'How a metric is counted and shown' });

@ObjectType('MetricFigure', { description: "One registry metric's value for the caller's organisation (docs/figures.md)" })
export class MetricFigureType {
  @Field(() => Metric) metric!: Metric;
  @Field(() => MetricUnitEnum) unit!: MetricUnitEnum;
  @Field({ description: 'FLOW: accumulates over the period; LEVEL: the state at its end' }) kind!: string;
  @Field(() => [String], { description: 'Filters the metric takes: department, goalDomain' }) filters!: string[];
  @Field(() => Float, { nullable: true, description: 'null: nothing to measure (BARC-10 change with no one assessed twice)' })
  value!: number | null;
}

@ObjectType('MetricDefinition', { description: 'What a registry metric is: its unit, kind and the filters it takes (docs/figures.md)' })
export class MetricDefinitionType {
  @Field(() => Metric) metric!: Metric;
  @Field(() => MetricUnitEnum) unit!: MetricUnitEnum;
  @Field({ description: 'FLOW: accumulates over the period; LEVEL: the state at its end' }) kind!: string;
  @Field(() => [String], { description: 'Filters the metric takes: department, goalDomain, sessionKind, audience' }) filters!: string[];
  @Field({ description: 'A count of people: suppressed below the threshold in consortium figures' }) countsPeople!: boolean;
}
