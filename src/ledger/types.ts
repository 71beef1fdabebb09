import type { Certainty, EventTime, Holder, PloverCategory, Polarity } from '../core/types.js';

/** The status of a proposition, recomputed from its trail as articles arrive. */
export type PropositionStatus = 'alleged' | 'denied' | 'contested' | 'confirmed';

/**
 * What makes two statements "about the same thing":
 * category + mode + sorted actor set + sorted recipient set + object class.
 * Serialised as `AID|military|PRK|RUS|ammunition` (empty sets and nulls as `-`).
 */
export type PropositionKey = string;

/** One statement of a proposition, from one article, by one holder. */
export interface TrailEntry {
  id: number;
  propositionId: number;
  articleId: string;
  /** The article's published date (ISO), or null. */
  date: string | null;
  holder: Holder;
  polarity: Polarity;
  certainty: Certainty;
  time: EventTime | null;
  /** The quote or sentence the statement was read from, with offsets into the article's clean text. */
  evidence: { start: number; end: number; text: string };
  /** Set when this entry comes from an article that is a near-duplicate of another; not counted twice. */
  duplicateOf: string | null;
  /** Index of the event in its article's record. */
  eventIndex: number;
}

export interface Proposition {
  id: number;
  key: PropositionKey;
  category: PloverCategory;
  mode: string | null;
  actor: string[];
  recipient: string[];
  objectClass: string | null;
  /** A readable object phrase taken from the trail ("artillery shells"). */
  object: string | null;
  status: PropositionStatus;
  /** One line saying why the status is what it is. */
  statusNote: string;
  /** Extra notes such as `partially admitted`. */
  notes: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  assertedCount: number;
  deniedCount: number;
  trailCount: number;
}
