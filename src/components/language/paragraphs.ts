import type { Paragraph } from '../../core/doc.js';
import type { Removed } from '../../core/types.js';

/**
 * Split text into paragraphs at line breaks (a line break in scraped text is a boundary) and
 * compute, for each, the parts that survive boilerplate removal. Blank lines give no paragraph.
 *
 * @example
 * splitParagraphs('A.\n\nB.', []).map((p) => p.text); // ['A.', 'B.']
 */
export function splitParagraphs(text: string, removed: readonly Removed[]): Paragraph[] {
  const sorted = [...removed].sort((a, b) => a.start - b.start);
  const out: Paragraph[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      const kept = subtract(text, start, end, sorted);
      out.push({ index: out.length, start, end, text: text.slice(start, end), kept });
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function subtract(text: string, start: number, end: number, removed: readonly Removed[]) {
  const kept: { start: number; end: number }[] = [];
  let cursor = start;
  for (const r of removed) {
    if (r.end <= cursor || r.start >= end) continue;
    if (r.start > cursor) pushTrimmed(text, kept, cursor, r.start);
    cursor = Math.max(cursor, r.end);
  }
  if (cursor < end) pushTrimmed(text, kept, cursor, end);
  return kept;
}

function pushTrimmed(text: string, kept: { start: number; end: number }[], s: number, e: number) {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  // A fragment with no letter or digit left (a lone dash or bullet) is not story text.
  if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) kept.push({ start: s, end: e });
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}
