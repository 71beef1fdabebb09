import type { Doc } from '../../core/doc.js';
import type { ModalityLexicon } from './lexicon.js';
import { isQuote } from './clauses.js';
import { lemmaAt } from './words.js';

/** One sentence's token range and clause breaks: what every scope function reads. */
export interface SentenceView {
  doc: Doc;
  lex: ModalityLexicon;
  start: number;
  end: number;
  breaks: Uint8Array;
  /** Per-token word classes from the lexicons (`TRANSPARENT`, `REPORT`, `OCCURRENCE` bits), read once. */
  flags: Uint8Array;
}

export const TRANSPARENT = 1;
export const REPORT = 2;
export const OCCURRENCE = 4;
export const OPAQUE = 8;

/** Word-class bits of every token of a sentence (see `SentenceView.flags`). */
export function wordFlags(doc: Doc, lex: ModalityLexicon, start: number, end: number): Uint8Array {
  const out = new Uint8Array(end - start);
  for (let i = start; i < end; i++) {
    const neg = lex.negation.matchAt(doc, i, end)?.phrase.value.kind;
    const neg1 = lex.negation.matchAt(doc, i, i + 1)?.phrase.value.kind;
    const den = lex.denials.matchAt(doc, i, end)?.phrase.value.kind;
    const den1 = lex.denials.matchAt(doc, i, i + 1)?.phrase.value.kind;
    let f = 0;
    if (
      neg === 'transparent' ||
      neg === 'negator-verb' ||
      neg1 === 'transparent' ||
      den === 'denial-verb' ||
      den === 'rejection'
    )
      f |= TRANSPARENT;
    if (
      neg1 === 'new-statement' ||
      den1 === 'denial-verb' ||
      den1 === 'rejection' ||
      lex.sourcingVerbs.matchAt(doc, i, i + 1)
    )
      f |= REPORT;
    if (neg === 'occurrence') f |= OCCURRENCE;
    if (neg1 === 'opaque' || neg === 'opaque') f |= OPAQUE;
    out[i - start] = f;
  }
  return out;
}

export function isBreakAt(v: SentenceView, i: number): boolean {
  return v.breaks[i - v.start] === 1;
}

/** First clause break after token `i` (exclusive end of a forward scope), or the sentence end. */
export function forwardEnd(v: SentenceView, i: number): number {
  for (let j = i + 1; j < v.end; j++) if (isBreakAt(v, j)) return j;
  return v.end;
}

/** First token of the clause containing token `i`. */
export function clauseStart(v: SentenceView, i: number): number {
  for (let j = i - 1; j >= v.start; j--) if (isBreakAt(v, j)) return j + 1;
  return v.start;
}

/**
 * Whether the token is a word through which a negation reaches its complement ("involved", "plan"),
 * including negating and denying verbs, so that "did not rule out" and "did not deny" cancel out.
 */
export function isTransparent(v: SentenceView, i: number): boolean {
  return (v.flags[i - v.start]! & TRANSPARENT) !== 0;
}

const LIGHT_VERBS = new Set([
  'be',
  'have',
  'take',
  'play',
  'bear',
  'hold',
  'do',
  'get',
  'give',
  'find',
  'see',
  'offer',
  'provide',
  'show',
]);
const COMPLEMENTISERS = new Set([
  'that',
  'whether',
  'if',
  'how',
  'what',
  'why',
  'where',
  'when',
  'who',
  'whom',
  'whose',
  'which',
]);
const CONTENT = new Set(['VERB', 'NOUN', 'ADJ', 'PROPN']);

/**
 * Exclusive end of a negation's scope from its predicate `p` (or a negated object noun `p` of `verb`): the predicate, its object and
 * infinitives, stopping at the first preposition or complementiser unless the last content word
 * before it is transparent ("involved in", "no evidence that", "nothing to do with").
 *
 * @example
 * walkNegation(view, hurtToken); // the index of "in" in "no one was hurt in the attack"
 */
export function walkNegation(v: SentenceView, p: number, verb: number = p): number {
  const end = forwardEnd(v, p);
  const { doc } = v;
  if ((v.flags[p - v.start]! & OPAQUE) !== 0) return p + 1;
  // A transparent object noun passes the negation on only after a light verb ("took no part in"),
  // or after "no" with no verb ("no role in"); `verb` is the verb a negated object noun `p` belongs to.
  const light = (verb === p && doc.posOf(p) === 'NOUN') || LIGHT_VERBS.has(lemmaAt(doc, verb));
  const passes = (k: number) => isTransparent(v, k) && (light || doc.posOf(k) !== 'NOUN');
  let open = passes(p);
  for (let k = p + 1; k < end; k++) {
    const w = doc.tokens.lower[k]!;
    const pos = doc.posOf(k);
    if (passes(k)) {
      open = true;
      continue;
    }
    if (w === 'to' && k + 1 < end && (doc.posOf(k + 1) === 'VERB' || doc.posOf(k + 1) === 'AUX')) continue;
    if (w === 'of') continue;
    if (COMPLEMENTISERS.has(w) || pos === 'ADP' || pos === 'SCONJ') {
      if (!open) return k;
      continue;
    }
    // "no truth to reports that ...": a claim noun passes on the transparency of what governs it.
    if (
      CONTENT.has(pos) &&
      !(open && v.lex.denials.matchAt(doc, k, k + 1)?.phrase.value.kind === 'claim-noun')
    )
      open = false;
  }
  return end;
}

/** First token of the verb group ending at `i`: auxiliaries, adverbs and particles before it. */
export function verbGroupStart(v: SentenceView, i: number): number {
  let j = i;
  while (j - 1 >= v.start) {
    const p = v.doc.posOf(j - 1);
    if (p !== 'AUX' && p !== 'ADV' && p !== 'PART') break;
    if (v.doc.tokens.lower[j - 1] === "'s" && p === 'PART') break;
    j--;
  }
  return j;
}

/** Last token of the verb group starting at `i` (auxiliaries, adverbs, particles, then verbs). */
export function verbGroupHead(v: SentenceView, i: number): number {
  let j = i;
  let head = i;
  while (j < v.end) {
    const p = v.doc.posOf(j);
    if (p === 'VERB' || p === 'AUX') head = j;
    else if (p !== 'ADV' && p !== 'PART') break;
    j++;
  }
  return head;
}

const NP_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV']);

/** Exclusive end of the noun phrase starting at `i` (determiners, adjectives, nouns, hyphens). */
export function npEnd(v: SentenceView, i: number): number {
  let j = i;
  while (j < v.end && (NP_WORDS.has(v.doc.posOf(j)) || v.doc.tokens.lower[j] === '-' || isQuote(v.doc, j)))
    j++;
  return j;
}
