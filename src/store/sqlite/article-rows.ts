import type Database from 'better-sqlite3';
import type { ArticleRecord, Entity } from '../../core/types.js';
import { ClaimtrailError } from '../../errors.js';
import { ROWS_PER_ARTICLE, articleRows, rowKey } from './row-keys.js';

/** `YYYY-MM-DD` of an ISO date or timestamp, or null when it does not start with one. */
export function dayOf(date: string | null): string | null {
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null;
}

/**
 * Writes and deletes the per-article child rows (quotes, events) and keeps the count of names
 * per actor code (`actor_names`) in step. Entities and their mentions are kept only in the
 * record JSON: no query reads them by column. Statements are prepared once per store.
 */
export class ArticleRows {
  private readonly addName;
  private readonly dropName;
  private readonly insertQuote;
  private readonly insertEvent;
  private readonly deletes;

  constructor(db: Database.Database) {
    this.addName = db.prepare(
      `INSERT INTO actor_names (code, name, entity_count) VALUES (?, ?, 1)
       ON CONFLICT (code, name) DO UPDATE SET entity_count = entity_count + 1`,
    );
    this.dropName = [
      db.prepare('UPDATE actor_names SET entity_count = entity_count - 1 WHERE code = ? AND name = ?'),
      db.prepare('DELETE FROM actor_names WHERE code = ? AND name = ? AND entity_count <= 0'),
    ];
    this.insertQuote = db.prepare(
      `INSERT INTO quotes (id, article_seq, idx, text, start_offset, end_offset, direct, speaker_name, speaker_name_lc,
        speaker_description, speaker_role, speaker_country, speaker_entity_id, cue_json, attribution, confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertEvent = db.prepare(
      `INSERT INTO events (id, article_seq, idx, category, mode, actor, recipient, object, object_class, quantity, polarity,
        certainty, time, date, holder_name, holder_country, holder_entity_id, evidence_start, evidence_end, evidence_text,
        trigger_start, trigger_end, trigger_text, quote_index, confidence, recipient_guessed)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // Trail entries point at events: the ledger writer detaches them before this runs. An article's
    // quotes and events are a range of ids (`row-keys.ts`).
    this.deletes = ['events', 'quotes'].map((t) => db.prepare(`DELETE FROM ${t} WHERE id BETWEEN ? AND ?`));
  }

  /** Insert the child rows of one article; returns the event row ids in event order. */
  insert(seq: number, record: ArticleRecord): number[] {
    const most = Math.max(record.quotes.length, record.events.length);
    if (most > ROWS_PER_ARTICLE) {
      throw new ClaimtrailError(
        'E_STORE',
        `article ${record.id} has ${most} quotes or events; the store keeps at most ${ROWS_PER_ARTICLE}`,
        { articleId: record.id },
      );
    }
    for (const e of record.entities) if (e.code) this.addName.run(e.code, e.name);
    record.quotes.forEach((q, i) => {
      const s = q.speaker;
      this.insertQuote.run(
        rowKey(seq, i),
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
      const id = rowKey(seq, i);
      this.insertEvent.run(
        id,
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
        e.trigger.start,
        e.trigger.end,
        e.trigger.text,
        e.quoteIndex,
        e.confidence,
        e.recipientGuessed ? 1 : null,
      );
      return id;
    });
  }

  /** Delete every child row of one article and uncount its entities (before writing a new version). */
  remove(seq: number, entities: readonly Entity[]): void {
    for (const d of this.deletes) d.run(...articleRows(seq));
    for (const e of entities) if (e.code) for (const s of this.dropName) s.run(e.code, e.name);
  }
}
