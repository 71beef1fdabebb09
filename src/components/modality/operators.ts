import type { Doc, Sentence } from '../../core/doc.js';
import { clauseBreaks } from './clauses.js';
import type { ModalityLexicon } from './lexicon.js';
import type { Operator } from './types.js';
import { claimOperators, findClaimNoun, hasContent } from './claims.js';
import { negationAt } from './negation.js';
import { clauseStart, forwardEnd, isTransparent, npEnd, wordFlags, type SentenceView } from './scope.js';
import { isBe, isVerbal, lemmaAt } from './words.js';

/** A sentence read once: its clause breaks and operators. */
export interface SentenceFacts {
  view: SentenceView;
  ops: Operator[];
}

const MODAL_AUX = new Set(['will', 'would', 'may', 'might', 'could', 'can', 'shall', "'ll", 'wo']);
const ANONYMOUS = new Set(['anonymous', 'unnamed', 'unidentified']);

/**
 * Read a sentence's operators (cached per Doc and sentence).
 *
 * @example
 * sentenceFacts(doc, doc.sentences[0], lex).ops.map((o) => o.label); // ['not', 'deny']
 */
export function sentenceFacts(doc: Doc, s: Sentence, lex: ModalityLexicon): SentenceFacts {
  let perDoc = cache.get(doc);
  if (!perDoc || perDoc.lex !== lex) {
    perDoc = { lex, sentences: new Map() };
    cache.set(doc, perDoc);
  }
  let facts = perDoc.sentences.get(s.index);
  if (!facts) {
    const view: SentenceView = {
      doc,
      lex,
      start: s.tokenStart,
      end: s.tokenEnd,
      breaks: clauseBreaks(doc, s, lex),
      flags: wordFlags(doc, lex, s.tokenStart, s.tokenEnd),
    };
    facts = { view, ops: readOperators(view) };
    perDoc.sentences.set(s.index, facts);
  }
  return facts;
}

const cache = new WeakMap<Doc, { lex: ModalityLexicon; sentences: Map<number, SentenceFacts> }>();

function readOperators(v: SentenceView): Operator[] {
  const { doc, lex } = v;
  const ops: Operator[] = [];
  const cancelled = new Uint8Array(v.end - v.start);
  for (let i = v.start; i < v.end; i++) {
    const m = lex.negation.matchAt(doc, i, v.end);
    if (m?.phrase.value.kind === 'not-negation') cancelled.fill(1, i - v.start, m.end - v.start);
  }
  for (let i = v.start; i < v.end; i++) {
    if (!cancelled[i - v.start]) negationAt(v, i, ops);
    denialAt(v, i, ops);
    hedgeAt(v, i, ops);
    sourcingAt(v, i, ops);
    modalAt(v, i, ops);
  }
  ops.push(...claimOperators(v));
  return ops;
}

function denialAt(v: SentenceView, i: number, ops: Operator[]): void {
  const m = v.lex.denials.matchAt(v.doc, i, v.end);
  if (!m) return;
  const { kind, label } = m.phrase.value;
  const e = m.end;
  const end = forwardEnd(v, e - 1);
  if (kind === 'denial-verb') {
    const claim = findClaimNoun(v, e, end);
    if (claim !== null && !hasContent(v, claim)) return;
    ops.push({
      kind: 'denial',
      cueStart: i,
      cueEnd: e,
      scopeStart: claim === null ? e : claim + 1,
      scopeEnd: end,
      label,
      ...(claim === null ? {} : { claim }),
    });
    // "Attempts to deny it are ridiculous", "their denials are lies": the denial is itself called false.
    if (denialCalledFalse(v, i, e))
      ops.push({
        kind: 'negator',
        cueStart: i,
        cueEnd: e,
        scopeStart: e,
        scopeEnd: v.end,
        label: `${label} called false`,
      });
    return;
  }
  if (kind === 'rejection') {
    const object = rejectedObject(v, e, end);
    if (object === null || (object.claim !== null && !hasContent(v, object.claim))) return;
    ops.push({
      kind: 'denial',
      cueStart: i,
      cueEnd: e,
      scopeStart: object.claim === null ? e : object.claim + 1,
      scopeEnd: end,
      label,
      ...(object.claim === null ? {} : { claim: object.claim }),
    });
  }
}

/** A denial inside a subject ("attempts to disavow ...", "the denials") whose predicate is a falsity word. */
function denialCalledFalse(v: SentenceView, i: number, e: number): boolean {
  const { doc, lex } = v;
  const before = i - 2 >= v.start ? i - 2 : i;
  const attempt =
    doc.posOf(before) === 'NOUN' ||
    doc.posOf(before) === 'PROPN' ||
    ['attempt', 'effort', 'bid'].includes(lemmaAt(doc, before));
  const inSubject = doc.posOf(i) === 'NOUN' || (i > v.start && doc.tokens.lower[i - 1] === 'to' && attempt);
  if (!inSubject) return false;
  for (let j = e; j + 1 < v.end; j++) {
    if (!isBe(doc, j)) continue;
    for (let k = j + 1; k < Math.min(v.end, j + 6); k++) {
      if (lex.denials.matchAt(doc, k, k + 1)?.phrase.value.kind === 'falsity') return true;
    }
    return false;
  }
  return false;
}

/** What a rejection verb rejects, when it is a claim, a participation noun or "as" + a falsity word. */
function rejectedObject(v: SentenceView, e: number, end: number): { claim: number | null } | null {
  const { doc, lex } = v;
  let accepted = false;
  for (let j = e; j < Math.min(end, e + 12); j++) {
    const kind = lex.denials.matchAt(doc, j, end)?.phrase.value.kind;
    if (kind === 'claim-noun' && (doc.posOf(j) === 'NOUN' || doc.posOf(j) === 'PROPN')) return { claim: j };
    if (doc.tokens.lower[j] === 'as') {
      for (let k = j + 1; k < Math.min(end, j + 5); k++) {
        if (lex.denials.matchAt(doc, k, end)?.phrase.value.kind === 'falsity') accepted = true;
      }
      continue;
    }
    if (!accepted && doc.posOf(j) === 'NOUN' && isTransparent(v, j)) return { claim: null };
    const pos = doc.posOf(j);
    if (pos === 'VERB' || pos === 'SCONJ' || (pos === 'ADP' && !accepted)) break;
  }
  return accepted ? { claim: findClaimNoun(v, e, end) } : null;
}

function hedgeAt(v: SentenceView, i: number, ops: Operator[]): void {
  const m = v.lex.hedges.matchAt(v.doc, i, v.end);
  if (!m) return;
  const row = m.phrase.value;
  const e = m.end;
  if (row.unlessNext && v.doc.tokens.lower[e] === row.unlessNext) return;
  const scope: [number, number] =
    row.scope === 'complement'
      ? [e, forwardEnd(v, e - 1)]
      : row.scope === 'clause'
        ? [clauseStart(v, i), forwardEnd(v, i)]
        : row.scope === 'np'
          ? [e, npEnd(v, e)]
          : [v.start, v.end];
  ops.push({
    kind: row.certainty,
    cueStart: i,
    cueEnd: e,
    scopeStart: scope[0],
    scopeEnd: scope[1],
    label: row.label,
  });
}

/** "according to unnamed officials", "officials said", "citing sources": a hedge over the sentence. */
function sourcingAt(v: SentenceView, i: number, ops: Operator[]): void {
  const { doc, lex } = v;
  const t = doc.tokens;
  const m = lex.anonymousSources.matchAt(doc, i, v.end);
  if (!m) return;
  const plural = t.lower[i] !== lemmaAt(doc, i) || m.end - i > 1;
  const marked = i > v.start && ANONYMOUS.has(t.lower[i - 1]!);
  if (!plural && !marked) return;
  let sourcing = false;
  for (let j = i - 1; j >= Math.max(v.start, i - 5) && !sourcing; j--) {
    if (t.lower[j] === 'citing' || (t.lower[j] === 'to' && t.lower[j - 1] === 'according')) sourcing = true;
    if (t.lower[j] === ',' || isVerbal(doc, j)) break;
  }
  for (let j = m.end; j < Math.min(v.end, m.end + 3) && !sourcing; j++) {
    if (lex.sourcingVerbs.matchAt(doc, j, j + 1)) sourcing = true;
    else if (doc.posOf(j) !== 'ADV' && doc.posOf(j) !== 'AUX' && doc.posOf(j) !== 'PRON') break;
  }
  if (sourcing)
    ops.push({
      kind: 'hedged',
      cueStart: i,
      cueEnd: m.end,
      scopeStart: v.start,
      scopeEnd: v.end,
      label: `anonymous ${t.lower[i]}`,
    });
}

function modalAt(v: SentenceView, i: number, ops: Operator[]): void {
  const { doc } = v;
  const m = v.lex.modals.matchAt(doc, i, v.end);
  if (!m) return;
  const row = m.phrase.value;
  const e = m.end;
  if (row.scope === 'commissive') return;
  const modal = MODAL_AUX.has(row.label);
  if (modal && doc.posOf(i) !== 'AUX' && doc.posOf(i) !== 'VERB') return;
  const scope: [number, number] =
    row.scope === 'complement'
      ? [i, forwardEnd(v, e - 1)]
      : row.scope === 'np'
        ? [e, npEnd(v, e)]
        : [clauseStart(v, i), forwardEnd(v, i)];
  // "may have supplied": a modal over a perfect refers to the past.
  let time = row.time;
  if (modal && time && lemmaAt(doc, e) === 'have') time = 'past';
  if (time)
    ops.push({
      kind: 'time',
      cueStart: i,
      cueEnd: e,
      scopeStart: scope[0],
      scopeEnd: scope[1],
      label: row.label,
      time,
      timeScope: row.scope,
    });
  if (row.certainty)
    ops.push({
      kind: 'possible',
      cueStart: i,
      cueEnd: e,
      scopeStart: scope[0],
      scopeEnd: scope[1],
      label: row.label,
    });
}
