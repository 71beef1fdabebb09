import type { ArticleRecord } from '../core/types.js';

/** One event as a flat, PLOVER-style record (one row of `export --format csv|jsonl`). */
export interface EventRow {
  event_id: string;
  event_date: string | null;
  event_type: string;
  event_mode: string | null;
  actor: string;
  recipient: string;
  object: string | null;
  object_class: string | null;
  quantity: string | null;
  polarity: string;
  certainty: string;
  event_time: string | null;
  holder_name: string | null;
  holder_country: string | null;
  article_id: string;
  source: string | null;
  url: string | null;
  published: string | null;
  evidence: string;
  evidence_start: number;
  evidence_end: number;
  trigger: string;
  confidence: number;
  pipeline_version: string;
}

/** Column order of CSV exports. */
export const EVENT_COLUMNS: (keyof EventRow)[] = [
  'event_id',
  'event_date',
  'event_type',
  'event_mode',
  'actor',
  'recipient',
  'object',
  'object_class',
  'quantity',
  'polarity',
  'certainty',
  'event_time',
  'holder_name',
  'holder_country',
  'article_id',
  'source',
  'url',
  'published',
  'evidence',
  'evidence_start',
  'evidence_end',
  'trigger',
  'confidence',
  'pipeline_version',
];

/**
 * The events of one article as flat rows; multi-code actor and recipient lists are joined with `;`.
 * The event date is the sentence's own date, else the article's.
 *
 * @example
 * eventRows(record)[0].event_id; // 'dev-001-e0'
 */
export function eventRows(record: ArticleRecord): EventRow[] {
  return record.events.map((e, i) => ({
    event_id: `${record.id}-e${i}`,
    event_date: e.date ?? record.published?.slice(0, 10) ?? null,
    event_type: e.category,
    event_mode: e.mode,
    actor: e.actor.join(';'),
    recipient: e.recipient.join(';'),
    object: e.object,
    object_class: e.objectClass,
    quantity: e.quantity,
    polarity: e.polarity,
    certainty: e.certainty,
    event_time: e.time,
    holder_name: e.holder.name,
    holder_country: e.holder.country,
    article_id: record.id,
    source: record.source,
    url: record.url,
    published: record.published,
    evidence: e.evidence.text,
    evidence_start: e.evidence.start,
    evidence_end: e.evidence.end,
    trigger: e.trigger.text,
    confidence: e.confidence,
    pipeline_version: record.pipeline.version,
  }));
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  // Quote when a cell holds a separator, quote or line break (RFC 4180); a leading = + - @
  // is prefixed with ' so a spreadsheet does not run it as a formula.
  const safe = /^[=+\-@]/.test(s) && typeof value === 'string' ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * CSV lines for event rows (RFC 4180, `\r\n` line ends); `header` adds the column names first.
 *
 * @example
 * toCsvLines(eventRows(record), true).join(''); // 'event_id,event_date,...\r\ndev-001-e0,2022-11-08,...\r\n'
 */
export function toCsvLines(rows: EventRow[], header: boolean): string[] {
  const lines = rows.map((r) => `${EVENT_COLUMNS.map((c) => csvCell(r[c])).join(',')}\r\n`);
  return header ? [`${EVENT_COLUMNS.join(',')}\r\n`, ...lines] : lines;
}

/**
 * JSONL lines for event rows.
 *
 * @example
 * toJsonlLines(eventRows(record))[0]; // '{"event_id":"dev-001-e0",...}\n'
 */
export function toJsonlLines(rows: EventRow[]): string[] {
  return rows.map((r) => `${JSON.stringify(r)}\n`);
}
