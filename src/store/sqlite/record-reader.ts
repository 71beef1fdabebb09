import type Database from 'better-sqlite3';
import type { ArticleRecord } from '../../core/types.js';
import { PipelineTable } from './pipelines.js';
import { articleRows } from './row-keys.js';
import { toQuote, type QuoteTableRow } from './rows.js';
import { rebuildRecord, type ArticleRecordRow, type EventTableRow } from './stored-record.js';

interface StoredRow extends ArticleRecordRow {
  seq: number;
  format: number;
  pipelineId: number | null;
}

const ROW = `SELECT seq, id, title, published, source, url, text, record_json AS recordJson, record_format AS format,
  pipeline_id AS pipelineId FROM articles`;

/**
 * Reads an article's whole record back: from `record_json` alone for files written before
 * migration 8 (format 1), else from the row, the rest JSON, its quote and event rows and its
 * pipeline provenance (format 2, `stored-record.ts`).
 */
export class RecordReader {
  private readonly s;

  constructor(
    db: Database.Database,
    private readonly pipelines: PipelineTable,
  ) {
    this.s = {
      byId: db.prepare(`${ROW} WHERE id = ?`),
      bySeq: db.prepare(`${ROW} WHERE seq = ?`),
      quotes: db.prepare(
        `SELECT text, start_offset, end_offset, direct, speaker_name, speaker_description, speaker_role, speaker_country,
           speaker_entity_id, cue_json, attribution, confidence FROM quotes WHERE id BETWEEN ? AND ? ORDER BY id`,
      ),
      events: db.prepare(
        `SELECT category, mode, actor, recipient, object, object_class, quantity, polarity, certainty, time, date, holder_name,
           holder_country, holder_entity_id, evidence_start, evidence_end, evidence_text, trigger_start, trigger_end,
           trigger_text, quote_index, confidence, recipient_guessed FROM events WHERE id BETWEEN ? AND ? ORDER BY id`,
      ),
    };
  }

  byId(id: string): ArticleRecord | null {
    const row = this.s.byId.get(id) as StoredRow | undefined;
    return row ? this.decode(row) : null;
  }

  bySeq(seq: number): ArticleRecord | null {
    const row = this.s.bySeq.get(seq) as StoredRow | undefined;
    return row ? this.decode(row) : null;
  }

  private decode(row: StoredRow): ArticleRecord {
    if (row.format === 1 || row.pipelineId === null) {
      return { ...(JSON.parse(row.recordJson) as Omit<ArticleRecord, 'text'>), text: row.text };
    }
    const rows = articleRows(row.seq);
    const quotes = (this.s.quotes.all(...rows) as Omit<QuoteTableRow, 'article_id' | 'idx'>[]).map(toQuote);
    const events = this.s.events.all(...rows) as EventTableRow[];
    return rebuildRecord(row, quotes, events, this.pipelines.get(row.pipelineId));
  }
}
