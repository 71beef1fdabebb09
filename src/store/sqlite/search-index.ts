import type Database from 'better-sqlite3';
import { articleRows } from './row-keys.js';

/**
 * Keeps the FTS5 indexes (`articles_fts`, `quotes_fts`, and `quote_speakers` for the speaker
 * filter) in step with the articles and their quotes, in batches. `search_progress` holds the last article seq indexed; articles past it
 * (and their quotes, whose ids are keyed by article) are the backlog. A write indexes the
 * backlog once it holds `BACKLOG_BATCH` articles (`put-article.ts`), in that article's
 * transaction; a search and `close` index it first, so a connection always searches everything
 * it stored. A connection
 * reading while another process writes may miss that writer's last few articles until its
 * next batch.
 *
 * Why: FTS5 writes a new segment at every commit (and at every savepoint a statement opens:
 * one per quote when triggers kept the index), so indexing each article in its own transaction
 * cost as much as all its other rows together, most of it in merging those small segments.
 * Each article keeps its own transaction; a kill loses nothing committed, and the backlog is
 * indexed by the next write or search.
 */
export class SearchIndex {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      progress: db.prepare('SELECT article_seq FROM search_progress').pluck(),
      setProgress: db.prepare('UPDATE search_progress SET article_seq = ?'),
      indexArticles: db.prepare(
        'INSERT INTO articles_fts (rowid, title, text) SELECT seq, title, text FROM articles WHERE seq > ? AND seq <= ?',
      ),
      indexQuotes: db.prepare(
        'INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes WHERE id BETWEEN ? AND ?',
      ),
      addArticle: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
      dropArticle: db.prepare(
        `INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)`,
      ),
      dropQuotes: db.prepare(
        `INSERT INTO quotes_fts (quotes_fts, rowid, text) SELECT 'delete', id, text FROM quotes WHERE id BETWEEN ? AND ?`,
      ),
      // Only quotes with a speaker are in `quote_speakers`: a delete must name exactly what was inserted.
      indexSpeakers: db.prepare(
        `INSERT INTO quote_speakers (rowid, speaker_name_lc, speaker_country)
         SELECT id, speaker_name_lc, speaker_country FROM quotes
         WHERE id BETWEEN ? AND ? AND (speaker_name_lc IS NOT NULL OR speaker_country IS NOT NULL)`,
      ),
      dropSpeakers: db.prepare(
        `INSERT INTO quote_speakers (quote_speakers, rowid, speaker_name_lc, speaker_country)
         SELECT 'delete', id, speaker_name_lc, speaker_country FROM quotes
         WHERE id BETWEEN ? AND ? AND (speaker_name_lc IS NOT NULL OR speaker_country IS NOT NULL)`,
      ),
    };
  }

  /** The last article seq indexed. */
  progress(): number {
    return this.s.progress.get() as number;
  }

  /** Index every article (and its quotes) past the progress mark up to `last`. Call inside a write transaction. */
  catchUp(last: number): void {
    const done = this.progress();
    if (last <= done) return;
    this.s.indexArticles.run(done, last);
    const quotes = [articleRows(done + 1)[0], articleRows(last)[1]] as const;
    this.s.indexQuotes.run(...quotes);
    this.s.indexSpeakers.run(...quotes);
    this.s.setProgress.run(last);
  }

  /**
   * Before an article's text and quotes are replaced (a new version): take them out of the
   * index if they are in it. `title` and `text` are the old values (FTS5 needs them to delete).
   */
  beforeRewrite(seq: number, title: string | null, text: string): void {
    if (seq > this.progress()) return;
    this.s.dropArticle.run(seq, title, text);
    this.s.dropQuotes.run(...articleRows(seq));
    this.s.dropSpeakers.run(...articleRows(seq));
  }

  /** After a new version's rows are written: index them at once if the article was indexed before. */
  afterRewrite(seq: number, title: string | null, text: string): void {
    if (seq > this.progress()) return;
    this.s.addArticle.run(seq, title, text);
    this.s.indexQuotes.run(...articleRows(seq));
    this.s.indexSpeakers.run(...articleRows(seq));
  }
}
