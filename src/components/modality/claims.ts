import type { Operator } from './types.js';
import { isQuote } from './clauses.js';
import { clauseStart, forwardEnd, isBreakAt, type SentenceView } from './scope.js';
import { isBe, isVerbal } from './words.js';

const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", '’s']);
const DASHES = new Set([',', '—', '–', '-']);
const CLAIM_DETS = new Set(['a', 'an', 'the', 'such', 'this', 'that']);

function kindAt(v: SentenceView, i: number, end = v.end): string | undefined {
  return v.lex.denials.matchAt(v.doc, i, end)?.phrase.value.kind;
}

function isClaimNoun(v: SentenceView, i: number): boolean {
  const pos = v.doc.posOf(i);
  return (pos === 'NOUN' || pos === 'PROPN') && kindAt(v, i, i + 1) === 'claim-noun';
}

/** The first claim noun in `[from, end)` within the object noun phrase ("the U.S. allegation"), or null. */
export function findClaimNoun(v: SentenceView, from: number, end: number): number | null {
  for (let j = from; j < Math.min(end, from + 12); j++) {
    if (isClaimNoun(v, j)) return j;
    const pos = v.doc.posOf(j);
    if (pos === 'VERB' || pos === 'ADP' || pos === 'SCONJ' || pos === 'AUX') return null;
  }
  return null;
}

const CONTENT_WORDS = new Set(['that', 'of', 'about', 'regarding', 'concerning']);

/**
 * Whether a claim noun is followed by its content ("claims that ...", "allegations of ...", "claims by
 * HRW that ..."); "dismissed the claims as stupid" has none in the sentence, so nothing after it is denied.
 */
export function hasContent(v: SentenceView, c: number): boolean {
  const { doc } = v;
  let j = c + 1;
  while (j < v.end && isQuote(doc, j)) j++;
  if (j >= v.end) return false;
  if (CONTENT_WORDS.has(doc.tokens.lower[j]!)) return true;
  if (doc.tokens.lower[j] !== 'by') return false;
  for (let k = j + 1; k < Math.min(v.end, j + 10); k++) {
    if (CONTENT_WORDS.has(doc.tokens.lower[k]!)) return true;
    if (isBreakAt(v, k) || doc.tokens.lower[k] === ',') return false;
  }
  return false;
}

/**
 * Whether a claim noun has a holder in front of it ("Russia's claims", "US allegations", "their claims")
 * or after it ("allegations by HRW"). An unowned claim ("allegations that ...") hedges its content.
 */
export function claimIsOwned(v: SentenceView, c: number): boolean {
  const { doc } = v;
  if (appositive(v, c)) return true;
  for (let j = c - 1; j >= Math.max(v.start, c - 4); j--) {
    const w = doc.tokens.lower[j]!;
    const pos = doc.posOf(j);
    if (POSSESSIVES.has(w) || pos === 'PROPN') return true;
    if (pos === 'ADJ' && kindAt(v, j, j + 1) !== 'claim-owner-free') {
      const first = doc.text[doc.tokens.start[j]!]!;
      if (first !== first.toLowerCase()) return true;
      continue;
    }
    if (
      pos !== 'ADJ' &&
      pos !== 'DET' &&
      pos !== 'NOUN' &&
      w !== '-' &&
      !isQuote(doc, j) &&
      kindAt(v, j, j + 1) !== 'falsity'
    )
      break;
  }
  return doc.tokens.lower[c + 1] === 'by' || doc.tokens.lower[c + 2] === 'by';
}

/** Operators read around claim nouns: falsity frames, passive denials, appositive denials, unowned claims. */
export function claimOperators(v: SentenceView): Operator[] {
  const ops: Operator[] = [];
  for (let c = v.start; c < v.end; c++) {
    if (!isClaimNoun(v, c)) continue;
    const attributive = falsityBefore(v, c);
    const end = forwardEnd(v, c);
    if (attributive !== null && hasContent(v, c)) {
      ops.push({
        kind: 'denial',
        cueStart: attributive,
        cueEnd: attributive + 1,
        scopeStart: c + 1,
        scopeEnd: end,
        label: `${v.doc.tokens.lower[attributive]} claim`,
        claim: c,
      });
    }
    const predicate = falsityAfter(v, c);
    if (predicate) {
      ops.push({
        kind: 'denial',
        cueStart: predicate.cue,
        cueEnd: predicate.cue + 1,
        scopeStart: c + 1,
        scopeEnd: predicate.start,
        label: `claim ${v.doc.tokens.lower[predicate.cue]}`,
        claim: c,
      });
    }
    const appositive = appositiveDenial(v, c, end);
    if (appositive) ops.push(appositive);
    if (!claimIsOwned(v, c) && hasContent(v, c)) {
      ops.push({
        kind: 'hedged',
        cueStart: c,
        cueEnd: c + 1,
        scopeStart: c + 1,
        scopeEnd: end,
        label: `unowned ${v.doc.tokens.lower[c]}`,
      });
    }
  }
  return ops;
}

/** "false claims", "the 'absurd' allegation": a falsity word just before the claim noun. */
function falsityBefore(v: SentenceView, c: number): number | null {
  for (let j = c - 1; j >= Math.max(v.start, c - 4); j--) {
    if (kindAt(v, j, j + 1) === 'falsity') return j;
    const pos = v.doc.posOf(j);
    if (pos !== 'ADJ' && pos !== 'ADV' && pos !== 'PROPN' && pos !== 'PART' && !isQuote(v.doc, j))
      return null;
  }
  return null;
}

/**
 * "allegations of ... are absurd", "called the reports that ... baseless", "claims that ... were
 * denied": a falsity word or a passive denial after the claim's content, before a hard break.
 */
function falsityAfter(v: SentenceView, c: number): { cue: number; start: number } | null {
  const { doc } = v;
  const stop = Math.min(v.end, c + 30);
  for (let j = c + 1; j < stop; j++) {
    const w = doc.tokens.lower[j]!;
    if (isBreakAt(v, j) && w !== ',') return null;
    const kind = kindAt(v, j, j + 1);
    const passive = (kind === 'denial-verb' || kind === 'rejection') && j > c + 1 && isBe(doc, j - 1);
    const predicative =
      kind === 'falsity' && (doc.posOf(j) === 'NOUN' || j + 1 >= v.end || doc.posOf(j + 1) !== 'NOUN');
    if (!passive && !predicative) continue;
    if (predicative && isClaimNoun(v, j + 1)) return null;
    let start = j;
    while (
      start - 1 > c &&
      (isBe(doc, start - 1) ||
        ['ADV', 'DET', 'AUX'].includes(doc.posOf(start - 1)) ||
        isQuote(doc, start - 1))
    )
      start--;
    return { cue: j, start };
  }
  return null;
}

/** The punctuation before an appositive claim noun ("..., a charge he denied"), or null. */
function appositive(v: SentenceView, c: number): boolean {
  let p = c - 1;
  if (p > v.start && CLAIM_DETS.has(v.doc.tokens.lower[p]!)) p--;
  return p > v.start && DASHES.has(v.doc.tokens.lower[p]!);
}

/**
 * "..., a charge he denied": the clause before the appositive claim noun is denied by its new holder;
 * when that clause reports the claim ("was accused of bombing ..."), only what follows the claim verb.
 */
function appositiveDenial(v: SentenceView, c: number, end: number): Operator | null {
  if (!appositive(v, c)) return null;
  const p = CLAIM_DETS.has(v.doc.tokens.lower[c - 1]!) ? c - 2 : c - 1;
  for (let j = c + 1; j < end; j++) {
    const kind = kindAt(v, j);
    if (kind === 'denial-verb' || kind === 'rejection' || kind === 'falsity') {
      let from = clauseStart(v, p);
      for (let k = from; k < p; k++) {
        const kk = kindAt(v, k, k + 1);
        if (kk === 'claim-verb' || (kk === 'claim-noun' && isVerbal(v.doc, k))) from = k + 1;
      }
      return {
        kind: 'denial',
        cueStart: j,
        cueEnd: j + 1,
        scopeStart: from,
        scopeEnd: p,
        label: `appositive ${v.doc.tokens.lower[c]}`,
        claim: c,
      };
    }
  }
  return null;
}
