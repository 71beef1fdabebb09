import type { Doc } from '../../core/doc.js';

/** Surface text of token `i`. */
export function surface(doc: Doc, i: number): string {
  return doc.text.slice(doc.tokens.start[i]!, doc.tokens.end[i]!);
}

/** True when token `i` starts with an upper-case letter ("Kim", "U.S.", "Won"). */
export function isCapitalised(doc: Doc, i: number): boolean {
  const ch = doc.text[doc.tokens.start[i]!] ?? '';
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when token `i` has at least two letters and all are capitals ("NATO", "KIEV"). */
export function isAllCaps(doc: Doc, i: number): boolean {
  // A lower-case ASCII first letter settles it without building three strings (most tokens).
  const first = doc.text.charCodeAt(doc.tokens.start[i]!);
  if (first >= 97 && first <= 122) return false;
  const s = surface(doc, i);
  return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** True when tokens `i` and `i + 1` touch (no space between them, as in "Won-sik"). */
export function touches(doc: Doc, i: number): boolean {
  return doc.tokens.end[i] === doc.tokens.start[i + 1];
}

/** Lower-cased token `i` with curly apostrophes folded, or '' outside the document. */
export function lowerAt(doc: Doc, i: number): string {
  if (i < 0 || i >= doc.tokens.count) return '';
  const l = doc.tokens.lower[i]!;
  return l.includes('\u2019') ? l.replace(/\u2019/g, "'") : l;
}

/** Token range of the sentence holding token `i`. */
export function sentenceRange(doc: Doc, i: number): [number, number] {
  const s = doc.sentences[doc.tokens.sentence[i]!]!;
  return [s.tokenStart, s.tokenEnd];
}

/** True when token `i` is the first word of its sentence (opening quotes and brackets skipped). */
export function isSentenceInitial(doc: Doc, i: number): boolean {
  const [ts] = sentenceRange(doc, i);
  for (let k = ts; k < i; k++) if (/[\p{L}\p{N}]/u.test(doc.tokens.lower[k]!)) return false;
  return true;
}

/** Short words a headline may leave lower-case ("Russia Says It Will Not ..."). */
const HEADLINE_SMALL = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'in',
  'on',
  'to',
  'for',
  'at',
  'by',
  'with',
  'from',
  'as',
  'vs',
]);

/**
 * True when sentence `s` is written in title case, as headlines and related-story links are:
 * at least four words and nearly every word capitalised.
 */
export function isTitleCase(doc: Doc, s: number): boolean {
  const { tokenStart, tokenEnd } = doc.sentences[s]!;
  let words = 0;
  let caps = 0;
  for (let k = tokenStart; k < tokenEnd; k++) {
    const l = doc.tokens.lower[k]!;
    if (!startsWithLetter(l) || HEADLINE_SMALL.has(l)) continue;
    words++;
    if (isCapitalised(doc, k)) caps++;
  }
  return words >= 4 && caps >= words * 0.8;
}

/** `/^\p{L}/u.test(s)`, answered for an ASCII first character without the regex (every token of every sentence). */
function startsWithLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LEADING_LETTER.test(s);
}
const LEADING_LETTER = /^\p{L}/u;
