import { Faker, base, en, nb_NO, sl_SI } from '@faker-js/faker';
import { addDays, atTime, daysBetween } from './dates.js';

export type DemoLanguage = 'sl' | 'nb';

/**
 * The only source of randomness of the demo case files: one Faker per tenant with a
 * fixed seed, so the same calls give the same data on every fresh start. A private
 * instance (same locale data as fakerSL_SI / fakerNB_NO) so seeding it never disturbs
 * the shared singletons.
 */
export class DemoRandom {
  readonly faker: Faker;

  constructor(
    readonly language: DemoLanguage,
    seed: number,
  ) {
    this.faker = new Faker({ locale: language === 'sl' ? [sl_SI, en, base] : [nb_NO, en, base], seed });
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return this.faker.number.int({ min, max });
  }

  /** Multiple of `step` in [min, max] (min and max multiples of step). */
  steps(min: number, max: number, step: number): number {
    return this.int(min / step, max / step) * step;
  }

  chance(probability: number): boolean {
    return this.faker.datatype.boolean({ probability });
  }

  pick<T>(items: readonly T[]): T {
    return this.faker.helpers.arrayElement(items);
  }

  /** One value, with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    return this.faker.helpers.weightedArrayElement(entries.map(([value, weight]) => ({ value, weight })));
  }

  /** `count` different values, each draw proportional to the remaining weights. */
  weightedSample<T>(entries: readonly (readonly [T, number])[], count: number): T[] {
    const left = [...entries];
    const out: T[] = [];
    while (out.length < count && left.length) {
      const value = this.weighted(left);
      out.push(value);
      left.splice(left.findIndex(([v]) => v === value), 1);
    }
    return out;
  }

  sample<T>(items: readonly T[], count: number): T[] {
    return this.faker.helpers.arrayElements(items, Math.min(count, items.length));
  }

  uuid(): string {
    return this.faker.string.uuid();
  }

  /** A day in [from, to]. */
  day(from: string, to: string): string {
    return addDays(from, this.int(0, Math.max(0, daysBetween(from, to))));
  }

  /** A time in office hours on `day` (07:30–15:55 UTC, i.e. morning to late afternoon in CET/CEST). */
  officeTime(day: string): Date {
    return atTime(day, this.int(7, 15), this.steps(0, 55, 5));
  }
}
