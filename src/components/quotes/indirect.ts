import type { Doc } from '../../core/doc.js';
import { reporterClauseAt } from '../modality/index.js';
import type { Cue } from './cues.js';
import { participleSubject } from './attribute.js';
import { subjectAfter, subjectBefore, type SpeakerPhrase } from './phrase.js';

/** Reported speech without quotation marks: a cue, the phrase naming the speaker, the content tokens. */
export interface IndirectSpeech {
  cue: number;
  phrase: SpeakerPhrase;
  /** Content tokens `[first, last]`. */
  first: number;
  last: number;
}

const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const CLAUSE_START = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'ADV']);
const ADVERBIAL_PREPS = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'late',
  'earlier',
  'last',
  'via',
  'through',
]);
/** Share of content tokens that may sit inside quotation marks before the direct quote covers it. */
const MAX_QUOTED = 0.7;

/**
 * Find reported speech around the cues: "X said (that) CLAUSE", "X told reporters CLAUSE",
 * "X accused Y of ...", "X denied that ...", "CLAUSE, X said", "according to X, CLAUSE" and
 * "CLAUSE, according to X". Content that is almost all one quotation is left to the direct quote.
 *
 * @example
 * findIndirect(doc, cues, mask).map((s) => s.first); // [3]
 */
export function findIndirect(doc: Doc, cues: readonly Cue[], mask: Int32Array): IndirectSpeech[] {
  const out: IndirectSpeech[] = [];
  cues.forEach((cue, index) => {
    if (!cue.spec.indirect && cue.spec.frame !== 'according') return;
    const s = doc.sentences[cue.sentence]!;
    let end = s.tokenEnd - 1;
    while (end > cue.last && doc.posOf(end) === 'PUNCT' && mask[end]! < 0) end--;
    const found =
      cue.spec.frame === 'according'
        ? according(doc, cue, s.tokenStart, end)
        : reported(doc, cue, s.tokenStart, end, mask);
    if (!found || found.last - found.first < 2) return;
    let quoted = 0;
    for (let i = found.first; i <= found.last; i++) if (mask[i]! >= 0) quoted++;
    if (quoted / (found.last - found.first + 1) > MAX_QUOTED) return;
    out.push({ cue: index, ...found });
  });
  return out;
}

type Found = Omit<IndirectSpeech, 'cue'>;

function according(doc: Doc, cue: Cue, start: number, end: number): Found | null {
  const phrase = subjectAfter(doc, cue.last, end + 1);
  if (!phrase) return null;
  const t = doc.tokens;
  if (cue.token === start) {
    // "According to X, CLAUSE": the clause follows the comma after X (or after X's appositive).
    const afterAppositive =
      phrase.appositive && t.lower[phrase.appositive.last + 1] === ',' ? phrase.appositive.last + 1 : -1;
    const i = afterAppositive > 0 ? afterAppositive : phrase.last + 1;
    const bare = afterAppositive > 0 ? phrase : { ...phrase, appositive: null };
    return t.lower[i] === ',' && i < end ? { phrase: bare, first: i + 1, last: end } : null;
  }
  return t.lower[cue.token - 1] === ',' ? { phrase, first: start, last: cue.token - 2 } : null;
}

function reported(doc: Doc, cue: Cue, start: number, end: number, mask: Int32Array): Found | null {
  const t = doc.tokens;
  const before = participleSubject(doc, cue.token, start, mask) ?? subjectBefore(doc, cue.token, start);
  if (before) {
    const first = contentAfter(doc, cue, end, mask);
    // "X accused Y of Z, as W did V": the reporter's own clause is no part of what X said.
    const own = first !== null ? reporterClauseAt(doc, first, end) : -1;
    if (first !== null) return { phrase: before, first, last: own > first ? own - 1 : end };
    // "CLAUSE, X said." and the parenthetical "CLAUSE, X said, CLAUSE."
    const comma = before.first - 1;
    if (t.lower[comma] !== ',' || comma <= start) return null;
    if (t.lower[cue.last + 1] === ',') return { phrase: before, first: start, last: end };
    return comma - start >= 3 ? { phrase: before, first: start, last: comma - 1 } : null;
  }
  if (cue.spec.invert && t.lower[cue.token - 1] === ',' && cue.token - 1 - start >= 3) {
    const after = subjectAfter(doc, cue.last, end + 1);
    if (after) return { phrase: after, first: start, last: cue.token - 2 };
  }
  return null;
}

/** First token of the reported clause after the cue, past addressee, adverbials and "that"; or null. */
function contentAfter(doc: Doc, cue: Cue, end: number, mask: Int32Array): number | null {
  const t = doc.tokens;
  let i = cue.last + 1;
  // One noun phrase: an addressee ("reporters", "the BBC") or an object ("Velora").
  const skipNounPhrase = () => {
    if (i > end) return;
    if (doc.posOf(i) === 'PRON' && !POSSESSIVE.has(t.lower[i]!)) {
      i++;
      return;
    }
    let j = i;
    if (doc.posOf(j) === 'DET' || POSSESSIVE.has(t.lower[j]!)) j++;
    while (j <= end && (doc.posOf(j) === 'ADJ' || doc.posOf(j) === 'NUM')) j++;
    const nounStart = j;
    while (
      j <= end &&
      (doc.posOf(j) === 'NOUN' || doc.posOf(j) === 'PROPN' || t.lower[j] === "'s" || t.lower[j] === '’s')
    )
      j++;
    if (j > nounStart) i = j;
  };
  if (cue.spec.frame === 'tell') skipNounPhrase();
  for (let guard = 0; guard < 4 && i <= end; guard++) {
    const w = t.lower[i]!;
    const p = doc.posOf(i);
    if (p === 'ADV' && w !== 'not') i++;
    else if (ADVERBIAL_PREPS.has(w) && i + 1 <= end && doc.posOf(i) === 'ADP') {
      i++;
      skipNounPhrase();
    } else if (isDateToken(doc, i)) i++;
    else break;
  }
  if (cue.spec.frame === 'accuse') {
    const objectStart = i;
    skipNounPhrase();
    if (!['of', 'for', 'that'].includes(t.lower[i] ?? '')) return null;
    return i + 1 <= end ? objectStart : null;
  }
  if (t.lower[i] === 'that' || t.lower[i] === ':') return i + 1 <= end ? i + 1 : null;
  if (i > end) return null;
  if (mask[i]! >= 0) return i;
  return CLAUSE_START.has(doc.posOf(i)) && doc.posOf(i) !== 'ADV' ? i : null;
}

function isDateToken(doc: Doc, i: number): boolean {
  const s = doc.tokens.start[i]!;
  return doc.get('dates').some((d) => d.start <= s && s < d.end);
}
