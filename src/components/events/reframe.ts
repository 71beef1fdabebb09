import type { Doc } from '../../core/doc.js';
import type { Holder, PloverCategory } from '../../core/types.js';
import type { TriggerMatch } from './triggers.js';

/** What the reading of one trigger says before PLOVER's framing rules are applied. */
export interface Reading {
  category: PloverCategory;
  mode: string | null;
  polarity: 'asserted' | 'denied';
  certainty: 'certain' | 'hedged' | 'possible';
  time: 'past' | 'ongoing' | 'future' | null;
  holder: Holder;
  actor: string[];
  recipient: string[];
}

/** Cooperative acts: announced for later they are an intent (AGREE), refused they are a rejection (REJECT). */
const COOPERATIVE = new Set<PloverCategory>([
  'CONSULT',
  'AID',
  'SUPPORT',
  'COOPERATE',
  'RETREAT',
  'CONCEDE',
  'AGREE',
]);
/** Acts of force: announced by the actor itself for later, they are a threat. */
const FORCEFUL = new Set<PloverCategory>(['ASSAULT', 'COERCE', 'SANCTION']);
/** Protests that restrict movement (strikes, blockades, boycotts): announced, they are a threat too. */
const OBSTRUCTING = new Set(['strike', 'obstruct', 'boycott']);
/**
 * THREATEN modes, the content of the threat (codebook table): what each announced act threatens, by
 * category and mode ("category/mode", or the category alone for any mode).
 */
const THREAT_MODE: Record<string, string> = {
  ASSAULT: 'violence',
  PROTEST: 'restrict',
  'COERCE/restrict': 'restrict',
  'COERCE/curfew': 'restrict',
  'COERCE/martial-law': 'restrict',
  'COERCE/arrest': 'arrest',
  'COERCE/deport': 'expel',
  'SANCTION/expel': 'expel',
  'SANCTION/withdraw': 'relations',
};
/** Words that, right before "to", make what follows an expressed intent ("is willing to withdraw"). */
const INTENT_WORDS = new Set([
  'willing',
  'ready',
  'prepared',
  'agreed',
  'agree',
  'agrees',
  'pledged',
  'promised',
  'offered',
  'vowed',
  'committed',
  'decided',
  'intends',
  'plans',
  'planned',
]);
/** Intent words that, before a party's own use of force, announce it ("is prepared to impose martial law"). */
const THREAT_INTENT = new Set(['ready', 'prepared', 'intends', 'plans', 'planned']);
/** Deontic modals: "X must withdraw", said by someone else, is that speaker's demand. */
const DEMAND_MODALS = new Set(['must', 'should']);

/** "must withdraw", "must be ready to mediate": a deontic modal before the act, or before "be <intent> to". */
function demanded(before: string[]): boolean {
  if (before.slice(0, 3).some((w) => DEMAND_MODALS.has(w))) return true;
  return (
    before[0] === 'to' &&
    INTENT_WORDS.has(before[1] ?? '') &&
    before[2] === 'be' &&
    DEMAND_MODALS.has(before[3] ?? '')
  );
}
const CONDITIONS = new Set(['unless', 'otherwise']);
/** REJECT modes for the refused act. */
const REFUSAL_MODE: Partial<Record<PloverCategory, string>> = {
  CONSULT: 'meet',
  AID: 'assist',
  COOPERATE: 'assist',
  SUPPORT: 'assist',
  CONCEDE: 'yield',
  RETREAT: 'yield',
};

function wordsBefore(doc: Doc, m: TriggerMatch, from: number, n: number): string[] {
  const out: string[] = [];
  for (let k = m.tokenStart - 1; k >= Math.max(from, m.tokenStart - n); k--) {
    const w = doc.tokens.lower[k]!;
    if (w === ',' || w === ';') break;
    out.push(w);
  }
  return out;
}

function sentenceHas(doc: Doc, from: number, to: number, words: Set<string>): boolean {
  for (let k = from; k < to; k++) if (words.has(doc.tokens.lower[k]!)) return true;
  return false;
}

/**
 * PLOVER's framing rules on top of the trigger's own category: an announced cooperative act is AGREE, a
 * refused one REJECT, "X must do Z" reported from Y is Y's REQUEST to X, and a future act under "unless",
 * or a party's own announced use of force, is a THREATEN. Returns the reading unchanged when no rule applies.
 *
 * @example
 * reframe(doc, match, [s.tokenStart, s.tokenEnd], reading).category; // 'AGREE' for "is willing to withdraw"
 */
export function reframe(
  doc: Doc,
  m: TriggerMatch,
  sentence: [number, number],
  r: Reading,
  nested: boolean,
): Reading {
  if (nested) return r;
  const before = wordsBefore(doc, m, sentence[0], 5);
  const future =
    r.time === 'future' || (before[0] === 'to' && before.slice(1).some((w) => INTENT_WORDS.has(w)));
  if (future && r.polarity === 'asserted' && sentenceHas(doc, m.tokenEnd, sentence[1], CONDITIONS)) {
    return { ...r, category: 'THREATEN', mode: null };
  }
  if (demanded(before) && !(r.holder.country && r.actor.includes(r.holder.country))) {
    // The demand is the holder's; with no holder found, who demands is left open.
    const actor = r.holder.country ? [r.holder.country] : [];
    return { ...r, category: 'REQUEST', mode: null, actor, recipient: r.actor, polarity: 'asserted' };
  }
  const ownAnnouncement = r.holder.country !== null && r.actor.includes(r.holder.country);
  const announcedIntent = before[0] === 'to' && THREAT_INTENT.has(before[1] ?? '');
  if (
    (FORCEFUL.has(r.category) || (r.category === 'PROTEST' && OBSTRUCTING.has(r.mode ?? ''))) &&
    (r.time === 'future' || announcedIntent) &&
    r.polarity === 'asserted' &&
    (ownAnnouncement || announcedIntent)
  ) {
    // A party announcing its own future use of force threatens it ("we will strike back", "X plans to
    // impose restrictions").
    const mode = THREAT_MODE[`${r.category}/${r.mode}`] ?? THREAT_MODE[r.category] ?? null;
    return { ...r, category: 'THREATEN', mode };
  }
  if (!COOPERATIVE.has(r.category)) return r;
  // Only a refusal of what is asked or planned is a REJECT; a denied past act stays that act, denied. Not
  // agreeing is a refusal whenever it happened ("failed to reach agreement").
  if (r.polarity === 'denied' && r.certainty === 'certain' && (r.time !== 'past' || r.category === 'AGREE')) {
    return { ...r, category: 'REJECT', mode: REFUSAL_MODE[r.category] ?? null, polarity: 'asserted' };
  }
  // Sourcing ("diplomats said X will visit") leaves the intent an intent; only "may"/"could" does not.
  if (future && r.category !== 'AGREE' && r.polarity === 'asserted' && r.certainty !== 'possible') {
    return { ...r, category: 'AGREE', mode: null };
  }
  return r;
}
