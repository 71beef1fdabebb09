import type Database from 'better-sqlite3';
import { SEARCH_MARKS, type Page, type SearchHit } from '../store.js';
import { ftsQuery } from './fts-query.js';
import { paging } from './page.js';

interface Ranked {
  kind: SearchHit['kind'];
  rowid: number;
  rank: number;
}

/**
 * Ranking reads every match, so for a word found in most of the corpus only the newest this
 * many matches (of articles, and of quotes) are ranked: the most relevant recent hits.
 * `total` still counts every match.
 */
export const RANKED_MATCHES = 2000;

/**
 * Full-text search over articles (title weighted 5x) and quotes. Each index returns only its
 * best `offset + limit` rowids, and snippets are made for the page alone: snippet() is the
 * costly part, and common words match most of the corpus.
 */
export class Searcher {
  private readonly s;

  constructor(db: Database.Database) {
    const [open, close] = SEARCH_MARKS;
    this.s = {
      articles: db.prepare(
        `SELECT rowid, bm25(articles_fts, 5.0, 1.0) AS rank FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ?
         ORDER BY rank LIMIT ?`,
      ),
      quotes: db.prepare(
        `SELECT rowid, bm25(quotes_fts) AS rank FROM quotes_fts WHERE quotes_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?`,
      ),
      articleFloor: db.prepare(`SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ${RANKED_MATCHES - 1}`).pluck(),
      quoteFloor: db.prepare(`SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ${RANKED_MATCHES - 1}`).pluck(),
      articleCount: db.prepare('SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck(),
      quoteCount: db.prepare('SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH ?').pluck(),
      // The page's rows are fetched by a rowid range, not `rowid = ?`: with MATCH plus an equality
      // on rowid, SQLite 3.53's FTS5 returned the first match's snippet for every row.
      articleHit: db.prepare(
        `SELECT a.id AS articleId, a.title, snippet(articles_fts, -1, '${open}', '${close}', '…', 16) AS snippet
         FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ? AND articles_fts.rowid BETWEEN ? AND ?`,
      ),
      quoteHit: db.prepare(
        `SELECT a.id AS articleId, a.title, q.idx AS quoteIndex, snippet(quotes_fts, 0, '${open}', '${close}', '…', 16) AS snippet
         FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.seq = q.article_seq
         WHERE quotes_fts MATCH ? AND quotes_fts.rowid BETWEEN ? AND ?`,
      ),
    };
  }

  search(input: string, opts: { limit?: number; offset?: number } = {}): Page<SearchHit> {
    const { limit, offset } = paging(opts);
    const query = ftsQuery(input);
    if (!query) return { items: [], total: 0, limit, offset };
    const top = offset + limit;
    const articleCount = this.s.articleCount.get(query) as number;
    const quoteCount = this.s.quoteCount.get(query) as number;
    const floor = (count: number, s: Database.Statement): number => (count > RANKED_MATCHES ? (s.get(query) as number) : 0);
    const articles = this.s.articles.all(query, floor(articleCount, this.s.articleFloor), top) as { rowid: number; rank: number }[];
    const quotes = this.s.quotes.all(query, floor(quoteCount, this.s.quoteFloor), top) as { rowid: number; rank: number }[];
    const ranked: Ranked[] = [
      ...articles.map((r) => ({ kind: 'article' as const, ...r })),
      ...quotes.map((r) => ({ kind: 'quote' as const, ...r })),
    ].sort((a, b) => a.rank - b.rank || a.rowid - b.rowid);
    const items = ranked.slice(offset, top).map((r): SearchHit => {
      if (r.kind === 'article') {
        const hit = this.s.articleHit.get(query, r.rowid, r.rowid) as { articleId: string; title: string | null; snippet: string };
        return { kind: 'article', ...hit, quoteIndex: null, rank: r.rank };
      }
      const hit = this.s.quoteHit.get(query, r.rowid, r.rowid) as { articleId: string; title: string | null; quoteIndex: number; snippet: string };
      return { kind: 'quote', ...hit, rank: r.rank };
    });
    return { items, total: articleCount + quoteCount, limit, offset };
  }
}
