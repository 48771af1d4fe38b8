import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Metric } from '@bridgeway/shared-domain';

registerEnumType(Metric, { name: 'Metric', description: 'A figure defined once in tenant_metrics() (docs/figures.md)' });

@ObjectType('MonthFigure', { description: 'The consortium total of a metric in one calendar month (clipped to the period)' })
export class MonthFigureType {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => Float, {
    nullable: true,
    description: "null only for a people count from 1 to the threshold − 1 when a single partner is a member in the month: the total would be that partner's small cell (ADR 0009)",
  })
  total!: number | null;
}

@ObjectType('MetricSeries', { description: 'Month-by-month consortium totals of one metric; totals only, no partner rows' })
export class MetricSeriesType {
  @Field(() => Metric) metric!: Metric;
  @Field(() => [MonthFigureType], { description: 'Every calendar month overlapping the period, in order' }) months!: MonthFigureType[];
}
