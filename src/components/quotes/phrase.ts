import type { Doc } from '../../core/doc.js';
import { isProper } from './proper.js';

/** The words naming a speaker next to a cue: a main noun phrase and an optional appositive. */
export interface SpeakerPhrase {
  /** First and last token of the main phrase (inclusive). */
  first: number;
  last: number;
  /** Appositive ("Kirby, the council's coordinator, said"), first and last token, or null. */
  appositive: { first: number; last: number } | null;
  /** Where the phrase sits: before the cue (subject) or after it ("said X", "according to X"). */
  side: 'before' | 'after';
}

const NOMINAL = new Set(['PROPN', 'NOUN', 'NUM', 'X']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const LINKS = new Set(['of', 'at', 'for', 'from', 'with', 'in', 'to']);
const GENITIVE = new Set(["'s", '’s', "'", '’']);
/** Words between a subject and its verb that are not part of the subject ("has also said"). */
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);
const DASHES = new Set(['--', '—', '–', '―']);

/**
 * Read the subject of the cue at token `v`, looking back no further than token `floor`:
 * a noun phrase, a pronoun, or a name with an appositive before a comma.
 *
 * @example
 * subjectBefore(doc, saidToken, 0); // { first: 0, last: 1, appositive: null, side: 'before' }
 */
export function subjectBefore(doc: Doc, v: number, floor: number): SpeakerPhrase | null {
  const t = doc.tokens;
  let j = v - 1;
  while (j >= floor && BETWEEN.has(doc.posOf(j)) && !GENITIVE.has(t.lower[j]!)) j--;
  j = skipDate(doc, j, floor);
  j = skipAside(doc, j, floor);
  if (j < floor) return null;
  if (t.lower[j] === ',') {
    let k = j - 1;
    while (k >= floor && t.lower[k] !== ',' && !isBoundary(doc, k)) k--;
    if (k < floor || t.lower[k] !== ',' || k - 1 < floor) return null;
    const relative = t.lower[k + 1] === 'who';
    const main = nounPhraseBack(doc, k - 1, floor);
    if (main === null) return null;
    const appositive = relative || k + 1 > j - 1 ? null : { first: k + 1, last: j - 1 };
    return { first: main, last: k - 1, appositive, side: 'before' };
  }
  if (t.lower[j] === 'and' || t.lower[j] === 'but') {
    // "X met the envoy and said ...": the subject of the verb before the conjunction.
    for (let k = j - 1; k >= floor && j - k <= 15; k--) {
      if (doc.posOf(k) === 'VERB') return subjectBefore(doc, k, floor);
    }
    return null;
  }
  if (doc.posOf(j) === 'PRON') {
    if (t.lower[j] === 'who' && j - 2 >= floor && t.lower[j - 1] === ',') {
      const main = nounPhraseBack(doc, j - 2, floor);
      return main === null ? null : { first: main, last: j - 2, appositive: null, side: 'before' };
    }
    return { first: j, last: j, appositive: null, side: 'before' };
  }
  const first = nounPhraseBack(doc, j, floor);
  if (first === null) return null;
  // "Ann Voss, the chief of the agency, told ...": the description follows a name and a comma.
  if (first - 2 >= floor && t.lower[first - 1] === ',' && doc.posOf(first - 2) === 'PROPN') {
    const name = nounPhraseBack(doc, first - 2, floor);
    if (name !== null && (name === floor || isBoundary(doc, name - 1)) && doc.posOf(name - 1) !== 'ADP') {
      return { first: name, last: first - 2, appositive: { first, last: j }, side: 'before' };
    }
  }
  return { first, last: j, appositive: null, side: 'before' };
}

/** Step back over an aside between a subject and its verb: "(D-Ohio)", "-- the firm's owner --". */
function skipAside(doc: Doc, j: number, floor: number): number {
  const t = doc.tokens;
  if (j < floor) return j;
  const w = t.lower[j]!;
  const open = w === ')' ? '(' : DASHES.has(w) ? w : null;
  if (!open) return j;
  for (let k = j - 1; k >= floor && j - k < 40; k--) {
    if (t.lower[k] === open || (DASHES.has(open) && DASHES.has(t.lower[k]!))) return k - 1;
  }
  return j;
}

/**
 * Read a speaker phrase that follows token `v` (inverted "said X", or "according to X"), up to
 * token `ceil` (exclusive), with an appositive after a comma.
 *
 * @example
 * subjectAfter(doc, saidToken, doc.tokens.count); // { first: 5, last: 6, ... side: 'after' }
 */
export function subjectAfter(doc: Doc, v: number, ceil: number): SpeakerPhrase | null {
  const t = doc.tokens;
  const a = v + 1;
  if (a >= ceil) return null;
  if (doc.posOf(a) === 'PRON' && !POSSESSIVE.has(t.lower[a]!))
    return { first: a, last: a, appositive: null, side: 'after' };
  const b = nounPhraseForward(doc, a, ceil);
  if (b < a) return null;
  let appositive: SpeakerPhrase['appositive'] = null;
  if (t.lower[b + 1] === ',' && b + 2 < ceil && startsNounPhrase(doc, b + 2)) {
    const e = nounPhraseForward(doc, b + 2, ceil);
    if (e >= b + 2) appositive = { first: b + 2, last: e };
  }
  return { first: a, last: b, appositive, side: 'after' };
}

/**
 * First token of the noun phrase ending at `j` (through "of"/"at"/"for" links), or null when `j`
 * is not a noun.
 *
 * @example
 * nounPhraseBack(doc, officeToken, 0); // the token of "An" in "An aide at the office"
 */
export function nounPhraseBack(doc: Doc, j: number, floor: number): number | null {
  const t = doc.tokens;
  if (j < floor || !(NOMINAL.has(doc.posOf(j)) || isProper(doc, j))) return null;
  let a = j;
  let closed = false; // a determiner was read: only "of"/"at"... can extend the phrase further back
  while (a - 1 >= floor) {
    const p = doc.posOf(a - 1);
    const w = t.lower[a - 1]!;
    if (
      !closed &&
      (NOMINAL.has(p) ||
        p === 'ADJ' ||
        GENITIVE.has(w) ||
        innerHyphen(doc, a - 1) ||
        w === '.' ||
        isProper(doc, a - 1))
    ) {
      a--;
    } else if (!closed && (p === 'DET' || POSSESSIVE.has(w))) {
      a--;
      closed = true;
    } else if (p === 'ADP' && LINKS.has(w) && a - 2 >= floor && NOMINAL.has(doc.posOf(a - 2))) {
      a -= 2;
      closed = false;
    } else break;
  }
  return a;
}

/** Last token of the noun phrase starting at `a` (a - 1 when there is none). */
function nounPhraseForward(doc: Doc, a: number, ceil: number): number {
  const t = doc.tokens;
  let b = a;
  if (b < ceil && (doc.posOf(b) === 'DET' || POSSESSIVE.has(t.lower[b]!))) b++;
  let last = a - 1;
  while (b < ceil) {
    const p = doc.posOf(b);
    const w = t.lower[b]!;
    if (NOMINAL.has(p) || isProper(doc, b)) last = b;
    else if (!(p === 'ADJ' || GENITIVE.has(w) || innerHyphen(doc, b) || (w === '.' && last === b - 1))) {
      if (
        p === 'ADP' &&
        LINKS.has(w) &&
        last >= a &&
        last === b - 1 &&
        b + 1 < ceil &&
        startsNounPhrase(doc, b + 1)
      ) {
        b++;
        if (doc.posOf(b) === 'DET' || POSSESSIVE.has(t.lower[b]!)) b++;
        continue;
      }
      break;
    }
    b++;
  }
  return last;
}

function startsNounPhrase(doc: Doc, i: number): boolean {
  const p = doc.posOf(i);
  return (
    NOMINAL.has(p) || isProper(doc, i) || p === 'DET' || p === 'ADJ' || POSSESSIVE.has(doc.tokens.lower[i]!)
  );
}

/**
 * A hyphen inside a word ("Won-sik", "Savitski-Zhuk") joins a phrase; a spaced dash
 * ("(Wire) - Belarus said") separates a dateline from the story and ends it.
 */
function innerHyphen(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  return (
    t.lower[k] === '-' &&
    k > 0 &&
    t.start[k] === t.end[k - 1] &&
    k + 1 < t.count &&
    t.start[k + 1] === t.end[k]
  );
}

function isBoundary(doc: Doc, k: number): boolean {
  const p = doc.posOf(k);
  return (
    p === 'VERB' || p === 'SCONJ' || (p === 'PUNCT' && doc.tokens.lower[k] !== '.' && !innerHyphen(doc, k))
  );
}

/** Step back over a date expression ("on Tuesday") between a subject and its verb. */
function skipDate(doc: Doc, j: number, floor: number): number {
  if (j < floor) return j;
  const start = doc.tokens.start[j]!;
  const date = doc.get('dates').find((d) => d.start <= start && start < d.end);
  if (!date) return j;
  let k = j;
  while (k >= floor && doc.tokens.start[k]! >= date.start) k--;
  if (k >= floor && ['on', 'last', 'this', 'earlier', 'late'].includes(doc.tokens.lower[k]!)) k--;
  while (k >= floor && BETWEEN.has(doc.posOf(k))) k--;
  return k;
}
