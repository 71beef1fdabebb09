import type { Doc, Sentence } from '../../core/doc.js';
import type { Trigger } from './lexicon.js';

/** A trigger found in a sentence: the lexicon row and the tokens `[tokenStart, tokenEnd)` it covers. */
export interface TriggerMatch {
  trigger: Trigger;
  tokenStart: number;
  tokenEnd: number;
  /** Index of the head token (the first word) whose POS decides verb or noun reading. */
  head: number;
  /** True when the head is read as a noun (nominalisation). */
  nominal: boolean;
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s"]);
/** Tokens a phrase may skip between its words ("imposed new sanctions", "held two rounds of talks"). */
const SKIPPABLE = new Set(['DET', 'ADJ', 'NUM', 'ADV']);
/** Possessives a phrase may skip too ("told his counterpart", "imposed their own sanctions"). */
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** The lemma used to look a token up: lower case, with wink's stray forms of "be" folded. */
export function lemmaOf(doc: Doc, i: number): string {
  const lower = doc.tokens.lower[i]!;
  if (BE_FORMS.has(lower)) return 'be';
  return doc.tokens.lemma[i]!.toLowerCase();
}

function wordMatches(doc: Doc, i: number, word: string): boolean {
  return doc.tokens.lower[i] === word || lemmaOf(doc, i) === word;
}

/**
 * "a four-day strike", "far-reaching sanctions": a word joined by a hyphen to the next, with no space,
 * opens one modifier; a phrase skips the pair ("four -") as part of that word.
 */
function isHyphenated(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  return t.lower[k + 1] === '-' && t.end[k] === t.start[k + 1] && t.end[k + 1] === t.start[k + 2];
}

/** Whether a phrase may skip token `k` between two of its words ("imposed new sanctions", "told his counterpart"). */
function skippable(doc: Doc, k: number): boolean {
  const lower = doc.tokens.lower[k]!;
  return (
    SKIPPABLE.has(doc.posOf(k)) ||
    POSSESSIVES.has(lower) ||
    // "told his Ukrainian counterpart", "summoned the Russian envoy": a proper adjective after a possessive
    // or a determiner.
    (doc.posOf(k) === 'PROPN' && (POSSESSIVES.has(doc.tokens.lower[k - 1]!) || doc.posOf(k - 1) === 'DET')) ||
    // "summoned Kelmar's ambassador": a possessor's name and its "'s".
    ((lower === "'s" || lower === '’s') && doc.posOf(k - 1) === 'PROPN') ||
    (doc.posOf(k) === 'PROPN' && (doc.tokens.lower[k + 1] === "'s" || doc.tokens.lower[k + 1] === '’s'))
  );
}

/** Token index just past the phrase `words` starting at token `i`, or -1 when it does not occur. */
function matchPhrase(doc: Doc, i: number, end: number, words: string[]): number {
  let k = i + 1;
  for (let w = 1; w < words.length; w++) {
    const word = words[w]!;
    let skipped = 0;
    while (k < end && !wordMatches(doc, k, word)) {
      if (k + 2 < end && isHyphenated(doc, k)) {
        // The whole compound is one modifier, unless its last part is the word sought.
        k += wordMatches(doc, k + 2, word) ? 2 : 3;
      } else if (skipped < 2 && skippable(doc, k)) {
        k++;
        skipped++;
      } else return -1;
    }
    if (k >= end) return -1;
    k++;
  }
  return k;
}

/** Rows for an -ed/-ing form the tagger left unlemmatised ("armed" as an adjective, "arming" as a noun). */
function bySuffixless(byFirst: Map<string, Trigger[]>, lower: string): Trigger[] | undefined {
  const m = /^(.{3,}?)(ing|ed)$/.exec(lower);
  if (!m) return undefined;
  const base = m[1]!;
  return (
    byFirst.get(base) ??
    byFirst.get(`${base}e`) ??
    (base.at(-1) === base.at(-2) ? byFirst.get(base.slice(0, -1)) : undefined)
  );
}

/** "Kremlin-backed", "evidence-free": the second half of a hyphenated compound is no trigger. */
function isCompoundTail(doc: Doc, i: number, start: number): boolean {
  return i > start && doc.tokens.lower[i - 1] === '-' && doc.tokens.end[i - 1] === doc.tokens.start[i];
}

/** Month names that are also trigger words. */
const MONTHS = new Set(['March']);

/** "March 5", "in March": a capitalised month name inside a sentence (or before a number) is a date, no march. */
function isMonth(doc: Doc, i: number, start: number): boolean {
  const word = doc.text.slice(doc.tokens.start[i]!, doc.tokens.end[i]!);
  return MONTHS.has(word) && (i > start || doc.posOf(i + 1) === 'NUM');
}

/** Whether the head token reads as a noun: tagged so, or an -ing/-s form right after a determiner or possessive. */
function readsAsNoun(doc: Doc, i: number, start: number): boolean {
  const pos = doc.posOf(i);
  if (pos === 'NOUN' && doc.tokens.lower[i]!.endsWith('ing') && i > start) {
    // A gerund after a verb or preposition ("denied arming", "accused of arming") is a verb.
    const prev = doc.posOf(i - 1);
    if (prev === 'ADP' || prev === 'VERB' || prev === 'SCONJ') return false;
  }
  if (pos === 'NOUN' || pos === 'PROPN') return true;
  if (pos !== 'VERB' || i === start) return false;
  const prev = doc.posOf(i - 1);
  const prevLower = doc.tokens.lower[i - 1]!;
  // "Vostria's military fired": a noun the tagger read as an adjective ("military") leaves an inflected
  // -ed verb after it a verb.
  if (prev === 'ADJ' && isInflectedPast(doc, i)) return false;
  return prev === 'DET' || prev === 'ADJ' || prevLower === "'s" || prevLower === '’s';
}

/** An -ed form that is an inflection of its lemma ("fired", "used"), not a word ending in -ed ("need"). */
function isInflectedPast(doc: Doc, i: number): boolean {
  const lower = doc.tokens.lower[i]!;
  return lower.endsWith('ed') && lemmaOf(doc, i) !== lower;
}

/** A verb row needs a verbal head; a noun row needs its last word to read as a noun ("military aid"). */
function posFits(t: Trigger, doc: Doc, i: number, stop: number, start: number): boolean {
  if (t.pos === 'A') return true;
  if (t.pos === 'N') return readsAsNoun(doc, stop - 1, start);
  const pos = doc.posOf(i);
  // A participle before its noun ("armed men") describes; it does not act.
  const afterAux =
    i > start && (doc.posOf(i - 1) === 'AUX' || doc.posOf(i - 1) === 'PRON' || doc.posOf(i - 1) === 'PROPN');
  // "Ousted president X", "the armed men": an -ed verb opening a noun phrase is a participle too.
  const opensPhrase = i === start || doc.posOf(i - 1) === 'DET';
  const participle = pos === 'ADJ' || (pos === 'VERB' && doc.tokens.lower[i]!.endsWith('ed') && opensPhrase);
  if (participle && !afterAux && i + 1 < doc.tokens.count && ['NOUN', 'PROPN'].includes(doc.posOf(i + 1)))
    return false;
  return !readsAsNoun(doc, i, start) && (pos === 'VERB' || pos === 'AUX' || pos === 'ADJ' || pos === 'NOUN');
}

/**
 * Find the triggers of one sentence: each token is looked up by lemma, the longest phrase that fits
 * the token's part of speech wins, and matches do not overlap.
 *
 * @example
 * findTriggers(doc, doc.sentences[0]!, lexicon.byFirst); // [{ trigger: { category: 'AID', ... }, ... }]
 */
export function findTriggers(doc: Doc, sentence: Sentence, byFirst: Map<string, Trigger[]>): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const end = sentence.tokenEnd;
  for (let i = sentence.tokenStart; i < end; i++) {
    const rows =
      byFirst.get(lemmaOf(doc, i)) ??
      byFirst.get(doc.tokens.lower[i]!) ??
      bySuffixless(byFirst, doc.tokens.lower[i]!);
    if (!rows || isMonth(doc, i, sentence.tokenStart)) continue;
    // "Kremlin-backed" is no backing and "open-ended" no ending, but "a four-day strike" is a strike: a
    // compound's tail opens noun phrases only.
    const tail = isCompoundTail(doc, i, sentence.tokenStart);
    for (const t of rows) {
      if (tail && (t.words.length === 1 || t.pos !== 'N')) continue;
      const stop = t.words.length === 1 ? i + 1 : matchPhrase(doc, i, end, t.words);
      if (stop < 0 || !posFits(t, doc, i, stop, sentence.tokenStart)) continue;
      const nominal = t.pos === 'N' || (t.pos === 'A' && readsAsNoun(doc, i, sentence.tokenStart));
      out.push({ trigger: t, tokenStart: i, tokenEnd: stop, head: nominal ? stop - 1 : i, nominal });
      i = stop - 1;
      break;
    }
  }
  return out;
}
