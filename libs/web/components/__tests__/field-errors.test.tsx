import { errorsAfterChange, focusFirstInvalid } from '../src/problems/field-errors';

type Field = 'name' | 'date' | 'phone';
type Code = 'required' | 'dateInvalid' | 'dateInFuture' | 'serverRejected';

describe('errorsAfterChange (field errors go as soon as the field is valid)', () => {
  const shown = { name: 'required', date: 'dateInvalid', phone: 'serverRejected' } as const;

  it('removes the error of a changed field that is now valid, and keeps the others', () => {
    expect(errorsAfterChange<Field, Code>(shown, { date: 'dateInvalid' }, ['name'])).toEqual({
      date: 'dateInvalid',
      phone: 'serverRejected',
    });
  });

  it("replaces a changed field's error with its new problem", () => {
    expect(errorsAfterChange<Field, Code>({ date: 'dateInvalid' }, { date: 'dateInFuture' }, ['date'])).toEqual({
      date: 'dateInFuture',
    });
  });

  it('shows no new error while typing in a field that had none (it waits for the next submit)', () => {
    expect(errorsAfterChange<Field, Code>({}, { name: 'required' }, ['name'])).toEqual({});
  });

  it('clears every field a change affects (a date another date depends on)', () => {
    expect(errorsAfterChange<Field, Code>({ name: 'required', date: 'dateInvalid' }, {}, ['name', 'date'])).toEqual({});
  });

  it("keeps an error the client cannot check (the API's) until that field changes", () => {
    expect(errorsAfterChange<Field, Code>({ phone: 'serverRejected' }, {}, ['name'])).toEqual({ phone: 'serverRejected' });
    expect(errorsAfterChange<Field, Code>({ phone: 'serverRejected' }, {}, ['phone'])).toEqual({});
  });

  it('does not change what it was given', () => {
    const current = { name: 'required' } as const;
    errorsAfterChange<Field, Code>(current, {}, ['name']);
    expect(current).toEqual({ name: 'required' });
  });
});

describe('focusFirstInvalid', () => {
  it('moves focus to the first field marked invalid', () => {
    document.body.innerHTML = `<form><input id="a" /><input id="b" aria-invalid="true" /><input id="c" aria-invalid="true" /></form>`;
    focusFirstInvalid(document.querySelector('form'));
    expect(document.activeElement?.id).toBe('b');
  });
});
