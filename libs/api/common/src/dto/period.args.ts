import type { Type } from '@nestjs/common';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, ValidateBy, type ValidationArguments } from 'class-validator';
import { DateScalar } from '../date.scalar.js';
import { PERIOD_MAX_MONTHS, periodProblem, type OpenPeriod, type Period } from '../period.js';

export interface PeriodArgsOptions {
  /** A maximum shorter than PERIOD_MAX_MONTHS (e.g. a series with a point per month). */
  maxMonths?: number;
  /** Descriptions of the two arguments when the query gives them a meaning of its own; null: none. */
  from?: string | null;
  to?: string | null;
}

const FROM = 'First day of the period (included)';
const TO = 'Last day of the period (included)';

/** Checks `to` against `from` of the same arguments (BAD_USER_INPUT with `fields.to`, by the validation pipe). */
function IsPeriodEnd(maxMonths: number): PropertyDecorator {
  const problem = ({ object, value }: ValidationArguments) => periodProblem({ from: (object as OpenPeriod).from, to: value as string | null }, maxMonths);
  return ValidateBy({
    name: 'isPeriodEnd',
    validator: { validate: (value: unknown, args?: ValidationArguments) => !args || problem(args) === null, defaultMessage: (args?: ValidationArguments) => (args && problem(args)) ?? '' },
  });
}

const description = (given: string | null | undefined, standard: string) => (given === null ? {} : { description: given ?? standard });

/**
 * The `from`/`to` arguments (both required) of a figure query, with the period rules of
 * periodProblem. A query takes them by extending: `@ArgsType() class XArgs extends PeriodArgs() {}`.
 */
export function PeriodArgs(options: PeriodArgsOptions = {}): Type<Period> {
  @ArgsType()
  abstract class RequiredPeriodArgs implements Period {
    @Field(() => DateScalar, description(options.from, FROM))
    @IsString()
    from!: string;

    @Field(() => DateScalar, description(options.to, TO))
    @IsString()
    @IsPeriodEnd(options.maxMonths ?? PERIOD_MAX_MONTHS)
    to!: string;
  }
  return RequiredPeriodArgs as Type<Period>;
}

/** The same with either end optional (an open end is not bounded). */
export function OpenPeriodArgs(options: PeriodArgsOptions = {}): Type<OpenPeriod> {
  @ArgsType()
  abstract class OptionalPeriodArgs implements OpenPeriod {
    @Field(() => DateScalar, { nullable: true, ...description(options.from, FROM) })
    @IsOptional()
    @IsString()
    from?: string | null;

    @Field(() => DateScalar, { nullable: true, ...description(options.to, TO) })
    @IsOptional()
    @IsString()
    @IsPeriodEnd(options.maxMonths ?? PERIOD_MAX_MONTHS)
    to?: string | null;
  }
  return OptionalPeriodArgs as Type<OpenPeriod>;
}
