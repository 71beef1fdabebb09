import type { Doc } from '../../core/doc.js';
import { isWord, type QuoteLexicon } from './lexicon.js';

const ENDERS = new Set(['!', '?', ';']);

/**
 * True when token `i` ends a sentence for attribution purposes. A full stop after an
 * title or an initial ("Rev.", "J.") or before a comma, a bracket or a lower-case word
 * does not: the tagger splits sentences there, but "Rep. Ann Voss (D-Ohio.) said" is one clause.
 *
 * @example
 * isStop(doc, 5, lex); // true for the "." of "He left."
 */
export function isStop(doc: Doc, i: number, lex: QuoteLexicon): boolean {
  const t = doc.tokens;
  const w = t.lower[i]!;
  if (ENDERS.has(w)) return true;
  if (w !== '.') return false;
  const next = i + 1 < t.count ? doc.text.slice(t.start[i + 1]!, t.end[i + 1]!) : '';
  if (next === ',' || next === ')' || /^\p{Ll}/u.test(next)) return false;
  if (i === 0) return true;
  const prev = doc.text.slice(t.start[i - 1]!, t.end[i - 1]!);
  if (t.end[i - 1] !== t.start[i]) return true;
  return !(/^\p{Lu}$/u.test(prev) || isWord(lex, prev.toLowerCase() + '.', 'title'));
}
