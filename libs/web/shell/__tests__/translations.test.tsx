import en from '../src/i18n/locales/en.json' with { type: 'json' };
import nb from '../src/i18n/locales/nb.json' with { type: 'json' };
import sl from '../src/i18n/locales/sl.json' with { type: 'json' };
import { languageForTag } from '../src/i18n/languages';

type Tree = { [key: string]: string | Tree };

/** Leaf keys with plural suffixes folded (`count_one` → `count`), so languages with more plural forms compare equal. */
function keysOf(tree: Tree, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'string') keys.add(path);
    else for (const nested of keysOf(value, `${path}.`)) keys.add(nested);
  }
  return keys;
}

function placeholdersOf(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'string') {
      const names = [...value.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).filter((name) => name !== 'count');
      found.set(
        path,
        [...new Set([...(found.get(path)?.split(',').filter(Boolean) ?? []), ...names])].sort().join(','),
      );
    } else for (const [nested, names] of placeholdersOf(value, `${path}.`)) found.set(nested, names);
  }
  return found;
}

describe.each([
  ['nb', nb],
  ['sl', sl],
])('%s translation', (_language, translation) => {
  it('has exactly the English keys', () => {
    expect([...keysOf(translation as Tree)].sort()).toEqual([...keysOf(en as Tree)].sort());
  });

  it('uses the same {{placeholders}} as English', () => {
    const english = placeholdersOf(en as Tree);
    const translated = placeholdersOf(translation as Tree);
    for (const [key, names] of english) expect([key, translated.get(key)]).toEqual([key, names]);
  });

  it('has no empty texts', () => {
    const empty = [...keysOf(translation as Tree)].filter((key) => {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], translation);
      return value === '';
    });
    expect(empty).toEqual([]);
  });
});

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
