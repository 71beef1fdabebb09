import type { Polarity } from '../core/types.js';
import type { TrailEntry } from './types.js';

/** The parts of a trail entry that decide whether it counts. */
export type CountableEntry = Pick<TrailEntry, 'articleId' | 'duplicateOf' | 'holder' | 'polarity'>;

/** How many counted statements one holder country made with one polarity. */
export interface StatementTally {
  /** Holder country; null for the article's own voice or a holder without a country. */
  country: string | null;
  polarity: Polarity;
  count: number;
}

/**
 * The identity of a statement for counting: the story it comes from (the original for a
 * near-duplicate copy), the holder and the polarity. A syndicated copy repeating the original's
 * statement, or one article repeating a statement, has the same key and is counted once.
 *
 * @example
 * countKey({ articleId: 'b', duplicateOf: 'a', holder: { name: 'Ann Lee', country: 'USA', entityId: null }, polarity: 'asserted' });
 * // 'a|USA|ann lee|asserted'
 */
export function countKey(entry: CountableEntry): string {
  const name = (entry.holder.name ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  return [entry.duplicateOf ?? entry.articleId, entry.holder.country ?? '', name, entry.polarity].join('|');
}

/**
 * The entries that count toward status and counts: the first of each `countKey`.
 *
 * @example
 * countedEntries([original, syndicatedCopy]); // [original]
 */
export function countedEntries<T extends CountableEntry>(entries: T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = countKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Counted statements per holder country and polarity.
 *
 * @example
 * tallyStatements(entries); // [{ country: 'USA', polarity: 'asserted', count: 2 }, ...]
 */
export function tallyStatements(entries: CountableEntry[]): StatementTally[] {
  const tallies = new Map<string, StatementTally>();
  for (const e of countedEntries(entries)) {
    const key = `${e.holder.country ?? ''}|${e.polarity}`;
    const t = tallies.get(key) ?? { country: e.holder.country, polarity: e.polarity, count: 0 };
    t.count++;
    tallies.set(key, t);
  }
  return [...tallies.values()];
}
