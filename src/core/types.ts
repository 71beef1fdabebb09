/**
 * The document model's record types: one place for every shape that stages produce,
 * the store keeps and the API serves. Offsets are UTF-16 code-unit indices into
 * `Article.text` (the normalised article text), so `text.slice(start, end)` is the span.
 */

/** A character range into the article text, with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One article as read from any input, before analysis. */
export interface Article {
  /** Stable id: given by the input, else derived from the file name or a content hash. */
  id: string;
  title: string | null;
  /** Normalised (NFC) article text; paragraphs separated by line breaks. */
  text: string;
  /** ISO date (YYYY-MM-DD) or full ISO timestamp, or null when unknown. */
  published: string | null;
  source: string | null;
  url: string | null;
  /** Where the article was read from (file path, `stdin`, `api`), for error messages. */
  origin: string;
  /** Metadata found while reading (byline, dateline, agency, language...). */
  meta: Record<string, string>;
}

export type EntityType = 'country' | 'person' | 'organization' | 'location';

/** How an entity is referred to at one place in the text. */
export type MentionKind =
  'name' | 'alias' | 'abbreviation' | 'demonym' | 'metonym' | 'surname' | 'pronoun' | 'description';

export interface Mention extends Span {
  entityId: string;
  kind: MentionKind;
}

/** One real-world entity of an article, with every mention. */
export interface Entity {
  /** Article-local id, e.g. `e3`. */
  id: string;
  name: string;
  type: EntityType;
  /** ISO 3166-1 alpha-3 for states; short upper-case code for IGOs and groups (NATO, HAMAS). */
  code: string | null;
  /** The state or group a person or organisation acts for. */
  country: string | null;
  /** Role or title ("National Security Council coordinator"). */
  role: string | null;
  /** For unnamed people: the description ("a senior defence official"). */
  description: string | null;
  mentions: Mention[];
}

/** A boilerplate fragment taken out of the story. */
export interface Removed extends Span {
  reason:
    | 'syndication'
    | 'related-headline'
    | 'related-list'
    | 'newsletter'
    | 'advertisement'
    | 'caption'
    | 'credit'
    | 'byline'
    | 'dateline'
    | 'navigation'
    | 'other';
}

/** Who says something: a person, an organisation, a state, or a description. */
export interface Speaker {
  name: string | null;
  description: string | null;
  role: string | null;
  /** State or group code the speaker speaks for. */
  country: string | null;
  entityId: string | null;
}

export interface Quote extends Span {
  /** True for text inside quotation marks, false for reported ("X said that ...") speech. */
  direct: boolean;
  speaker: Speaker | null;
  /** The speech cue ("said", "told reporters", "according to") when one was found. */
  cue: Span | null;
  /** How the speaker was found: `adjacent`, `paragraph`, `previous-paragraph`, `according-to`, ... */
  attribution: string | null;
  confidence: number;
}

export type Polarity = 'asserted' | 'denied';
export type Certainty = 'certain' | 'hedged' | 'possible';
export type EventTime = 'past' | 'ongoing' | 'future';

export const PLOVER_CATEGORIES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type PloverCategory = (typeof PLOVER_CATEGORIES)[number];

/** Who holds a claim; both null means the article's own voice. */
export interface Holder {
  name: string | null;
  country: string | null;
  entityId: string | null;
}

/** One coded event: a proposition as held by one holder with one polarity. */
export interface ClaimEvent {
  category: PloverCategory;
  mode: string | null;
  actor: string[];
  recipient: string[];
  /** Short object phrase ("artillery shells"), or null. */
  object: string | null;
  /** Object class from lexicons/object-classes (ammunition, drones ...), or null. */
  objectClass: string | null;
  /** Quantity phrase ("hundreds of", "a significant number of"), or null. */
  quantity: string | null;
  polarity: Polarity;
  certainty: Certainty;
  time: EventTime | null;
  /** ISO date of the event when the sentence gives one. */
  date: string | null;
  holder: Holder;
  /** The sentence the event was read from. */
  evidence: Span;
  /** The trigger word or phrase. */
  trigger: Span;
  /** Index into the quotes list when the event was read inside a quote. */
  quoteIndex: number | null;
  confidence: number;
  /**
   * True when no sentence of the article names the recipient and the events stage took the actor's
   * usual counterpart in the article instead; the ledger may link the event to the recipient other
   * articles state. Absent when the recipient is stated (or empty).
   */
  recipientGuessed?: true;
}

/** A date expression resolved against the article's date. */
export interface DateMention extends Span {
  /** ISO date (YYYY-MM-DD). */
  date: string;
}

/** The full native record of one analysed article (`--format json`). */
export interface ArticleRecord {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  origin: string;
  meta: Record<string, string>;
  text: string;
  removed: Removed[];
  entities: Entity[];
  quotes: Quote[];
  events: ClaimEvent[];
  dates: DateMention[];
  pipeline: { version: string; components: Record<string, string>; lexicons: Record<string, string> };
}
