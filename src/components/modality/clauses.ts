import type { Doc, Sentence } from '../../core/doc.js';
import type { ModalityLexicon } from './lexicon.js';
import { isVerbal, verbForm } from './words.js';

/** Words that always open a new clause: scopes of negation, denial and hedges stop before them. */
const CLAUSE_WORDS = new Set([
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'however',
  'meanwhile',
  'because',
  'if',
  'unless',
]);
/** Words that open a new clause when they follow a comma. */
const AFTER_COMMA = new Set([
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'after',
  'before',
  'as',
  'since',
  'until',
  'so',
  'according',
  'citing',
  'amid',
  'despite',
  'prompting',
  'yet',
]);
const PUNCT_BREAKS = new Set([';', ':', '—', '–', '--']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'there']);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
const COORD = new Set(['and', 'or', 'nor']);

/** Conjunctions that, after a comma and before a subject and verb, add the reporter's own clause. */
const REPORTER_CLAUSES = new Set(['as', 'when', 'whereas', 'although', 'though']);

/**
 * The comma that opens a clause of the reporter's own inside `[from, end]` ("Moscow accused Kyiv of the
 * attack, as its troops shelled ..."), so reported content and accusations stop before it; else -1.
 *
 * @example
 * reporterClauseAt(doc, 3, 20); // 11, the comma before "as"
 */
export function reporterClauseAt(doc: Doc, from: number, end: number): number {
  const t = doc.tokens;
  for (let k = from; k + 2 <= end; k++) {
    if (t.lower[k] !== ',' || !REPORTER_CLAUSES.has(t.lower[k + 1]!)) continue;
    for (let j = k + 2; j <= end && j < k + 10; j++) {
      const pos = doc.posOf(j);
      if (pos === 'VERB' || pos === 'AUX') return k;
      if (pos === 'PUNCT') break;
    }
  }
  return -1;
}

/** True for quotation marks, which neither break nor carry a clause. */
export function isQuote(doc: Doc, i: number): boolean {
  return QUOTES.has(doc.tokens.lower[i]!);
}

/**
 * Clause breaks of one sentence: `breaks[i - sentence.tokenStart]` is 1 when token `i` starts a new
 * clause (a semicolon, "but", "while", a comma before "which" or a participle, "and" before a new
 * subject and verb...). Computed once per sentence.
 *
 * @example
 * clauseBreaks(doc, sentence, lex)[5]; // 1 for the "but" of "X did not attack, but Y did"
 */
export function clauseBreaks(doc: Doc, s: Sentence, lex: ModalityLexicon): Uint8Array {
  const out = new Uint8Array(s.tokenEnd - s.tokenStart);
  let verbSeen = false;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (isBreak(doc, i, s.tokenEnd, lex, verbSeen)) {
      out[i - s.tokenStart] = 1;
      verbSeen = false;
    } else if (isVerbal(doc, i)) verbSeen = true;
  }
  return out;
}

/** `verbSeen`: the clause so far has a verb, so "and" + noun phrase + verb starts a second clause. */
function isBreak(doc: Doc, i: number, end: number, lex: ModalityLexicon, verbSeen: boolean): boolean {
  const t = doc.tokens;
  const w = t.lower[i]!;
  if (PUNCT_BREAKS.has(w)) return true;
  // A hyphen is a break only as a spaced dash ("— a charge he denied"), not inside "evidence-free".
  if (w === '-') return i > 0 && t.start[i]! > t.end[i - 1]!;
  if (CLAUSE_WORDS.has(w)) return w !== 'while' || doc.posOf(i) === 'SCONJ' || doc.posOf(i) === 'ADP';
  if (w === 'yet' && doc.posOf(i) === 'CCONJ') return true;
  if (w === ',') {
    let n = i + 1;
    while (n < end && isQuote(doc, n)) n++;
    if (n >= end) return true;
    const nw = t.lower[n]!;
    if (AFTER_COMMA.has(nw) || CLAUSE_WORDS.has(nw)) return true;
    if (COORD.has(nw)) return opensClause(doc, n + 1, end, lex, false);
    let m = n;
    while (m < end && doc.posOf(m) === 'ADV') m++;
    if (m < end && doc.posOf(m) === 'VERB' && (verbForm(doc, m) === 'ing' || verbForm(doc, m) === 'past'))
      return true;
    return opensClause(doc, n, end, lex, true);
  }
  if (COORD.has(w)) {
    // "Russia and Iran have ..." coordinates subjects: before the clause has a verb, only a pronoun subject opens a clause.
    return opensClause(doc, i + 1, end, lex, verbSeen);
  }
  return false;
}

/**
 * Whether tokens from `k` open a clause: a new-statement verb ("and called them lies"), a subject pronoun
 * and a verb ("he said"), or, when `nounSubjects`, a short noun phrase and a finite verb ("Israeli
 * authorities said").
 */
function opensClause(doc: Doc, k: number, end: number, lex: ModalityLexicon, nounSubjects: boolean): boolean {
  while (k < end && isQuote(doc, k)) k++;
  if (k >= end) return false;
  const w = doc.tokens.lower[k]!;
  if (w === 'that') return false;
  if (isVerbal(doc, k)) return isNewStatement(doc, k, lex);
  if (SUBJECT_PRONOUNS.has(w)) return k + 1 < end && (isVerbal(doc, k + 1) || doc.posOf(k + 1) === 'ADV');
  if (!nounSubjects) return false;
  // The subject may carry a short prepositional phrase ("the Defense Ministry in Belgrade rejected").
  for (let j = k; j < Math.min(end, k + 8); j++) {
    const p = doc.posOf(j);
    if (p === 'AUX' || p === 'VERB')
      return j > k && verbForm(doc, j) !== 'ing' && verbForm(doc, j) !== 'base';
    if (p === 'ADP' && (j === k || !['in', 'of', 'at', 'from'].includes(doc.tokens.lower[j]!))) return false;
    if (
      p !== 'DET' &&
      p !== 'ADJ' &&
      p !== 'NOUN' &&
      p !== 'PROPN' &&
      p !== 'NUM' &&
      p !== 'PART' &&
      p !== 'ADV' &&
      p !== 'ADP'
    )
      return false;
  }
  return false;
}

export function isNewStatement(doc: Doc, i: number, lex: ModalityLexicon): boolean {
  return lex.negation.matchAt(doc, i, i + 1)?.phrase.value.kind === 'new-statement';
}
