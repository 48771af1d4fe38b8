import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { GraphQLError } from 'graphql';
import { apiProblemFrom } from '../src/problems/api-problem';
import { serverFieldErrors } from '../src/problems/known-fields';
import { createFormatters } from '../src/format/formatters';
import { isIsoDate, monthStartIsoDate, todayIsoDate } from '../src/format/iso-dates';

describe('createFormatters', () => {
  it('formats dates, hours and percentages for each language', () => {
    const en = createFormatters('en');
    const nb = createFormatters('nb');
    const sl = createFormatters('sl');
    expect(en.date('2026-11-03')).toBe('3 Nov 2026');
    expect(nb.date('2026-11-03')).toBe('3. nov. 2026');
    expect(sl.date('2026-11-03')).toBe('3. nov. 2026');
    expect(en.hours(90)).toBe('1.5 hrs');
    expect(nb.hours(90)).toBe('1,5 t');
    expect(sl.hours(90)).toBe('1,5 h');
    expect(en.percent(40)).toBe('40%');
    expect(nb.number(1400)).toBe('1\u00a0400');
    expect(sl.number(14000)).toBe('14.000');
  });

  it('never shifts a date by the time zone', () => {
    expect(createFormatters('en').date('2026-01-01')).toBe('1 Jan 2026');
  });
});

describe('ISO dates', () => {
  it('uses the local calendar day and rejects impossible dates', () => {
    expect(todayIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(monthStartIsoDate(new Date(2026, 0, 15), 2)).toBe('2025-11-01');
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
});

describe('apiProblemFrom', () => {
  const apiError = (code: string, extensions: Record<string, unknown> = {}) =>
    new GraphQLError(code, { extensions: { code, ...extensions } });
  const graphQLErrors = (...errors: GraphQLError[]) =>
    new CombinedGraphQLErrors({ errors: errors.map((error) => error.toJSON()) });

  it('reads the contract’s error codes', () => {
    expect(
      apiProblemFrom(graphQLErrors(apiError('CONFLICT', { reason: 'VERSION_MISMATCH', current: { version: 2 } }))),
    ).toEqual({ kind: 'conflict', reason: 'VERSION_MISMATCH', current: { version: 2 } });
    expect(apiProblemFrom(graphQLErrors(apiError('CONFLICT', { reason: 'BED_OCCUPIED' })))).toEqual({
      kind: 'conflict',
      reason: 'BED_OCCUPIED',
      current: null,
    });
    // A reason this client does not know yet is treated as none.
    expect(apiProblemFrom(graphQLErrors(apiError('CONFLICT', { reason: 'SOMETHING_NEW' })))).toEqual({
      kind: 'conflict',
      reason: null,
      current: null,
    });
    expect(
      apiProblemFrom(graphQLErrors(apiError('BAD_USER_INPUT', { fields: { durationMinutes: 'too long' } }))),
    ).toEqual({
      kind: 'invalidInput',
      fields: { durationMinutes: 'too long' },
    });
    expect(apiProblemFrom(graphQLErrors(apiError('FORBIDDEN')))).toEqual({ kind: 'forbidden' });
    expect(apiProblemFrom(new TypeError('Failed to fetch'))).toEqual({ kind: 'unavailable' });
    expect(apiProblemFrom(graphQLErrors(apiError('SERVICE_UNAVAILABLE')))).toEqual({ kind: 'unavailable' });
    const unknownField = new GraphQLError('Cannot query field "residentAuditTrail" on type "Query".', {
      extensions: { code: 'BAD_USER_INPUT', fields: {} },
    });
    expect(apiProblemFrom(graphQLErrors(unknownField))).toEqual({ kind: 'outdated' });
  });

  it('maps reported field paths onto the fields a form shows', () => {
    expect(serverFieldErrors({ 'input.durationMinutes': 'x', other: 'y' }, ['durationMinutes', 'notes'])).toEqual({
      durationMinutes: 'serverRejected',
    });
  });
});
