import type Database from 'better-sqlite3';
import type { ArticleRecord } from '../../core/types.js';
import type { IngestFailure, Page, QuoteRow, StoredArticle } from '../store.js';
import { paging } from './page.js';
import { PipelineTable } from './pipelines.js';
import { RecordReader } from './record-reader.js';
import { articleRows } from './row-keys.js';
import { ARTICLE_COLUMNS, FAILURE_COLUMNS, toQuoteRow, type QuoteTableRow } from './rows.js';

const QUOTE_SELECT = `SELECT a.id AS article_id, q.idx, q.text, q.start_offset, q.end_offset, q.direct, q.speaker_name,
  q.speaker_description, q.speaker_role, q.speaker_country, q.speaker_entity_id, q.cue_json, q.attribution, q.confidence
  FROM quotes q JOIN articles a ON a.seq = q.article_seq`;

/** Reads of articles, quotes and ingest failures. */
/**
 * The full-text query that finds every quote whose speaker name or country has each word of
 * `speaker`; null when it has no word (the equality alone decides, over every quote).
 *
 * @example
 * speakerMatch('Ana de la Cruz'); // '{speaker_name_lc speaker_country} : ("ana" AND "de" AND "la" AND "cruz")'
 */
export function speakerMatch(speaker: string): string | null {
  const words = speaker.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words ? `{speaker_name_lc speaker_country} : (${words.map((w) => `"${w}"`).join(' AND ')})` : null;
}

export class ArticleReader {
  private readonly s;
  private readonly records: RecordReader;

  constructor(private readonly db: Database.Database) {
    this.records = new RecordReader(db, new PipelineTable(db));
    this.s = {
      list: db.prepare(
        `SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY day DESC, seq DESC LIMIT ? OFFSET ?`,
      ),
      count: db.prepare('SELECT COUNT(*) FROM articles').pluck(),
      seqOf: db.prepare('SELECT seq FROM articles WHERE id = ?').pluck(),
      failures: db.prepare(`SELECT ${FAILURE_COLUMNS} FROM ingest_failures ORDER BY id`),
      insertFailure: db.prepare(
        'INSERT INTO ingest_failures (origin, article_id, code, message, at) VALUES (?, ?, ?, ?, ?)',
      ),
    };
  }

  get(id: string): ArticleRecord | null {
    return this.records.byId(id);
  }

  list(opts: { limit?: number; offset?: number }): Page<StoredArticle> {
    const { limit, offset } = paging(opts);
    const items = this.s.list.all(limit, offset) as StoredArticle[];
    return { items, total: this.s.count.get() as number, limit, offset };
  }

  quotes(opts: { articleId?: string; speaker?: string; limit?: number; offset?: number }): Page<QuoteRow> {
    const { limit, offset } = paging(opts);
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (opts.articleId) {
      // An article's quotes are one range of ids (`row-keys.ts`); an unknown article has none.
      const seq = this.s.seqOf.get(opts.articleId) as number | undefined;
      conditions.push('q.id BETWEEN ? AND ?');
      params.push(...(seq === undefined ? [1, 0] : articleRows(seq)));
    }
    if (opts.speaker) {
      // A speaker is a name (any case) or the country code the speaker speaks for. The speaker
      // index (`quote_speakers`, full text) finds the quotes whose speaker has every word of it;
      // the equality keeps those whose speaker is exactly it.
      const candidates = speakerMatch(opts.speaker);
      if (candidates) {
        conditions.push('q.id IN (SELECT rowid FROM quote_speakers WHERE quote_speakers MATCH ?)');
        params.push(candidates);
      }
      conditions.push('(q.speaker_name_lc = ? OR q.speaker_country = ?)');
      params.push(opts.speaker.toLowerCase(), opts.speaker.toUpperCase());
    }
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    // One article's quotes in text order; otherwise the newest article's first: the primary key gives both without a sort.
    const order = opts.articleId ? 'q.id' : 'q.id DESC';
    const total = this.db
      .prepare(`SELECT COUNT(*) FROM quotes q ${where}`)
      .pluck()
      .get(...params) as number;
    const rows = this.db
      .prepare(`${QUOTE_SELECT} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as QuoteTableRow[];
    return { items: rows.map(toQuoteRow), total, limit, offset };
  }

  recordFailure(f: IngestFailure): void {
    this.s.insertFailure.run(f.origin, f.articleId, f.code, f.message, f.at);
  }

  failures(): IngestFailure[] {
    return this.s.failures.all() as IngestFailure[];
  }
}
