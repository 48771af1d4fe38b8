import {
  ALL_ROLES,
  AUDIT_ACTIONS,
  ConflictReason,
  DISCHARGE_REASONS,
  GOAL_DOMAINS,
  GOAL_STATUSES,
  Relationship,
  ResidentStatus,
  SESSION_KINDS,
} from '@bridgeway/shared-domain';
import { allTranslations } from '../src/all-translations.mjs';

// The key/placeholder check of every web library's texts in every language, and of the
// shared-domain lists the UI must have words for.

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

// Every namespace of every web library (libs/web/*/src/i18n/, the shell's src/i18n/locales/).
const translations = allTranslations() as Record<'en' | 'nb' | 'sl', Record<string, Tree>>;
const english = translations.en;

it('finds the namespaces of the web libraries', () => {
  expect(Object.keys(english)).toEqual(expect.arrayContaining(['translation', 'components', 'caseload', 'case-file']));
});

describe.each([
  ['nb', translations.nb],
  ['sl', translations.sl],
])('%s translation', (_language, translation) => {
  it('has exactly the English namespaces', () => {
    expect(Object.keys(translation).sort()).toEqual(Object.keys(english).sort());
  });

  describe.each(Object.entries(english))('namespace %s', (namespace, reference) => {
    it('has exactly the English keys', () => {
      expect([...keysOf(translation[namespace] ?? {})].sort()).toEqual([...keysOf(reference)].sort());
    });

    it('uses the same {{placeholders}} as English', () => {
      const translated = placeholdersOf(translation[namespace] ?? {});
      for (const [key, names] of placeholdersOf(reference)) {
        expect([key, translated.get(key)]).toEqual([key, names]);
      }
    });

    it('has no empty texts', () => {
      const tree = translation[namespace] ?? {};
      const empty = [...keysOf(tree)].filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);
        return value === '';
      });
      expect(empty).toEqual([]);
    });
  });
});

describe('shared vocabulary', () => {
  // Each value of shared-domain's lists has its words (the other languages follow from the key test).
  it.each([
    ['translation', 'roles', ALL_ROLES],
    ['components', 'residentStatus', Object.values(ResidentStatus)],
    ['components', 'goalStatus', GOAL_STATUSES],
    ['components', 'goalDomain', GOAL_DOMAINS],
    ['components', 'sessionKind', SESSION_KINDS],
    ['components', 'dischargeReasons', DISCHARGE_REASONS],
    ['components', 'relationship', Object.values(Relationship)],
    ['components', 'conflictReasons', Object.values(ConflictReason)],
    ['audit', 'actions', AUDIT_ACTIONS],
  ])('%s: %s', (namespace, section, values) => {
    expect(Object.keys(english[namespace]?.[section] ?? {}).sort()).toEqual([...values].sort());
  });
});
