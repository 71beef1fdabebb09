/** Reading the words of a speaker phrase: its head, a personal name in it, its description. */
import type { Doc } from '../../core/doc.js';
import { isWord, type QuoteLexicon } from './lexicon.js';
import type { SpeakerPhrase } from './phrase.js';
import { isProper } from './proper.js';

const ARTICLES = new Set(['the', 'a', 'an']);
/** Forms of address that say nothing about a speaker's role. */
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'miss', '.']);

/** A personal name found in a speaker phrase, with offsets, and the words describing its bearer. */
export interface NameReading {
  name: string;
  description: string | null;
  start: number;
  end: number;
}

/**
 * The word the phrase is about: a name at its end, else the last noun before "of"/"at"/"for".
 *
 * @example
 * doc.tokens.lower[headToken(doc, phrase)]; // 'director' for "the director of the office"
 */
export function headToken(doc: Doc, p: SpeakerPhrase): number {
  const t = doc.tokens;
  const last = p.last;
  const lastIsName = isProper(doc, last) && !precededByArticle(doc, last, p.first);
  if (lastIsName) return last;
  for (let i = p.first; i <= last; i++) {
    if (doc.posOf(i) === 'ADP' && i > p.first) return i - 1;
  }
  let h = last;
  while (h > p.first && t.lower[h] === '.') h--;
  return h;
}

function precededByArticle(doc: Doc, i: number, first: number): boolean {
  let k = i;
  while (k > first && isProper(doc, k - 1)) k--;
  return k > first && (doc.posOf(k - 1) === 'DET' || doc.posOf(k - 1) === 'ADP');
}

/**
 * A personal name in the phrase and the words describing its bearer: "coordinator Ann Voss"
 * (title before the name), "Ann Voss, a coordinator" and "the coordinator, Ann Voss" (appositives),
 * "Ann Voss of the Tax Center".
 *
 * @example
 * readName(doc, lex, phrase)?.name; // 'Ann Voss'
 */
export function readName(doc: Doc, lex: QuoteLexicon, p: SpeakerPhrase): NameReading | null {
  const t = doc.tokens;
  const text = (a: number, b: number): string | null => {
    let a1 = a <= b && ARTICLES.has(t.lower[a]!) ? a + 1 : a;
    while (a1 <= b && HONORIFICS.has(t.lower[a1]!)) a1++;
    return a1 <= b ? doc.slice(t.start[a1]!, t.end[b]!).replace(/’/g, "'") : null;
  };
  const inMain = nameIn(doc, lex, p.first, p.last);
  if (inMain !== null) {
    const before = text(p.first, inMain - 1);
    const appos = p.appositive ? text(p.appositive.first, p.appositive.last) : null;
    return {
      name: doc.slice(t.start[inMain]!, t.end[p.last]!),
      description: appos ?? before,
      start: t.start[inMain]!,
      end: t.end[p.last]!,
    };
  }
  // "Ann Voss of the Tax Center": a name before "of"/"at"/"from" and what follows it.
  for (let i = p.first + 1; i < p.last; i++) {
    if (doc.posOf(i) !== 'ADP') continue;
    const n = nameIn(doc, lex, p.first, i - 1);
    if (n !== null && n === p.first + (HONORIFICS.has(t.lower[p.first]!) ? 1 : 0)) {
      return {
        name: doc.slice(t.start[n]!, t.end[i - 1]!),
        description: text(i, p.last),
        start: t.start[n]!,
        end: t.end[i - 1]!,
      };
    }
    break;
  }
  if (p.appositive) {
    const inAppos = nameIn(doc, lex, p.appositive.first, p.appositive.last);
    if (inAppos !== null) {
      const [start, end] = [t.start[inAppos]!, t.end[p.appositive.last]!];
      return { name: doc.slice(start, end), description: text(p.first, p.last), start, end };
    }
  }
  return null;
}

/** First token of a personal name ending the range `[first, last]`, or null. */
function nameIn(doc: Doc, lex: QuoteLexicon, first: number, last: number): number | null {
  let h = last;
  while (h > first && doc.tokens.lower[h] === '.') h--;
  if (
    doc.posOf(h) !== 'PROPN' ||
    isWord(lex, doc.tokens.lower[h]!, 'organization') ||
    precededByArticle(doc, h, first)
  )
    return null;
  const n = nameRun(doc, lex, h, first);
  // A lone role word ("One MP told", "the CEO said") is not a name; "Mr. King" is.
  if (
    n === h &&
    isWord(lex, doc.tokens.lower[h]!, 'person') &&
    (n === first || !isWord(lex, doc.tokens.lower[n - 1]!, 'title'))
  )
    return null;
  return n === null || h !== last ? null : n;
}

/** First token of the personal name that ends at `head`, after the titles; null when none is left. */
function nameRun(doc: Doc, lex: QuoteLexicon, head: number, first: number): number | null {
  const t = doc.tokens;
  let a = head;
  while (a - 1 >= first && (isProper(doc, a - 1) || t.lower[a - 1] === '.' || t.lower[a - 1] === '-')) a--;
  let name = a;
  // The last word stays even when it could be a title: "Mr. King" is named King.
  for (let i = a; i < head; i++) if (isWord(lex, t.lower[i]!, 'title')) name = i + 1;
  while (name <= head && t.lower[name] === '.') name++;
  return name <= head ? name : null;
}

/**
 * Lemmas of person/organisation head words in the phrase and its appositive.
 *
 * @example
 * headWords(doc, phrase, lex); // ['official', 'ministry'] for "a ministry official"
 */
export function headWords(doc: Doc, p: SpeakerPhrase, lex: QuoteLexicon): string[] {
  const out: string[] = [];
  const add = (a: number, b: number) => {
    for (let i = a; i <= b; i++) {
      const w = doc.tokens.lemma[i]!.toLowerCase();
      if ((isWord(lex, w, 'person') || isWord(lex, w, 'organization')) && !out.includes(w)) out.push(w);
    }
  };
  add(p.first, p.last);
  if (p.appositive) add(p.appositive.first, p.appositive.last);
  return out;
}

/**
 * The description: the appositive when there is one, else the phrase without its article.
 *
 * @example
 * describe(doc, phrase); // "China's foreign ministry"
 */
export function describe(doc: Doc, p: SpeakerPhrase): string {
  const t = doc.tokens;
  const [a0, b] = p.appositive ? [p.appositive.first, p.appositive.last] : [p.first, p.last];
  const a = ARTICLES.has(t.lower[a0]!) && a0 < b ? a0 + 1 : a0;
  return doc.slice(t.start[a]!, t.end[b]!).replace(/’/g, "'");
}
