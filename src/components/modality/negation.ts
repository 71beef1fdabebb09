import { isQuote } from './clauses.js';
import {
  forwardEnd,
  isTransparent,
  npEnd,
  verbGroupHead,
  verbGroupStart,
  walkNegation,
  type SentenceView,
} from './scope.js';
import type { Operator } from './types.js';
import { isVerbal } from './words.js';

const NOUN_NEGATORS = new Set(['no', 'none', 'nothing', 'nobody', 'no one']);

/**
 * The negator starting at token `i`, if any, with its scope: an adverb over its verb group and
 * object, a determiner or pronoun over its noun phrase and that phrase's verb, a negating verb over
 * its complement.
 *
 * @example
 * negationAt(view, notToken, ops); // ops gains { kind: 'negator', label: 'not', ... }
 */
export function negationAt(v: SentenceView, i: number, ops: Operator[]): void {
  const m = v.lex.negation.matchAt(v.doc, i, v.end);
  if (!m) return;
  const { kind, label } = m.phrase.value;
  const e = m.end;
  if (kind === 'negator-verb') {
    ops.push({
      kind: 'negator',
      cueStart: i,
      cueEnd: e,
      scopeStart: e,
      scopeEnd: forwardEnd(v, e - 1),
      label,
    });
    return;
  }
  if (kind !== 'negator') return;
  if (label === 'nor' && hasBefore(v, i, 'neither')) return;
  const scope = NOUN_NEGATORS.has(label)
    ? nounNegationScope(v, i, e, label)
    : adverbNegationScope(v, i, e, label);
  ops.push({ kind: 'negator', cueStart: i, cueEnd: e, scopeStart: scope[0], scopeEnd: scope[1], label });
}

function hasBefore(v: SentenceView, i: number, word: string): boolean {
  for (let j = i - 1; j >= v.start; j--) if (v.doc.tokens.lower[j] === word) return true;
  return false;
}

/** "no weapons were sent", "supplied no weapons", "no plan to", "nothing to do with". */
function nounNegationScope(v: SentenceView, i: number, e: number, label: string): [number, number] {
  const { doc } = v;
  let h = e - 1;
  if (label === 'no') {
    const stop = npEnd(v, e);
    for (let k = e; k < stop; k++) if (doc.posOf(k) === 'NOUN' || doc.posOf(k) === 'PROPN') h = k;
  }
  let prev = i - 1;
  while (prev >= v.start && (doc.posOf(prev) === 'ADV' || isQuote(doc, prev))) prev--;
  const object = prev >= v.start && isVerbal(doc, prev);
  const start = object ? verbGroupStart(v, prev) : i;
  if (object) return [start, walkNegation(v, h, prev)];
  if (isTransparent(v, h)) return [start, walkNegation(v, h)];
  let next = h + 1;
  while (next < v.end && doc.posOf(next) === 'ADV') next++;
  if (next < v.end && isVerbal(doc, next)) return [start, walkNegation(v, verbGroupHead(v, next))];
  return [start, h + 1];
}

/** "did not supply", "was not involved in", "has never had", "without providing". */
function adverbNegationScope(v: SentenceView, i: number, e: number, label: string): [number, number] {
  const { doc } = v;
  let p = e;
  if (label !== 'without') {
    while (p < v.end) {
      const pos = doc.posOf(p);
      if (pos === 'VERB' || pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || isTransparent(v, p)) break;
      if (pos !== 'AUX' && pos !== 'ADV' && pos !== 'PART' && !isQuote(doc, p)) break;
      p++;
    }
  }
  if (p >= v.end) return [verbGroupStart(v, i), e];
  return [verbGroupStart(v, i), walkNegation(v, p)];
}
