import type { Doc } from '../../core/doc.js';

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * True when token `i` is part of a proper name: tagged PROPN, or capitalised next to a PROPN
 * (the tagger reads "Don" in "Don Fowler" as a verb).
 *
 * @example
 * isProper(doc, 3); // true for "Don" in "said Don Fowler"
 */
export function isProper(doc: Doc, i: number): boolean {
  const pos = doc.posOf(i);
  if (pos === 'PROPN') return true;
  if (pos === 'PUNCT' || pos === 'DET' || pos === 'ADP' || pos === 'PRON') return false;
  const t = doc.tokens;
  if (!CAPITALISED.test(doc.text.slice(t.start[i]!, t.end[i]!))) return false;
  const s = t.sentence[i];
  return (
    (i + 1 < t.count && t.sentence[i + 1] === s && doc.posOf(i + 1) === 'PROPN') ||
    (i > 0 && t.sentence[i - 1] === s && doc.posOf(i - 1) === 'PROPN')
  );
}
