/**
 * Modality of event triggers: is the act asserted or denied, how firmly is it held, and is it past,
 * ongoing or future relative to the article date. Pure functions over one sentence of a Doc; the
 * events stage calls `modalityOf` for every trigger it codes.
 *
 * Rules, in brief (word lists live in lexicons/negation.tsv, denials.tsv, hedges.tsv, modals.tsv):
 *
 * - **Polarity** is `denied` when an odd number of these reach the trigger:
 *   - a negator in the trigger's clause: "did not supply", "has never had", "no weapons were sent",
 *     "supplied no weapons", "without providing", "neither ... nor". A negation covers its verb group and
 *     object; it goes on through a preposition or a that-clause only after a transparent word ("not
 *     involved in the attack", "no plan to", "no evidence that", "nothing to do with"; a transparent noun
 *     only after a light verb: "took no part in", not "claimed no responsibility for"), so "no one was hurt
 *     in the attack" does not deny the attack. A negated speech or knowledge verb ("did not confirm the
 *     strike", "did not say which unit fired") covers the verb alone. "not only", "no doubt" ... are not
 *     negations; "has yet to" is.
 *   - a negating verb over its complement: "stopped short of accusing", "refused to", "ruled out".
 *   - a denial: the complement of "deny" ("denied that it supplied", "denied involvement in");
 *     of "reject", "dismiss" ... when it is a claim, a participation noun or "as" + a falsity word
 *     ("rejected allegations that", "dismissed as false reports that"); a claim called false before or
 *     after its content ("false claims that", "allegations of ... are absurd", "called the report
 *     fabricated", "claims that ... were denied"); an appositive claim ("..., a charge he denied": the
 *     clause before it, after any accusation verb). A claim noun denies only its content ("claims that",
 *     "claims of", "claims by X that"): "dismissed the claims as stupid" denies nothing after it.
 *     Several denials of one trigger count once; a negated denial ("did not deny", "refused to deny") or a
 *     denial called false ("attempts to disavow it are ridiculous") asserts.
 *   - a denial speech cue passed in `cue` from outside the sentence, for indirect speech only.
 *   Scopes stop at clause breaks: semicolons, dashes, "but", "while", "although", "if", a comma before
 *   "which", a participle or a new subject and verb, "and" before a new subject or a new statement verb.
 * - **Certainty** is `possible` when a modal or possibility cue reaches the trigger (may, might, could,
 *   can, "would be able to", "concern that", "fears that", "possibility of", "threatens to", "if"),
 *   else `hedged` for hedges (reportedly, allegedly, "is believed to", "information indicates",
 *   "intelligence suggests", "we understand", "credible allegations", "has been accused of" without
 *   "by", "no evidence that", unowned "allegations that", anonymous plural sourcing: "officials said",
 *   "according to sources"), else `certain`. A named source speaking flatly is certain. Hedges inside a
 *   denied claim belong to the claimant: they are reported in `claim`, not in the denier's certainty.
 *   A noun trigger that is the subject of its clause takes the hedges of its predicate. A speech cue passed
 *   in `cue` hedges when it is a hedging cue ("allege", "claim") of an unnamed speaker or its speaker is an
 *   unnamed plural or anonymous source ("senior officials", "an anonymous source").
 * - **Time**: a time word on a noun trigger ("planned", "future", "planning a ..."); a promise or threat
 *   followed by "to" + verb is dated by its act ("vowed to continue" -> future); else the trigger's verb
 *   group (or the verb a noun trigger hangs on): modal -> future ("may have" -> past), "plans to" / "vowed to" /
 *   "no plan to" -> future, "continues to" -> ongoing, be + -ing and have been + -ing -> ongoing, past
 *   tense and have + participle -> past, simple present -> ongoing except speech verbs (historic present:
 *   past); a noun reached through a preposition or under a speech verb ("denied involvement in the
 *   attack") -> past; then time adverbs in the clause ("ago", "still", "has long"); then a date in the
 *   clause after or before the article date settles a reading that the grammar left open.
 *
 * For callers (the events stage):
 * - The reading is the committing holder's. When the trigger is denied as the content of a claim noun
 *   ("X rejected Y's claims that Z attacked"), `claim` gives the claimant's view (`polarity`, `certainty`):
 *   use it for the row held by Y, and the top-level fields for the row held by X.
 * - A denial or accusation verb is itself asserted (the speech act happened); an act coded at a denial
 *   verb because the sentence names no act ("X denied involvement") is read from the denial's
 *   complement, so pass the complement's head as `trigger.head` or mark the row denied yourself.
 * - `trigger.head` may name the deciding word; without it the first verb of the trigger, else its last
 *   noun, is used.
 *
 * Cost: one pass per sentence (cached per Doc), then a scan of that sentence's operators per trigger
 * (a few µs). `modalityOf(input, lex)` takes another lexicon set from `loadModalityLexicon(dir)`.
 *
 * @example
 * import { modalityOf } from '../modality/index.js';
 * const m = modalityOf({ doc, sentence, trigger: { tokenStart: 7, tokenEnd: 8 } });
 * // "The ministry denied that it had supplied weapons." -> supplied:
 * // { polarity: 'denied', certainty: 'certain', time: 'past', negator: { text: 'denied', ... }, ... }
 */
export { modalityOf } from './modality.js';
export { isDenialCue } from './denial-cue.js';
export { reporterClauseAt } from './clauses.js';
export { loadModalityLexicon, shippedModalityLexicon, type ModalityLexicon } from './lexicon.js';
export type { ClaimView, Modality, ModalityInput, SpeechCue } from './types.js';
