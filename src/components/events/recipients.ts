import type { ActorMention } from './actors.js';
import { clauseEnd, coordinatedAfter, isModifier, type SentenceView } from './clause.js';
import type { Doc } from '../../core/doc.js';
import { lemmaOf, type TriggerMatch } from './triggers.js';

/** Categories whose victim or target may sit in a place phrase later in the sentence ("abuses, including torture, in X"). */
const PLACE_RECIPIENT = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'AID', 'MOBILIZE']);

const PLACE_PREPS = new Set(['in', 'on', 'against']);

/** Categories whose recipient is the subject of a "that" complement. */
const COMPLEMENT_RECIPIENT = new Set(['REQUEST']);

/** For attacks, coercion, sanctions, aid and mobilisation with no recipient: the first state named after "in"/"on"/"against" later in the clause. */
export function fallbackRecipient(v: SentenceView, m: TriggerMatch, frame: string): ActorMention[] {
  const t = v.doc.tokens;
  const end = clauseEnd(v, m.tokenEnd);
  if (frame === 'accuse' && !m.nominal) {
    // "accused a gang from X of ...": the accused is named before "of"/"for", whatever the preposition;
    // "was accused by X of ...": X, the agent of the passive, is the accuser.
    for (let k = m.tokenEnd; k < end && t.lower[k] !== 'of' && t.lower[k] !== 'for'; k++) {
      const men = v.mentions[v.at[k - v.start]!];
      if (men && !isModifier(v, men) && t.lower[men.tokenStart - 1] !== 'by') return [men];
    }
    return [];
  }
  if (COMPLEMENT_RECIPIENT.has(m.trigger.category) && t.lower[m.tokenEnd] === 'that') {
    // "demanded that X withdraw": the one asked is the subject of the demand.
    const men = v.mentions.find((x) => x.tokenStart > m.tokenEnd && x.tokenStart < m.tokenEnd + 5);
    return men ? [men] : [];
  }
  if (!PLACE_RECIPIENT.has(m.trigger.category)) return [];
  const placed = (men: ActorMention) => {
    // "in X", "in the Central African Republic".
    const before = men.tokenStart - (t.lower[men.tokenStart - 1] === 'the' ? 2 : 1);
    return before >= v.start && PLACE_PREPS.has(t.lower[before]!) && men.type !== 'person';
  };
  const after = v.mentions.find((men) => men.tokenStart >= m.tokenEnd && men.tokenStart < end && placed(men));
  if (after) return coordinatedAfter(v, after, end);
  // "civilians were killed in X": a place named anywhere in the sentence stands for the victims' state.
  const place = v.mentions.find((men) => men.type === 'location' && placed(men));
  return place ? [place] : [];
}

/** Prepositions that place a crowd's action in a state or city ("students across X", "riots in Y"). */
const CROWD_PLACE_PREPS = new Set(['in', 'across', 'throughout']);

/**
 * A protest with no party named for its crowd ("thousands of students marched in X"): PLOVER codes the
 * protesters by the state where they protest, the first state or place named after "in", "across" or
 * "throughout" in the sentence; empty when there is none.
 */
export function protestPlace(v: SentenceView): ActorMention[] {
  const t = v.doc.tokens;
  const place = v.mentions.find((men) => {
    const before = men.tokenStart - (t.lower[men.tokenStart - 1] === 'the' ? 2 : 1);
    return (
      before >= v.start &&
      CROWD_PLACE_PREPS.has(t.lower[before]!) &&
      (men.type === 'country' || men.type === 'location')
    );
  });
  return place ? [place] : [];
}

/** Words that may stand between "of" and a party's name ("the orders of the Vostrian president Ilse Marr"). */
const NAME_PREFIX_POS = new Set(['PROPN', 'ADJ', 'NOUN', 'DET']);
const NAME_PREFIX_WINDOW = 4;

/**
 * A recipient list whose first party is named in the of-phrase of a noun of will or authority
 * (`willNouns`: "against the decision of X", "on the orders of X") is whose will the act follows or
 * defies, not whom it is aimed at: no recipient, and neither is the rest of the list.
 *
 * @example
 * notAimedByWill(doc, [marr], lex.willNouns); // [] for "... sabotaged the line against the wishes of Ilse Marr"
 */
export function notAimedByWill(doc: Doc, recipient: ActorMention[], willNouns: Set<string>): ActorMention[] {
  const first = recipient[0];
  if (!first) return recipient;
  const t = doc.tokens;
  let k = first.tokenStart - 1;
  while (k > 0 && first.tokenStart - k <= NAME_PREFIX_WINDOW && NAME_PREFIX_POS.has(doc.posOf(k))) k--;
  if (k < 1 || t.lower[k] !== 'of' || t.sentence[k] !== t.sentence[first.tokenStart]) return recipient;
  const noun = k - 1;
  return willNouns.has(t.lower[noun]!) || willNouns.has(lemmaOf(doc, noun)) ? [] : recipient;
}
