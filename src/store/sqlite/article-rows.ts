import type Database from 'better-sqlite3';
import type { ArticleRecord } from '../../core/types.js';
import { ClaimtrailError } from '../../errors.js';
import { ROWS_PER_ARTICLE, articleRows, rowKey } from './row-keys.js';

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
  private readonly deleteRows;
  private readonly deleteEntities;

  constructor(db: Database.Database) {
    this.insertEntity = db.prepare(
      'INSERT INTO entities (article_seq, local_id, name, type, code, country, role, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertQuote = db.prepare(
      `INSERT INTO quotes (id, article_seq, idx, text, start_offset, end_offset, direct, speaker_name, speaker_name_lc,
        speaker_description, speaker_role, speaker_country, speaker_entity_id, cue_json, attribution, confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertEvent = db.prepare(
      `INSERT INTO events (id, article_seq, idx, category, mode, actor, recipient, object, object_class, quantity, polarity,
        certainty, time, date, holder_name, holder_country, holder_entity_id, evidence_start, evidence_end, evidence_text,
        trigger_start, trigger_end, trigger_text, quote_index, confidence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // Trail entries point at events: the ledger writer detaches them before this runs. An article's
    // quotes and events are a range of ids (`row-keys.ts`).
    this.deleteRows = ['events', 'quotes'].map((t) =>
      db.prepare(`DELETE FROM ${t} WHERE id BETWEEN ? AND ?`),
    );
    this.deleteEntities = db.prepare('DELETE FROM entities WHERE article_seq = ?');
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
    for (const e of record.entities) {
      this.insertEntity.run(seq, e.id, e.name, e.type, e.code, e.country, e.role, e.description);
    }
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
      );
      return id;
    });
  }

  /** Delete every child row of one article (before writing a new version). */
  remove(seq: number): void {
    for (const d of this.deleteRows) d.run(...articleRows(seq));
    this.deleteEntities.run(seq);
  }
}
