import type { ContactChannel, HelplineTopic, OverviewHelplineFiguresQuery } from '@bridgeway/web-graphql';

export type HelplineCountRow = OverviewHelplineFiguresQuery['helplineFigures']['counts'][number];
/** A topic, or `NONE` for contacts without one. */
export type TopicKey = HelplineTopic | 'NONE';

/** Contacts per topic in one month or on one channel. */
export interface TopicBreakdown<Key extends string> {
  key: Key;
  byTopic: Partial<Record<TopicKey, number>>;
}

const topicKeyOf = (row: HelplineCountRow): TopicKey => row.topic ?? 'NONE';

/**
 * The API counts a contact once under each of its topics (and once under "no topic" when it
 * has none), so totals over topics would count some contacts twice: the tables show each topic.
 */
function breakdown<Key extends string>(
  counts: readonly HelplineCountRow[],
  keyOf: (row: HelplineCountRow) => Key,
): TopicBreakdown<Key>[] {
  const rows = new Map<Key, TopicBreakdown<Key>>();
  for (const count of counts) {
    const key = keyOf(count);
    const row = rows.get(key) ?? { key, byTopic: {} };
    const topic = topicKeyOf(count);
    row.byTopic[topic] = (row.byTopic[topic] ?? 0) + count.contacts;
    rows.set(key, row);
  }
  return [...rows.values()];
}

export function byMonth(counts: readonly HelplineCountRow[]): TopicBreakdown<string>[] {
  return breakdown(counts, (row) => row.month).sort((a, b) => a.key.localeCompare(b.key));
}

export function byChannel(
  counts: readonly HelplineCountRow[],
  order: readonly ContactChannel[],
): TopicBreakdown<ContactChannel>[] {
  return breakdown(counts, (row) => row.channel).sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}

/** The topics that occur, in the vocabulary's order ("no topic" last). */
export function topicsIn(counts: readonly HelplineCountRow[], order: readonly HelplineTopic[]): TopicKey[] {
  const present = new Set(counts.map(topicKeyOf));
  return [...order, 'NONE' as const].filter((topic) => present.has(topic));
}
