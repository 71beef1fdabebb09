import type Database from 'better-sqlite3';
import type { ArticleRecord } from '../../core/types.js';

/** `YYYY-MM-DD` of an ISO date or timestamp, or null when it does not start with one. */
export function dayOf(date: string | null): string | null {
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null;
}

/**
 * Writes and deletes the per-article child rows (entities, quotes, events). Mentions are kept only
 * in the record JSON: no query reads them by column.
 * Statements are prepared once per store.
 */
export class ArticleRows {
  private readonly insertEntity;
  private readonly insertQuote;
  private readonly insertEvent;
  private readonly deletes;

  constructor(db: Database.Database) {
    this.insertEntity = db.prepare(
      'INSERT INTO entities (article_seq, local_id, name, type, code, country, role, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertQuote = db.prepare(
      `INSERT INTO quotes (article_seq, idx, text, start_offset, end_offset, direct, speaker_name, speaker_name_lc,
        speaker_description, speaker_role, speaker_country, speaker_entity_id, cue_json, attribution, confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertEvent = db.prepare(
      `INSERT INTO events (article_seq, idx, category, mode, actor, recipient, object, object_class, quantity, polarity,
        certainty, time, date, holder_name, holder_country, holder_entity_id, evidence_start, evidence_end, evidence_text,
        trigger_text, quote_index, confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // Trail entries point at events: the ledger writer detaches them before this runs.
    this.deletes = ['events', 'quotes', 'entities'].map((t) =>
      db.prepare(`DELETE FROM ${t} WHERE article_seq = ?`),
    );
  }

  /** Insert the child rows of one article; returns the event row ids in event order. */
  insert(seq: number, record: ArticleRecord): number[] {
    for (const e of record.entities) {
      this.insertEntity.run(seq, e.id, e.name, e.type, e.code, e.country, e.role, e.description);
    }
    record.quotes.forEach((q, i) => {
      const s = q.speaker;
      this.insertQuote.run(
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
    return record.events.map((e, i) => {
      const info = this.insertEvent.run(
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
      );
      return Number(info.lastInsertRowid);
    });
  }

  /** Delete every child row of one article (before writing a new version). */
  remove(seq: number): void {
    for (const d of this.deletes) d.run(seq);
  }
}
