import type { Paragraph } from '../../core/doc.js';

/** A stretch of text between quotation marks (offsets of the content, marks excluded). */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the end of the paragraph part when the quote runs on. */
  close: number;
  paragraph: number;
  /** False when no closing mark was found before the end of the paragraph. */
  closed: boolean;
  /** True when this stretch reopens a quote left open at the end of the previous paragraph. */
  continues: boolean;
  /** Whitespace-separated words that contain a letter or digit. */
  words: number;
}

const SPACE = /\s/;
const WORDISH = /[\p{L}\p{N}]/u;
/** Characters after which an opening mark is expected (start of a phrase). */
const OPENERS = new Set(['(', '[', '{', '—', '–', '-', ':', '/', '\u2015']);
/** Characters after which a mark cannot be the opening of a single-quoted stretch (elisions like ’90s). */
const SINGLE_CLOSE_NEXT = /[\s,.;:!?)\]—–-]/;

/**
 * Find every stretch between quotation marks in the kept parts of the paragraphs: straight and
 * curly double marks, `''` pairs, curly marks written the wrong way round, and top-level single
 * marks. Single marks inside a double-quoted stretch are part of it; apostrophes are not marks.
 * A stretch left open at the end of a paragraph ends there and, when the next paragraph opens
 * with a mark, the next stretch `continues` it. Works on one kept part at a time, so no stretch
 * crosses removed boilerplate.
 *
 * @example
 * findQuoteSpans('He said, “We will not go.”', paragraphs)[0]; // { start: 10, end: 25, ... }
 */
export function findQuoteSpans(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let openAtEnd = false;
  for (const p of paragraphs) {
    const parts = p.kept;
    let carried = openAtEnd;
    openAtEnd = false;
    parts.forEach((part, k) => {
      const spans = scanPart(text, part.start, part.end, p.index);
      const first = spans[0];
      if (carried && first && first.open === part.start) first.continues = true;
      carried = false;
      const last = spans[spans.length - 1];
      // A quote may run on into the next paragraph only from the paragraph's last part.
      if (last && !last.closed && k === parts.length - 1) openAtEnd = true;
      for (const s of spans) if (s.closed || k === parts.length - 1) out.push(s);
    });
  }
  return out;
}

interface Mark {
  kind: 'open' | 'close' | 'either';
  width: number;
}

/** Classify the double mark at `i` (or null when it is not a double mark). */
function doubleMark(text: string, i: number, from: number, to: number): Mark | null {
  const c = text[i]!;
  const before = i > from ? text[i - 1]! : ' ';
  const afterIdx = c === "'" ? i + 2 : i + 1;
  const after = afterIdx < to ? text[afterIdx]! : ' ';
  const spaceBefore = SPACE.test(before) || OPENERS.has(before) || before === '"' || before === '“';
  const spaceAfter = SPACE.test(after) || afterIdx >= to;
  // A mark that opens the paragraph is an opening mark, whichever way it is written (” … we said).
  if (i === from && (c === '“' || c === '”' || c === '„' || c === '"')) return { kind: 'open', width: 1 };
  if (c === '“' || c === '„') return { kind: !spaceBefore && spaceAfter ? 'close' : 'open', width: 1 };
  if (c === '”') return { kind: spaceBefore && !spaceAfter ? 'open' : 'close', width: 1 };
  const straight =
    spaceBefore && !spaceAfter
      ? 'open'
      : !spaceBefore && (spaceAfter || /[,.;:!?)\]—–-]/.test(after))
        ? 'close'
        : 'either';
  if (c === '"') return { kind: straight, width: 1 };
  if (c === "'" && i + 1 < to && text[i + 1] === "'") return { kind: straight, width: 2 };
  return null;
}

function scanPart(text: string, from: number, to: number, paragraph: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let contentStart = -1;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c !== '"' && c !== '“' && c !== '”' && c !== '„' && c !== "'" && c !== '‘' && c !== '’') continue;
    const mark = doubleMark(text, i, from, to);
    if (!mark) {
      if (open < 0) {
        const end = singleQuoted(text, i, from, to);
        if (end > 0) {
          spans.push(makeSpan(text, i, i + 1, end, end + 1, paragraph, true));
          i = end;
        }
      }
      continue;
    }
    // `'''`: a nested single mark closing just before a `''` pair.
    if (mark.width === 2 && text[i + 2] === "'") continue;
    if (open < 0) {
      if (mark.kind === 'close') continue; // a closing mark with nothing open is stray: ignore it
      open = i;
      contentStart = i + mark.width;
    } else if (mark.kind !== 'open' || c === '"' || mark.width === 2) {
      spans.push(makeSpan(text, open, contentStart, i, i + mark.width, paragraph, true));
      open = -1;
    }
    i += mark.width - 1;
  }
  if (open >= 0) spans.push(makeSpan(text, open, contentStart, to, to, paragraph, false));
  return spans;
}

/**
 * A top-level single-quoted stretch opening at `i`: returns the offset of its closing mark, or -1.
 * The opening must start a word (not an elision like ’90s or they’re) and the closing must end one.
 */
function singleQuoted(text: string, i: number, from: number, to: number): number {
  const c = text[i]!;
  if (c === '’') return -1;
  const before = i > from ? text[i - 1]! : ' ';
  if (!(SPACE.test(before) || OPENERS.has(before))) return -1;
  const after = text[i + 1] ?? ' ';
  if (!/\p{L}/u.test(after)) return -1;
  const limit = Math.min(to, i + 400);
  for (let j = i + 2; j < limit; j++) {
    const d = text[j]!;
    if (d === '"' || d === '“' || d === '”' || d === '\n') return -1;
    if (d !== "'" && d !== '’') continue;
    const next = j + 1 < to ? text[j + 1]! : ' ';
    if (SINGLE_CLOSE_NEXT.test(next) && !SPACE.test(text[j - 1]!)) return j;
  }
  return -1;
}

function makeSpan(
  text: string,
  open: number,
  start: number,
  end: number,
  close: number,
  paragraph: number,
  closed: boolean,
): QuoteSpan {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s]!)) s++;
  while (e > s && (SPACE.test(text[e - 1]!) || text[e - 1] === ',')) e--;
  return {
    start: s,
    end: e,
    open,
    close,
    paragraph,
    closed,
    continues: false,
    words: countWords(text, s, e),
  };
}

/**
 * Whitespace-separated words with a letter or digit in `text[start, end)`.
 *
 * @example
 * countWords('a “b” —', 0, 7); // 2
 */
export function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let wordy = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0) {
      if (wordy) n++;
      wordy = false;
    } else if (
      !wordy &&
      (c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : WORDISH.test(text[i]!))
    ) {
      wordy = true;
    }
  }
  return wordy ? n + 1 : n;
}
