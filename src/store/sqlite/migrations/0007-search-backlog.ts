import type { Migration } from './migration.js';

/**
 * The search index is written in batches instead of by triggers. Each article's commit used to
 * write a new FTS5 segment in both indexes (one per quote in `quotes_fts`: every statement that
 * opened a savepoint flushed the pending terms), and merging those small segments was about half
 * of the cost of storing an article. Now `search_progress` marks the last article indexed (with
 * its quotes, keyed by article since migration 6); those past it are indexed together every few
 * dozen articles and before any search (`search-index.ts`). Everything written before this
 * migration was indexed by the triggers.
 */
export const searchBacklog: Migration = {
  version: 7,
  name: 'search backlog',
  sql: `
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TRIGGER quotes_fts_insert;
DROP TRIGGER quotes_fts_delete;
CREATE TABLE search_progress (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  article_seq INTEGER NOT NULL
);
INSERT INTO search_progress (id, article_seq) VALUES (1, (SELECT COALESCE(MAX(seq), 0) FROM articles));
`,
};
