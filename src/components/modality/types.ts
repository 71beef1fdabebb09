import type { Doc, Sentence } from '../../core/doc.js';
import type { Certainty, EventTime, Polarity, Span, Speaker } from '../../core/types.js';

/** The speech cue that governs a trigger inside reported speech, as the quotes stage found it. */
export interface SpeechCue {
  /** Lemma or phrase of the cue ("say", "deny", "according to", "claim"). */
  lemma: string;
  /** Doc token index of the cue's head when known; a cue inside the trigger's sentence is read there instead. */
  tokenIndex?: number;
  /** True when the trigger sits in a direct quotation: its own words carry its negation. */
  direct?: boolean;
  /** Who speaks; an unnamed plural source ("officials", "sources") hedges the content. */
  speaker?: Speaker | null;
}

/** What `modalityOf` reads: one event trigger in its sentence. */
export interface ModalityInput {
  doc: Doc;
  sentence: Sentence;
  /** Trigger tokens `[tokenStart, tokenEnd)`; `head` is the word that decides verb or noun reading. */
  trigger: { tokenStart: number; tokenEnd: number; head?: number };
  /** The governing speech cue when the trigger is inside reported speech. */
  cue?: SpeechCue | null;
}

/** How the claimant of a denied claim holds it ("X rejected Y's claims that Z attacked": Y's view). */
export interface ClaimView {
  /** The claim noun ("claims", "allegation", "reports"). */
  noun: Span;
  polarity: Polarity;
  certainty: Certainty;
}

/** The modality of one trigger, from the point of view of the holder who commits to or denies it. */
export interface Modality {
  polarity: Polarity;
  certainty: Certainty;
  /** Past, ongoing or future relative to the article date; null only when the trigger has no tokens. */
  time: EventTime | null;
  /** The negator or denial cue that made the trigger denied. */
  negator: Span | null;
  /** The hedge or modal that lowered certainty. */
  hedge: Span | null;
  /** Set when the trigger is denied as the content of someone's claim: that claimant's view. */
  claim: ClaimView | null;
  /** Short codes of the rules that fired, for debugging and evaluation notes. */
  reasons: string[];
}

/**
 * A word or phrase that changes how a trigger in its scope is read. Token ranges are `[start, end)`
 * doc token indices.
 */
export interface Operator {
  kind: 'negator' | 'denial' | 'hedged' | 'possible' | 'time';
  cueStart: number;
  cueEnd: number;
  scopeStart: number;
  scopeEnd: number;
  /** The lexicon pattern or rule that made the operator, for `reasons`. */
  label: string;
  /** For time operators: the time they give, and how far they reach. */
  time?: EventTime;
  timeScope?: 'complement' | 'clause' | 'np';
  /** For denials of a claim noun ("rejected claims that ..."): the claim noun's token. */
  claim?: number;
}
