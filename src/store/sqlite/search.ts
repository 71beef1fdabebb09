import type Database from 'better-sqlite3';
import { SEARCH_MARKS, type Page, type SearchHit } from '../store.js';
import { ftsQuery } from './fts-query.js';
import { paging } from './page.js';

interface HitRow {
  rowid: number;
  articleId: string;
  title: string | null;
  snippet: string;
  quoteIndex?: number;
}

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
      articleFloor: db
        .prepare(
          `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ${RANKED_MATCHES - 1}`,
        )
        .pluck(),
      quoteFloor: db
        .prepare(
          `SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ${RANKED_MATCHES - 1}`,
        )
        .pluck(),
      articleCount: db.prepare('SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck(),
      quoteCount: db.prepare('SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH ?').pluck(),
      // A page's rows are read in one pass over the rowid range they span, kept by `+rowid IN`
      // (the `+` keeps the list away from FTS5) and joined CROSS so the FTS table stays the outer
      // loop. A lookup per row by `rowid = ?` returned the first match's snippet for every row
      // (SQLite 3.53) and read the term's whole doclist each time (40 ms per hit for a word in 5%
      // of the articles, 3 s for one in most); a lookup per row by a one-row range was correct
      // but still about 1.5 ms per hit for a common word.
      articleHits: db.prepare(
        `SELECT f.rowid AS rowid, a.id AS articleId, a.title, snippet(articles_fts, -1, '${open}', '${close}', '…', 16) AS snippet
         FROM articles_fts f CROSS JOIN articles a ON a.seq = f.rowid
         WHERE articles_fts MATCH ? AND f.rowid BETWEEN ? AND ? AND +f.rowid IN (SELECT value FROM json_each(?))`,
      ),
      quoteHits: db.prepare(
        `SELECT f.rowid AS rowid, a.id AS articleId, a.title, q.idx AS quoteIndex, snippet(quotes_fts, 0, '${open}', '${close}', '…', 16) AS snippet
         FROM quotes_fts f CROSS JOIN quotes q ON q.id = f.rowid CROSS JOIN articles a ON a.seq = q.article_seq
         WHERE quotes_fts MATCH ? AND f.rowid BETWEEN ? AND ? AND +f.rowid IN (SELECT value FROM json_each(?))`,
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
    const floor = (count: number, s: Database.Statement): number =>
      count > RANKED_MATCHES ? (s.get(query) as number) : 0;
    const articles = this.s.articles.all(query, floor(articleCount, this.s.articleFloor), top) as {
      rowid: number;
      rank: number;
    }[];
    const quotes = this.s.quotes.all(query, floor(quoteCount, this.s.quoteFloor), top) as {
      rowid: number;
      rank: number;
    }[];
    const ranked: Ranked[] = [
      ...articles.map((r) => ({ kind: 'article' as const, ...r })),
      ...quotes.map((r) => ({ kind: 'quote' as const, ...r })),
    ].sort((a, b) => a.rank - b.rank || a.rowid - b.rowid);
    const page = ranked.slice(offset, top);
    const hits = (
      kind: SearchHit['kind'],
      s: Database.Statement,
    ): Map<number, Omit<SearchHit, 'kind' | 'rank'>> => {
      const ids = page.filter((r) => r.kind === kind).map((r) => r.rowid);
      if (!ids.length) return new Map();
      const rows = s.all(query, Math.min(...ids), Math.max(...ids), JSON.stringify(ids)) as HitRow[];
      return new Map(
        rows.map(({ rowid, quoteIndex, ...hit }) => [rowid, { ...hit, quoteIndex: quoteIndex ?? null }]),
      );
    };
    const byKind = { article: hits('article', this.s.articleHits), quote: hits('quote', this.s.quoteHits) };
    const items = page.map((r): SearchHit => ({
      kind: r.kind,
      ...byKind[r.kind].get(r.rowid)!,
      rank: r.rank,
    }));
    return { items, total: articleCount + quoteCount, limit, offset };
  }
}
