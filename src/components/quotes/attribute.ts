import type { Doc } from '../../core/doc.js';
import type { Cue } from './cues.js';
import type { QuoteSpan } from './marks.js';
import type { QuoteLexicon } from './lexicon.js';
import { isStop } from './stops.js';
import { subjectAfter, subjectBefore, type SpeakerPhrase } from './phrase.js';

/** The cue of one direct quote and the phrase naming its speaker (either may be missing). */
export interface QuoteCue {
  /** Null when no cue was found and the speaker is the subject of the quote's clause. */
  cue: Cue | null;
  phrase: SpeakerPhrase | null;
  /**
   * `adjacent`: the cue follows the quote; `sentence`: it precedes it in the same sentence;
   * `subject`: no cue, the subject of the clause holding a partial quote ("X designated Y as “...”").
   */
  how: 'adjacent' | 'sentence' | 'according-to' | 'subject';
}

/** What the cue search reads: the Doc, the spans, the token mask, cue index per token. */
export interface CueSearch {
  doc: Doc;
  lex: QuoteLexicon;
  spans: readonly QuoteSpan[];
  mask: Int32Array;
  cues: readonly Cue[];
  cueAt: Int32Array;
}

/** How far after a closing mark the cue of a quote may be ("“...,” the senior official said"). */
const AFTER_REACH = 12;
/** How far it may be when the speaker's name follows the quote and a long appositive the name. */
const FAR_REACH = 40;
const DASH_CREDIT = new Set(['—', '―', '–', '-', '--']);

/**
 * Find the speech cue of quote span `k`: after its closing mark (“...,” she said / said X) or
 * before its opening mark in the same sentence (X said, “...” / X told reporters that “...”).
 * A quote ending in a comma looks after first; other quotes look before first.
 *
 * @example
 * findQuoteCue(search, 0)?.cue.cue; // 'say'
 */
export function findQuoteCue(search: CueSearch, k: number): QuoteCue | null {
  const { doc, spans } = search;
  const span = spans[k]!;
  const para = doc.paragraphs[span.paragraph]!;
  const paraStart = doc.tokenAtOrAfter(para.start);
  const paraEnd = doc.tokenAtOrAfter(para.end);
  const openTok = doc.tokenAtOrAfter(span.open);
  const afterTok = doc.tokenAtOrAfter(span.close);
  // “...,” she said / “...”, she said: a comma at the end hands the quote to what follows.
  const commaEnd = doc.slice(span.end, span.close).includes(',') || doc.text[span.close] === ',';
  const after = () => cueAfter(search, afterTok, paraEnd);
  const before = () => cueBefore(search, openTok, paraStart);
  const [first, second] = commaEnd ? [after, before] : [before, after];
  const a = first();
  if (a?.phrase) return a;
  // A cue without a speaker phrase ("“...”, and vowed to ...") yields to one with a phrase.
  const b = second();
  if (b?.phrase) return b;
  const floor = sentenceFloor(search, openTok, paraStart);
  const subject = openTok > floor ? clauseSubject(doc, openTok, floor, search.mask) : null;
  if (subject) return { cue: null, phrase: subject, how: 'subject' };
  return a ?? b;
}

/** First token of the sentence that holds token `tok` (quotations do not end sentences here). */
function sentenceFloor(search: CueSearch, tok: number, paraStart: number): number {
  const { doc, mask } = search;
  for (let i = tok - 1; i >= paraStart; i--) {
    if (mask[i]! < 0 && isStop(doc, i, search.lex)) return i + 1;
  }
  return paraStart;
}

const BE = new Set(['be', 'been', 'being', 'is', 'was', 'were', 'are']);

/**
 * The agent of a passive cue: "the sanctions announced by the Treasury", or, after a form of
 * "be", a "by" phrase later in the clause ("was described as “...” by the Treasury"); else null.
 */
function agent(search: CueSearch, cue: Cue, ceil: number): SpeakerPhrase | null {
  const { doc, mask } = search;
  const t = doc.tokens;
  if (t.lower[cue.last + 1] === 'by') return subjectAfter(doc, cue.last + 1, ceil);
  let k = cue.token - 1;
  while (k >= 0 && doc.posOf(k) === 'ADV') k--;
  if (k < 0 || !BE.has(t.lower[k]!)) return null;
  for (let i = cue.last + 1; i < t.count && i - cue.last < 40; i++) {
    if (mask[i]! >= 0) continue;
    if (isStop(doc, i, search.lex) || (t.sentence[i] !== cue.sentence && mask[i - 1]! < 0)) break;
    if (t.lower[i] === 'by') return subjectAfter(doc, i, t.count);
  }
  return null;
}

function cueAfter(search: CueSearch, from: number, paraEnd: number): QuoteCue | null {
  const { doc, mask, cueAt, cues } = search;
  let ceil = from;
  let found = -1;
  for (; ceil < paraEnd && ceil < from + FAR_REACH; ceil++) {
    if (mask[ceil]! >= 0 || isStop(doc, ceil, search.lex)) break;
    if (found < 0 && cueAt[ceil]! >= 0) found = cueAt[ceil]!;
  }
  if (found < 0) return dashCredit(doc, from, ceil);
  const cue = cues[found]!;
  if (cue.spec.frame === 'according') {
    return cue.token - from <= AFTER_REACH
      ? { cue, phrase: subjectAfter(doc, cue.last, ceil), how: 'according-to' }
      : null;
  }
  // The phrase right after the quote ("“...,” Ann Voss, who ..., said"), read forward.
  const start = doc.tokens.lower[from] === ',' ? from + 1 : from;
  const forward = () => {
    const p = subjectAfter(doc, start - 1, cue.token);
    return p && (p.appositive?.last ?? p.last) < cue.token ? p : null;
  };
  const near = cue.token - from <= AFTER_REACH;
  const phrase =
    agent(search, cue, ceil) ??
    (near ? subjectBefore(doc, cue.token, from) : null) ??
    forward() ??
    (near && cue.spec.invert ? subjectAfter(doc, cue.last, ceil) : null);
  return phrase || near ? { cue, phrase, how: 'adjacent' } : null;
}

/** A credit line after the quote: "“...” ― Ann Voss" (a dash, then a name ending the sentence). */
function dashCredit(doc: Doc, from: number, ceil: number): QuoteCue | null {
  const t = doc.tokens;
  if (from + 1 >= ceil || !DASH_CREDIT.has(t.lower[from]!) || doc.posOf(from + 1) !== 'PROPN') return null;
  let last = from + 1;
  while (last + 1 < ceil && (doc.posOf(last + 1) === 'PROPN' || t.lower[last + 1] === '.')) last++;
  if (last + 1 < ceil && t.lower[last + 1] !== ',') return null;
  return { cue: null, phrase: { first: from + 1, last, appositive: null, side: 'after' }, how: 'adjacent' };
}

function cueBefore(search: CueSearch, openTok: number, paraStart: number): QuoteCue | null {
  const { doc, mask, cueAt, cues, spans } = search;
  let floor = paraStart;
  let found = -1;
  for (let i = openTok - 1; i >= paraStart; i--) {
    const m = mask[i]!;
    if (m >= 0) {
      if (spans[m]!.words >= 4) {
        floor = i + 1;
        break;
      }
      continue;
    }
    if (isStop(doc, i, search.lex)) {
      floor = i + 1;
      break;
    }
    if (found < 0 && cueAt[i]! >= 0) found = cueAt[i]!;
  }
  if (found < 0) return null;
  const cue = cues[found]!;
  if (cue.spec.frame === 'according') {
    return { cue, phrase: subjectAfter(doc, cue.last, openTok), how: 'according-to' };
  }
  const phrase =
    agent(search, cue, openTok) ??
    participleSubject(doc, cue.token, sentenceFloor(search, cue.token, paraStart), mask) ??
    subjectBefore(doc, cue.token, floor) ??
    (cue.spec.invert ? subjectAfter(doc, cue.last, openTok) : null);
  return { cue, phrase, how: 'sentence' };
}

/**
 * The speaker of a participle cue set off by a comma ("..., saying"): the subject of its clause.
 * A participle right after a noun ("an official citing") is read like a verb, so null is returned.
 *
 * @example
 * participleSubject(doc, sayingToken, 0, mask); // { first: 0, last: 1, ... }
 */
export function participleSubject(
  doc: Doc,
  cueTok: number,
  floor: number,
  mask: Int32Array,
): SpeakerPhrase | null {
  if (!doc.tokens.lower[cueTok]!.endsWith('ing') || cueTok === floor) return null;
  const prev = doc.tokens.lower[cueTok - 1]!;
  return prev === ',' || prev === 'and' ? clauseSubject(doc, cueTok, floor, mask) : null;
}

/**
 * The subject of the clause a participle cue hangs on: "The envoy rejected it, saying ..." gives
 * "The envoy" (the subject of the first verb of the sentence).
 *
 * @example
 * clauseSubject(doc, sayingToken, 0, mask); // { first: 0, last: 1, ... }
 */
export function clauseSubject(
  doc: Doc,
  cueTok: number,
  floor: number,
  mask: Int32Array,
): SpeakerPhrase | null {
  for (let i = floor; i < cueTok; i++) {
    if (mask[i]! >= 0 || doc.posOf(i) !== 'VERB') continue;
    const subject = subjectBefore(doc, i, floor);
    if (subject) return subject;
  }
  return null;
}
