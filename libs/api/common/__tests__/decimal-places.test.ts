import 'reflect-metadata';
import { validateSync } from 'class-validator';
import { AtMostDecimals } from '../src/validators/decimal-places.validator.js';

class Amount {
  @AtMostDecimals(2)
  value!: unknown;
}

const errorsFor = (value: unknown) => {
  const amount = new Amount();
  amount.value = value;
  return validateSync(amount).length;
};

describe('AtMostDecimals', () => {
  it('accepts whole numbers and numbers with up to the given decimals, binary fractions included', () => {
    for (const value of [0, 12, 1.5, 1.25, 0.1 + 0.2, 999_999_999_999.99, -3.1]) expect({ value, errors: errorsFor(value) }).toEqual({ value, errors: 0 });
  });

  it('refuses more decimals, non-numbers and non-finite numbers', () => {
    for (const value of [1.255, 0.001, '1.5', null, Number.NaN, Number.POSITIVE_INFINITY]) expect({ value, errors: errorsFor(value) }).toEqual({ value, errors: 1 });
  });

  it('answers exponent notation instead of throwing (class-validator maxDecimalPlaces throws on 2e-323)', () => {
    expect(() => errorsFor(2e-323)).not.toThrow();
    expect(() => errorsFor(1e21)).not.toThrow();
    expect(errorsFor(1.5e-7)).toBe(1);
  });
});
