import type Database from 'better-sqlite3';
import type { ArticleRecord } from '../../../core/types.js';
import { fingerprint, splitFingerprint, textHash } from '../../../dedup/index.js';
import { dayOf } from '../article-rows.js';
import { LedgerWriter } from '../ledger-writer.js';

/**
 * Store a new article as the writer of schema version 5 did, for migration tests: the whole
 * record (but its text) in `record_json`, a row per entity, quotes and events with ids in
 * insertion order, the search index kept by triggers. The ledger tables have not changed since,
 * so today's `LedgerWriter` links the events.
 *
 * @example
 * migrate(db, MIGRATIONS, 5);
 * db.transaction(() => putAsSchema5(db, article({ id: 'old' })))();
 */
export function putAsSchema5(db: Database.Database, record: ArticleRecord): void {
  const { text: _text, ...rest } = record;
  const [hi, lo] = splitFingerprint(fingerprint(record.text));
  const day = dayOf(record.published);
  const seq = Number(
    db
      .prepare(
        `INSERT INTO articles (id, source, url, published, day, title, text, content_hash, version, duplicate_of, sh_hi,
           sh_lo, pipeline_version, record_json, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, NULL, ?, ?, ?, ?, ?)`,
      )
      .run(
        record.id,
        record.source,
        record.url,
        record.published,
        day,
        record.title,
        record.text,
        textHash(record.text),
        hi,
        lo,
        record.pipeline.version,
        JSON.stringify(rest),
        '2025-01-01T00:00:00.000Z',
      ).lastInsertRowid,
  );
  const entity = db.prepare(
    'INSERT INTO entities (article_seq, local_id, name, type, code, country, role, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const e of record.entities)
    entity.run(seq, e.id, e.name, e.type, e.code, e.country, e.role, e.description);
  const quote = db.prepare(
    `INSERT INTO quotes (article_seq, idx, text, start_offset, end_offset, direct, speaker_name, speaker_name_lc,
       speaker_description, speaker_role, speaker_country, speaker_entity_id, cue_json, attribution, confidence)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  record.quotes.forEach((q, i) => {
    const s = q.speaker;
    quote.run(
      seq,
      i,
      q.text,
      q.start,
      q.end,
      q.direct ? 1 : 0,
      s?.name ?? null,
      s?.name?.toLowerCase() ?? null,
      s?.description ?? null,
      s?.role ?? null,
      s?.country ?? null,
      s?.entityId ?? null,
      q.cue ? JSON.stringify(q.cue) : null,
      q.attribution,
      q.confidence,
    );
  });
  const event = db.prepare(
    `INSERT INTO events (article_seq, idx, category, mode, actor, recipient, object, object_class, quantity, polarity,
       certainty, time, date, holder_name, holder_country, holder_entity_id, evidence_start, evidence_end, evidence_text,
       trigger_text, quote_index, confidence)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const eventIds = record.events.map((e, i) =>
    Number(
      event.run(
        seq,
        i,
        e.category,
        e.mode,
        e.actor.join(','),
        e.recipient.join(','),
        e.object,
        e.objectClass,
        e.quantity,
        e.polarity,
        e.certainty,
        e.time,
        e.date,
        e.holder.name,
        e.holder.country,
        e.holder.entityId,
        e.evidence.start,
        e.evidence.end,
        e.evidence.text,
        e.trigger.text,
        e.quoteIndex,
        e.confidence,
      ).lastInsertRowid,
    ),
  );
  const ledger = new LedgerWriter(db);
  const { touched } = ledger.attach({ seq, id: record.id, day, duplicateOf: null }, record.events, eventIds);
  ledger.recompute(touched);
}
