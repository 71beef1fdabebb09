import type { Migration } from './migration.js';

/**
 * Quotes are found by speaker (a name in any case, or the country code the speaker speaks for)
 * through a full-text index written with the search index's batches (`search-index.ts`) instead
 * of two B-tree indexes written by every article: a quote's speaker name lands on a random page
 * of the name index, so those two indexes were about one and a half of the ten pages each article's
 * commit wrote. The index only finds candidates; the query keeps the quotes whose speaker equals
 * the filter (`read-articles.ts`). Columns only (`detail = column`, no sizes): nothing ranks by it.
 * Quotes already indexed for search are indexed here now; the backlog joins with its batch.
 */
export const speakerSearch: Migration = {
  version: 13,
  name: 'speaker search',
  sql: `
CREATE VIRTUAL TABLE quote_speakers USING fts5 (
  speaker_name_lc, speaker_country, content = 'quotes', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', detail = 'column', columnsize = 0
);
INSERT INTO quote_speakers (quote_speakers, rank) VALUES ('automerge', 16);
INSERT INTO quote_speakers (rowid, speaker_name_lc, speaker_country)
  SELECT id, speaker_name_lc, speaker_country FROM quotes
  WHERE article_seq <= (SELECT article_seq FROM search_progress)
    AND (speaker_name_lc IS NOT NULL OR speaker_country IS NOT NULL);
DROP INDEX quotes_speaker_name;
DROP INDEX quotes_speaker_country;
`,
};
