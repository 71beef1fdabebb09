import type { Doc, Sentence } from '../../core/doc.js';
import type { Certainty, EventTime, Polarity } from '../../core/types.js';

/** What the modality reading says about one trigger. */
export interface ModalityReading {
  polarity: Polarity;
  certainty: Certainty;
  time: EventTime | null;
}

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
const POSSIBLE = new Set(['may', 'might', 'could', 'possible', 'possibly', 'concern', 'concerned', 'fear', 'feared', 'fears', 'risk', 'potential', 'potentially', 'if']);
const HEDGED = new Set(['reportedly', 'allegedly', 'alleged', 'suspected', 'apparently', 'indicates', 'indicate', 'indication', 'indications', 'suggest', 'suggests', 'suggested', 'believed', 'likely', 'understand', 'purportedly', 'presumably']);
const FUTURE = new Set(['will', "'ll", 'shall', 'would', 'plan', 'plans', 'planned', 'intend', 'intends', 'going', 'could', 'may', 'might', 'ready', 'prepare', 'preparing']);
const BE_PRESENT = new Set(['is', 'are', 'am', "'re", "'s"]);
const PERFECT_OR_PAST = new Set(['has', 'have', 'had', 'did', 'was', 'were']);

/**
 * A small stand-in for the modality stage: negation, hedges and modals in the clause before the
 * trigger, and tense from the trigger and its auxiliaries. Swapped for the modality stage's
 * `modalityOf` once that lands.
 *
 * @example
 * modalityOf({ doc, sentence, trigger: { tokenStart: 3, tokenEnd: 4 } }).polarity; // 'denied'
 */
export function modalityOf(input: { doc: Doc; sentence: Sentence; trigger: { tokenStart: number; tokenEnd: number } }): ModalityReading {
  const { doc, sentence, trigger } = input;
  const t = doc.tokens;
  const head = trigger.tokenStart;
  let polarity: Polarity = t.negated[head] === 1 ? 'denied' : 'asserted';
  let certainty: Certainty = 'certain';
  let time: EventTime | null = null;
  const from = Math.max(sentence.tokenStart, head - 6);
  for (let k = head - 1; k >= from; k--) {
    const w = t.lower[k]!;
    if (w === ',' || w === ';' || w === 'that' || w === 'said') break;
    if (NEGATORS.has(w)) polarity = 'denied';
    if (POSSIBLE.has(w)) certainty = 'possible';
    if (time === null && FUTURE.has(w)) time = 'future';
    if (time === null && PERFECT_OR_PAST.has(w)) time = 'past';
    if (time === null && BE_PRESENT.has(w) && t.lower[head]!.endsWith('ing')) time = 'ongoing';
  }
  if (certainty === 'certain') {
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      if (HEDGED.has(t.lower[k]!)) {
        certainty = 'hedged';
        break;
      }
    }
  }
  if (time === null) time = tenseOf(doc, head);
  return { polarity, certainty, time };
}

function tenseOf(doc: Doc, i: number): EventTime {
  const lower = doc.tokens.lower[i]!;
  const lemma = doc.tokens.lemma[i]!.toLowerCase();
  if (doc.posOf(i) === 'NOUN') return 'past';
  if (lower.endsWith('ing')) return 'ongoing';
  if (lower === lemma || lower === `${lemma}s` || lower === `${lemma}es`) return 'ongoing';
  return 'past';
}
