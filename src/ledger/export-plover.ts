import type { ArticleRecord } from '../core/types.js';

/** One event in PLOVER's JSON record layout (PLOVER manual, "PLOVER JSON" table), with claimtrail's extras. */
export interface PloverRecord {
  id: string;
  date: string | null;
  actor: { code: string }[];
  recipient: { code: string }[];
  event: string[];
  mode: string[];
  context: string[];
  event_text: string[];
  text: string;
  cite_info: {
    article_id: string;
    source: string | null;
    url: string | null;
    published: string | null;
    start: number;
    end: number;
  };
  coder: string;
  comment: string | null;
  claimtrail: {
    polarity: string;
    certainty: string;
    time: string | null;
    holder: { name: string | null; country: string | null };
    object: string | null;
  };
}

/**
 * The events of one article as PLOVER JSON records (one per line in `export --format plover`).
 * Polarity, certainty and holder, which PLOVER has no field for, sit under `claimtrail`;
 * a denied event also carries PLOVER's auxiliary context `negation`.
 *
 * @example
 * ploverRecords(record)[0].event; // ['AID']
 */
export function ploverRecords(record: ArticleRecord): PloverRecord[] {
  return record.events.map((e, i) => ({
    id: `${record.id}-e${i}`,
    date: e.date ?? record.published?.slice(0, 10) ?? null,
    actor: e.actor.map((code) => ({ code })),
    recipient: e.recipient.map((code) => ({ code })),
    event: [e.category],
    mode: e.mode ? [e.mode] : [],
    context: [
      ...(e.polarity === 'denied' ? ['negation'] : []),
      ...(e.time === 'future' ? ['future'] : []),
      ...(e.certainty === 'possible' ? ['hypothetical'] : []),
    ],
    event_text: [e.trigger.text],
    text: e.evidence.text,
    cite_info: {
      article_id: record.id,
      source: record.source,
      url: record.url,
      published: record.published,
      start: e.evidence.start,
      end: e.evidence.end,
    },
    coder: `claimtrail ${record.pipeline.version}`,
    comment: null,
    claimtrail: {
      polarity: e.polarity,
      certainty: e.certainty,
      time: e.time,
      holder: { name: e.holder.name, country: e.holder.country },
      object: e.object,
    },
  }));
}
