import type { Migration } from './migration.js';

/**
 * Nothing read the `mentions` rows (about 40 per long article, a fifth of all rows written) or
 * the index on `articles.duplicate_of`; every mention, with its offsets and text, stays in the
 * article's stored record (`record_json`), which `getArticle` returns.
 */
export const noWriteOnlyRows: Migration = {
  version: 4,
  name: 'no write-only rows',
  sql: `
DROP TABLE mentions;
DROP INDEX articles_duplicate_of;
`,
};
