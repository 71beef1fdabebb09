import type { Doc } from '../../core/doc.js';

const BE = new Set(['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being', "'re", "'m"]);
const HAVE = new Set(['have', 'has', 'had', "'ve", "'d"]);

/**
 * The lemma this module matches on: wink's lemma, lower-cased, with forms of "be" and "have" folded
 * (wink leaves "'s" and some capitalised forms unlemmatised).
 */
export function lemmaAt(doc: Doc, i: number): string {
  let cache = folded.get(doc);
  if (!cache) {
    cache = new Array<string>(doc.tokens.count);
    folded.set(doc, cache);
  }
  return (cache[i] ??= foldLemma(doc, i));
}

const folded = new WeakMap<Doc, string[]>();

function foldLemma(doc: Doc, i: number): string {
  const lower = doc.tokens.lower[i]!;
  if (BE.has(lower)) return 'be';
  if (HAVE.has(lower)) return 'have';
  if (lower === "n't") return 'not';
  const lemma = doc.tokens.lemma[i]!.toLowerCase();
  // wink leaves capitalised plurals unlemmatised ("Sources said", "Allegations of ...").
  if (lemma === lower && lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) {
    const p = doc.posOf(i);
    if (p === 'NOUN' || p === 'PROPN')
      return lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  }
  return lemma;
}

export function isBe(doc: Doc, i: number): boolean {
  return BE.has(doc.tokens.lower[i]!) || (doc.tokens.lower[i] === "'s" && doc.posOf(i) === 'AUX');
}

/** Inflection read from the surface form against the lemma: wink gives universal POS tags only. */
export type VerbForm = 'base' | 'present' | 'past' | 'ing';

export function verbForm(doc: Doc, i: number): VerbForm {
  const lower = doc.tokens.lower[i]!;
  const lemma = lemmaAt(doc, i);
  if (lower === 'is' || lower === 'are' || lower === 'am' || lower === 'has' || lower === 'does')
    return 'present';
  if (lower === 'was' || lower === 'were' || lower === 'had' || lower === 'did') return 'past';
  if (lower === lemma) return 'base';
  if (lower.endsWith('ing') && !lemma.endsWith('ing')) return 'ing';
  if (
    lower === `${lemma}s` ||
    lower === `${lemma}es` ||
    (lemma.endsWith('y') && lower === `${lemma.slice(0, -1)}ies`)
  ) {
    return 'present';
  }
  return 'past';
}

/** Verbal tokens: wink tags participles after nouns and some gerunds inconsistently, so AUX and VERB both count. */
export function isVerbal(doc: Doc, i: number): boolean {
  const p = doc.posOf(i);
  return p === 'VERB' || p === 'AUX';
}

export function isNominal(doc: Doc, i: number): boolean {
  const p = doc.posOf(i);
  return p === 'NOUN' || p === 'PROPN';
}
