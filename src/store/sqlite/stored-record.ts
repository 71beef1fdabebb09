import type {
  ArticleRecord,
  ClaimEvent,
  DateMention,
  Entity,
  Mention,
  MentionKind,
  PloverCategory,
  Polarity,
  Certainty,
  EventTime,
  Quote,
  Removed,
} from '../../core/types.js';

/**
 * `articles.record_format`: 1 = `record_json` is the whole record but its text (files written
 * before migration 8); 2 = `record_json` holds only what no table holds ({@link RestOfRecord}),
 * and quotes, events and the pipeline provenance are read from their tables.
 */
export const RECORD_FORMAT = 2;

/** A span as stored: `[start, end]` when its text is the article's text there, else `[start, end, text]`. */
type StoredSpan = [number, number] | [number, number, string];

/** A mention: `[start, end, kind]`, plus `text` and `entityId` when they are not the slice and the entity's id. */
type StoredMention = [number, number, MentionKind] | [number, number, MentionKind, string, string];

type StoredEntity = Omit<Entity, 'mentions'> & { mentions: StoredMention[] };

/** The parts of a record that no table holds (format 2). */
export interface RestOfRecord {
  origin: string;
  meta: Record<string, string>;
  removed: Removed[];
  entities: StoredEntity[];
  dates: [StoredSpan, string][];
  /** Indexes of quotes whose speaker is an object with every field null (the table stores it as no speaker). */
  blankSpeakers?: number[];
}

function storeSpan(text: string, start: number, end: number, spanText: string): StoredSpan {
  return text.slice(start, end) === spanText ? [start, end] : [start, end, spanText];
}

function readSpan(
  text: string,
  [start, end, spanText]: StoredSpan,
): { start: number; end: number; text: string } {
  return { start, end, text: spanText ?? text.slice(start, end) };
}

/**
 * The JSON of what no table holds: entities with their mentions (spans without the text they
 * cover, which the article text gives back), dates, removed debris, origin and meta. About a fifth
 * of the whole record's JSON.
 *
 * @example
 * restOfRecord(record); // '{"origin":"a.txt","meta":{},"removed":[],"entities":[...],"dates":[]}'
 */
export function restOfRecord(record: ArticleRecord): string {
  const { text } = record;
  const entities = record.entities.map((e): StoredEntity => ({
    ...e,
    mentions: e.mentions.map((m): StoredMention =>
      text.slice(m.start, m.end) === m.text && m.entityId === e.id
        ? [m.start, m.end, m.kind]
        : [m.start, m.end, m.kind, m.text, m.entityId],
    ),
  }));
  const rest: RestOfRecord = {
    origin: record.origin,
    meta: record.meta,
    removed: record.removed,
    entities,
    dates: record.dates.map((d) => [storeSpan(text, d.start, d.end, d.text), d.date]),
  };
  const blank = record.quotes.flatMap((q, i) =>
    q.speaker && Object.values(q.speaker).every((v) => v === null) ? [i] : [],
  );
  if (blank.length) rest.blankSpeakers = blank;
  return JSON.stringify(rest);
}

/** The article columns a record is rebuilt from. */
export interface ArticleRecordRow {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  text: string;
  recordJson: string;
}

/** An `events` row as {@link rebuildRecord} reads it. */
export interface EventTableRow {
  category: string;
  mode: string | null;
  actor: string;
  recipient: string;
  object: string | null;
  object_class: string | null;
  quantity: string | null;
  polarity: string;
  certainty: string;
  time: string | null;
  date: string | null;
  holder_name: string | null;
  holder_country: string | null;
  holder_entity_id: string | null;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  quote_index: number | null;
  confidence: number;
  /** 1 for a guessed recipient, NULL for a stated one (and in rows written before migration 14). */
  recipient_guessed: number | null;
}

const codes = (s: string): string[] => (s ? s.split(',') : []);

/** The `events` columns (alias `e`) that {@link toEvent} reads. */
export const EVENT_COLUMNS = `e.category, e.mode, e.actor, e.recipient, e.object, e.object_class, e.quantity, e.polarity, e.certainty,
  e.time, e.date, e.holder_name, e.holder_country, e.holder_entity_id, e.evidence_start, e.evidence_end, e.evidence_text,
  e.trigger_start, e.trigger_end, e.trigger_text, e.quote_index, e.confidence, e.recipient_guessed`;

/** An event as the record holds it, from its row. */
export function toEvent(r: EventTableRow): ClaimEvent {
  return {
    category: r.category as PloverCategory,
    mode: r.mode,
    actor: codes(r.actor),
    recipient: codes(r.recipient),
    object: r.object,
    objectClass: r.object_class,
    quantity: r.quantity,
    polarity: r.polarity as Polarity,
    certainty: r.certainty as Certainty,
    time: r.time as EventTime | null,
    date: r.date,
    holder: { name: r.holder_name, country: r.holder_country, entityId: r.holder_entity_id },
    evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
    trigger: { start: r.trigger_start, end: r.trigger_end, text: r.trigger_text },
    quoteIndex: r.quote_index,
    confidence: r.confidence,
    ...(r.recipient_guessed ? { recipientGuessed: true as const } : {}),
  };
}

/**
 * The whole record of a format-2 article from its row, the rest JSON, its quote and event rows
 * (in index order) and the pipeline provenance. Keys come in the order the pipeline writes them.
 */
export function rebuildRecord(
  row: ArticleRecordRow,
  quotes: Quote[],
  events: EventTableRow[],
  pipeline: ArticleRecord['pipeline'],
): ArticleRecord {
  const { text } = row;
  const rest = JSON.parse(row.recordJson) as RestOfRecord;
  for (const i of rest.blankSpeakers ?? []) {
    const q = quotes[i];
    if (q) q.speaker = { name: null, description: null, role: null, country: null, entityId: null };
  }
  const entities = rest.entities.map((e): Entity => ({
    ...e,
    mentions: e.mentions.map(([start, end, kind, mentionText, entityId]): Mention => ({
      start,
      end,
      text: mentionText ?? text.slice(start, end),
      entityId: entityId ?? e.id,
      kind,
    })),
  }));
  return {
    id: row.id,
    title: row.title,
    published: row.published,
    source: row.source,
    url: row.url,
    origin: rest.origin,
    meta: rest.meta,
    text,
    removed: rest.removed,
    entities,
    quotes,
    events: events.map(toEvent),
    dates: rest.dates.map(([span, date]): DateMention => ({ ...readSpan(text, span), date })),
    pipeline,
  };
}
