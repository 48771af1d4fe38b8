import { languageForTag } from '../src/i18n/languages';

describe('first visit', () => {
  it.each([
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['sl-SI', 'sl'],
    ['de-DE', 'en'],
    ['en-GB', 'en'],
  ])('navigator.language %s → %s', (tag, language) => {
    expect(languageForTag(tag)).toBe(language);
  });
});
