import type { Certainty, Polarity, Span } from '../../core/types.js';
import { shippedModalityLexicon, type ModalityLexicon } from './lexicon.js';
import { sentenceFacts } from './operators.js';
import { isDenialCue } from './denial-cue.js';
import { claimIsOwned } from './claims.js';
import { findGovernor, timeOf } from './time.js';
import type { ClaimView, Modality, ModalityInput, Operator, SpeechCue } from './types.js';
import { OCCURRENCE, type SentenceView } from './scope.js';
import { isNominal, verbForm } from './words.js';

const ANONYMOUS = new Set(['anonymous', 'unnamed', 'unidentified']);

/**
 * Read the polarity, certainty and time of one event trigger (see index.ts for the rules).
 *
 * @example
 * modalityOf({ doc, sentence, trigger: { tokenStart: 4, tokenEnd: 5 } }).polarity; // 'denied'
 */
export function modalityOf(input: ModalityInput, lex: ModalityLexicon = shippedModalityLexicon()): Modality {
  const { doc, sentence, trigger } = input;
  const { view, ops } = sentenceFacts(doc, sentence, lex);
  const reasons: string[] = [];
  const head = trigger.head ?? headOf(view, trigger.tokenStart, trigger.tokenEnd);
  const nominal = readsAsNoun(view, head);
  const gov = nominal ? findGovernor(view, head) : null;
  // A subject noun takes its predicate's hedges and modals; it is negated only by a negated occurrence verb.
  const certaintyAnchors = gov?.role === 'subject' ? [head, gov.index] : [head];
  const subjectOccurrence = gov?.role === 'subject' && isOccurrence(view, gov.index);
  const covers = (o: Operator, i: number) => o.scopeStart <= i && i < o.scopeEnd;
  const inTrigger = (o: Operator) => o.cueStart >= trigger.tokenStart && o.cueStart < trigger.tokenEnd;

  const negators = ops.filter(
    (o) =>
      o.kind === 'negator' &&
      !inTrigger(o) &&
      (covers(o, head) || (subjectOccurrence && covers(o, gov!.index))),
  );
  const denial = ops.find((o) => o.kind === 'denial' && covers(o, head) && !inTrigger(o));
  let flips = negators.length + (denial ? 1 : 0);
  for (const n of negators) reasons.push(`negator:${n.label}`);
  if (denial) reasons.push(`denial:${denial.label}`);
  const cueDenies = cueDenial(input.cue, sentence, lex);
  if (cueDenies) {
    flips++;
    reasons.push(`cue:${input.cue!.lemma}`);
  }
  const polarity: Polarity = flips % 2 === 1 ? 'denied' : 'asserted';

  // Hedges inside a denied claim are the claimant's, not the denier's.
  const claimFrom = denial ? (denial.claim ?? denial.scopeStart) : 0;
  const mine = (o: Operator) =>
    !denial || polarity === 'asserted' || o.cueStart < claimFrom || o.cueStart >= denial.scopeEnd;
  const lowering = ops.filter(
    (o) =>
      (o.kind === 'hedged' || o.kind === 'possible') &&
      !inTrigger(o) &&
      certaintyAnchors.some((a) => covers(o, a)) &&
      mine(o),
  );
  let certainty = rank(lowering);
  const hedgeOp = lowering.find((o) => o.kind === certainty) ?? null;
  if (hedgeOp) reasons.push(`${hedgeOp.kind}:${hedgeOp.label}`);
  const cueCertainty = certainty === 'certain' ? cueHedge(input.cue, sentence, lex) : null;
  if (cueCertainty) {
    certainty = cueCertainty;
    reasons.push(`cue-hedge:${input.cue!.lemma}`);
  }

  const time = timeOf(view, ops, head, nominal, gov);
  reasons.push(time.reason);
  const negOp = denial ?? negators[0] ?? null;
  return {
    polarity,
    certainty,
    time: time.time,
    negator: polarity === 'denied' && negOp ? span(view, negOp.cueStart, negOp.cueEnd) : null,
    hedge: hedgeOp ? span(view, hedgeOp.cueStart, hedgeOp.cueEnd) : null,
    claim:
      polarity === 'denied' && denial?.claim !== undefined
        ? claimView(view, ops, denial.claim, head, certaintyAnchors)
        : null,
    reasons,
  };
}

function rank(ops: Operator[]): Certainty {
  if (ops.some((o) => o.kind === 'possible')) return 'possible';
  return ops.length > 0 ? 'hedged' : 'certain';
}

/** The trigger's deciding word: its first verb, else its last noun, else its first token. */
function headOf(v: SentenceView, start: number, end: number): number {
  for (let i = start; i < end; i++) if (v.doc.posOf(i) === 'VERB') return i;
  for (let i = end - 1; i >= start; i--) if (isNominal(v.doc, i)) return i;
  return start;
}

/** Nouns, and verbs wink tags in noun positions: "the killing", "accused of torture". */
function readsAsNoun(v: SentenceView, head: number): boolean {
  const { doc } = v;
  if (isNominal(doc, head)) return true;
  if (head <= v.start) return false;
  const prev = doc.posOf(head - 1);
  // "The offensive may begin": wink tags some event nouns as adjectives.
  if (doc.posOf(head) === 'ADJ') {
    const next = head + 1 < v.end ? doc.posOf(head + 1) : 'PUNCT';
    return (prev === 'DET' || prev === 'ADJ') && next !== 'NOUN' && next !== 'PROPN' && next !== 'ADJ';
  }
  const form = verbForm(doc, head);
  if (form === 'ing') return prev === 'DET' || prev === 'PRON' || prev === 'ADJ';
  if (form === 'base' && doc.posOf(head) === 'VERB')
    return prev === 'DET' || prev === 'ADJ' || (prev === 'ADP' && doc.tokens.lower[head - 1] !== 'to');
  return false;
}

function isOccurrence(v: SentenceView, i: number): boolean {
  return (v.flags[i - v.start]! & OCCURRENCE) !== 0;
}

/** A denial cue outside the sentence governs indirect speech only: a direct quote carries its own negation. */
function cueDenial(
  cue: SpeechCue | null | undefined,
  sentence: ModalityInput['sentence'],
  lex: ModalityLexicon,
): boolean {
  if (!cue || cue.direct) return false;
  if (
    cue.tokenIndex !== undefined &&
    cue.tokenIndex >= sentence.tokenStart &&
    cue.tokenIndex < sentence.tokenEnd
  )
    return false;
  return isDenialCue(cue.lemma, lex);
}

/** A speech cue hedges when it is a hedging cue ("allege", "claim") of an unnamed speaker, or its speaker is an unnamed plural source. */
function cueHedge(
  cue: SpeechCue | null | undefined,
  sentence: ModalityInput['sentence'],
  lex: ModalityLexicon,
): Certainty | null {
  if (!cue) return null;
  if (
    cue.tokenIndex !== undefined &&
    cue.tokenIndex >= sentence.tokenStart &&
    cue.tokenIndex < sentence.tokenEnd
  )
    return null;
  const sp = cue.speaker;
  if (sp?.name) return null;
  const own = lex.hedgingCues.lookup(cue.lemma);
  if (own) return own;
  return sp && anonymousDescription(sp.description ?? '', lex) ? 'hedged' : null;
}

/** "senior officials", "an anonymous source": a source noun (hedges.tsv) that is plural or marked anonymous. */
function anonymousDescription(description: string, lex: ModalityLexicon): boolean {
  const words = description
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  const marked = words.some((w) => ANONYMOUS.has(w));
  return words.some((w, k) => {
    const plural = w.endsWith('s') && lex.anonymousSources.lookup(w.slice(0, -1)) !== undefined;
    const pair = k + 1 < words.length && lex.anonymousSources.lookup(`${w} ${words[k + 1]}`) !== undefined;
    return plural || pair || (marked && lex.anonymousSources.lookup(w) !== undefined);
  });
}

function claimView(v: SentenceView, ops: Operator[], c: number, head: number, anchors: number[]): ClaimView {
  const covers = (o: Operator, i: number) => o.scopeStart <= i && i < o.scopeEnd;
  const negs = ops.filter((o) => o.kind === 'negator' && o.cueStart > c && covers(o, head)).length;
  const lowering = ops.filter(
    (o) =>
      (o.kind === 'hedged' || o.kind === 'possible') && o.cueStart >= c && anchors.some((a) => covers(o, a)),
  );
  let certainty = rank(lowering);
  if (certainty === 'certain' && !claimIsOwned(v, c)) certainty = 'hedged';
  return { noun: span(v, c, c + 1), polarity: negs % 2 === 1 ? 'denied' : 'asserted', certainty };
}

function span(v: SentenceView, from: number, to: number): Span {
  return v.doc.span(v.doc.tokens.start[from]!, v.doc.tokens.end[to - 1]!);
}
