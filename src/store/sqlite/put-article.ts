import type Database from 'better-sqlite3';
import type { ArticleRecord } from '../../core/types.js';
import { fingerprint, splitFingerprint, textHash } from '../../dedup/index.js';
import type { PutArticleResult } from '../store.js';
import { ArticleRows, dayOf } from './article-rows.js';
import { LedgerBacklog } from './ledger-backlog.js';
import { LedgerWriter } from './ledger-writer.js';
import { NearDuplicateFinder, type NearDuplicateOptions } from './near-duplicates.js';
import { PipelineTable } from './pipelines.js';
import { RecordReader } from './record-reader.js';
import { SearchIndex } from './search-index.js';
import { RECORD_FORMAT, restOfRecord } from './stored-record.js';

/**
 * How many stored articles may wait for the ledger and the search index (`ledger-backlog.ts`,
 * `search-index.ts`) before a write links and indexes them, in its own transaction.
 */
export const BACKLOG_BATCH = 256;

interface ExistingArticle {
  seq: number;
  id: string;
  title: string | null;
  contentHash: string;
  version: number;
  text: string;
  ingestedAt: string;
}

/** How many of an article's events the ledger links: those with an actor or a recipient (`LedgerWriter.attach`). */
function trailEntries(record: ArticleRecord): number {
  return record.events.filter((e) => e.actor.length > 0 || e.recipient.length > 0).length;
}

/** A whole record without its text, as `article_versions` keeps a superseded version. */
function wholeRecordJson(record: ArticleRecord): string {
  const { text: _text, ...rest } = record;
  return JSON.stringify(rest);
}

/**
 * The write path of `putArticle`, run inside one transaction by the store:
 * - same id (or, failing that, same URL) and same text hash: `duplicate`, nothing written;
 * - same id or URL, other text: `new-version`; the row is updated in place, the old record is kept
 *   in `article_versions`, and its trail entries are removed, so the ledger reflects each
 *   article's current text only;
 * - another article with the same text hash, or a near-duplicate found by SimHash: stored with
 *   `duplicate_of` set (`near-duplicate`); its trail entries are kept but not counted twice;
 * - otherwise `stored`.
 */
export class ArticleWriter {
  private readonly rows: ArticleRows;
  private readonly ledger: LedgerWriter;
  private readonly ledgerBacklog: LedgerBacklog;
  private readonly nearDuplicates: NearDuplicateFinder;
  private readonly searchIndex: SearchIndex;
  private readonly pipelines: PipelineTable;
  private readonly records: RecordReader;
  private readonly s;

  constructor(db: Database.Database, options: NearDuplicateOptions = {}) {
    this.rows = new ArticleRows(db);
    this.pipelines = new PipelineTable(db);
    this.records = new RecordReader(db, this.pipelines);
    this.searchIndex = new SearchIndex(db);
    this.ledger = new LedgerWriter(db);
    this.ledgerBacklog = new LedgerBacklog(db, this.ledger);
    this.nearDuplicates = new NearDuplicateFinder(db, options);
    const existing = `SELECT seq, id, title, content_hash AS contentHash, version, text, ingested_at AS ingestedAt FROM articles`;
    this.s = {
      byId: db.prepare(`${existing} WHERE id = ?`),
      byUrl: db.prepare(`${existing} WHERE url = ? ORDER BY seq LIMIT 1`),
      insert: db.prepare(
        `INSERT INTO articles (id, source, url, published, day, title, text, content_hash, version, duplicate_of, sh_hi, sh_lo,
          pipeline_version, record_json, record_format, pipeline_id, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, NULL, ?, ?, ?, ?, ${RECORD_FORMAT}, ?, ?)`,
      ),
      update: db.prepare(
        `UPDATE articles SET id = ?, source = ?, url = ?, published = ?, day = ?, title = ?, text = ?, content_hash = ?,
          version = ?, duplicate_of = NULL, sh_hi = ?, sh_lo = ?, pipeline_version = ?, record_json = ?, record_format = ${RECORD_FORMAT}, pipeline_id = ?,
          ingested_at = ? WHERE seq = ?`,
      ),
      archive: db.prepare(
        `INSERT INTO article_versions (article_seq, version, id, content_hash, text, record_json, ingested_at, superseded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      duplicateOf: db.prepare('UPDATE articles SET duplicate_of = ? WHERE seq = ?'),
      lastArticle: db.prepare('SELECT COALESCE(MAX(seq), 0) FROM articles').pluck(),
    };
  }

  /** After a rolled-back `put`: in-memory state may describe rows that were never committed. */
  rolledBack(): void {
    this.nearDuplicates.invalidate();
    this.pipelines.forget();
  }

  /** Whether some stored article is not yet in the ledger or not yet searchable. */
  hasBacklog(): boolean {
    const last = this.s.lastArticle.get() as number;
    return last > this.ledgerBacklog.progress() || last > this.searchIndex.progress();
  }

  /** Link every stored article into the ledger and index it for search. Call inside a write transaction. */
  catchUp(): void {
    const last = this.s.lastArticle.get() as number;
    this.ledgerBacklog.catchUp(last);
    this.searchIndex.catchUp(last);
  }

  put(record: ArticleRecord): PutArticleResult {
    const hash = textHash(record.text);
    const existing = (this.s.byId.get(record.id) ??
      (record.url ? this.s.byUrl.get(record.url) : undefined)) as ExistingArticle | undefined;
    if (existing?.contentHash === hash) {
      return { status: 'duplicate', articleId: record.id, duplicateOf: existing.id, trailEntries: 0 };
    }
    const fp = fingerprint(record.text);
    const [hi, lo] = splitFingerprint(fp);
    const now = new Date().toISOString();
    const day = dayOf(record.published);
    const fields = [
      record.source,
      record.url,
      record.published,
      day,
      record.title,
      record.text,
      hash,
    ] as const;
    let seq: number;
    let touched = new Set<number>();
    // A new article is always past the ledger's mark; a new version may be behind it.
    const linked = existing ? this.ledgerBacklog.linked(existing.seq) : false;
    if (existing) {
      seq = existing.seq;
      const old = this.records.bySeq(seq)!;
      this.s.archive.run(
        seq,
        existing.version,
        existing.id,
        existing.contentHash,
        existing.text,
        wholeRecordJson(old),
        existing.ingestedAt,
        now,
      );
      // An article still in the backlog has no trail entries yet: the batch links its new events.
      if (linked) touched = this.ledger.detach(seq);
      this.searchIndex.beforeRewrite(seq, existing.title, existing.text);
      this.rows.remove(seq, old.entities);
      this.s.update.run(
        record.id,
        ...fields,
        existing.version + 1,
        hi,
        lo,
        record.pipeline.version,
        restOfRecord(record),
        this.pipelines.idOf(record.pipeline),
        now,
        seq,
      );
    } else {
      const info = this.s.insert.run(
        record.id,
        ...fields,
        hi,
        lo,
        record.pipeline.version,
        restOfRecord(record),
        this.pipelines.idOf(record.pipeline),
        now,
      );
      seq = Number(info.lastInsertRowid);
    }
    // An exact copy is a near-duplicate at distance 0 with resemblance 1.
    const duplicateOf = this.nearDuplicates.find(record.text, hi, lo, seq);
    if (duplicateOf) this.s.duplicateOf.run(duplicateOf, seq);
    this.nearDuplicates.remember(seq, hi, lo);
    const eventIds = this.rows.insert(seq, record);
    if (linked) {
      const attached = this.ledger.attach({ seq, id: record.id, day, duplicateOf }, record.events, eventIds);
      for (const id of attached.touched) touched.add(id);
      this.ledger.recompute(touched);
    }
    if (existing) this.searchIndex.afterRewrite(seq, record.title, record.text);
    // The ledger and search backlogs grow together (a new article joins both): one batch serves both.
    if (seq - Math.min(this.ledgerBacklog.progress(), this.searchIndex.progress()) >= BACKLOG_BATCH)
      this.catchUp();
    const status = existing ? 'new-version' : duplicateOf ? 'near-duplicate' : 'stored';
    return { status, articleId: record.id, duplicateOf, trailEntries: trailEntries(record) };
  }
}
