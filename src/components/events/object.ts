import type { Doc } from '../../core/doc.js';
import type { PloverCategory } from '../../core/types.js';
import type { EventLexicon } from './lexicon.js';

const NP_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'DET']);

/** The object and quantity phrases after a trigger ("hundreds of drones": quantity "hundreds of", object "drones"). */
export function objectPhrase(
  doc: Doc,
  from: number,
  to: number,
  lex: EventLexicon,
): { object: string | null; quantity: string | null } {
  const t = doc.tokens;
  let k = from;
  if (k < to && (t.lower[k] === 'of' || t.lower[k] === 'with')) k++;
  let quantity: string | null = null;
  for (const q of lex.quantities) {
    if (q.every((w, j) => k + j < to && t.lower[k + j] === w)) {
      quantity = doc.slice(t.start[k]!, t.end[k + q.length - 1]!);
      k += q.length;
      break;
    }
  }
  if (!quantity && k < to && doc.posOf(k) === 'NUM') {
    quantity = doc.slice(t.start[k]!, t.end[k]!);
    k++;
    if (k < to && t.lower[k] === 'of') k++;
  }
  while (k < to && doc.posOf(k) === 'DET') k++;
  const s = k;
  while (k < to && (NP_POS.has(doc.posOf(k)) || t.lower[k] === '-')) k++;
  // The phrase ends at its last noun ("shells", not "shells Russian").
  let e = k;
  while (e > s && doc.posOf(e - 1) !== 'NOUN') e--;
  const object = e > s ? doc.slice(t.start[s]!, t.end[e - 1]!) : null;
  return { object, quantity };
}

/**
 * The mode chosen by words in `[from, to)` (event-object-modes.tsv), or null when none occurs.
 *
 * @example
 * modeFromWords(doc, 5, 9, 'AID', lex); // 'economic' for "... loans to ..."
 */
export function modeFromWords(
  doc: Doc,
  from: number,
  to: number,
  category: PloverCategory,
  lex: EventLexicon,
): string | null {
  const byFirst = lex.modes.get(category);
  if (!byFirst) return null;
  const lower = doc.tokens.lower;
  let best: { order: number; mode: string } | null = null;
  for (let k = from; k < to; k++) {
    const rows = byFirst.get(lower[k]!);
    if (!rows) continue;
    for (const r of rows) {
      if (best && r.order >= best.order) break;
      let ok = k + r.words.length <= to;
      for (let j = 1; ok && j < r.words.length; j++) ok = lower[k + j] === r.words[j];
      if (ok) best = r;
    }
  }
  return best?.mode ?? null;
}
