import type { Migration } from './migration.js';

/**
 * Fewer index pages written per article: each index an article touches costs a 4 KiB page in
 * the commit's WAL writes (the proposition indexes alone were about six pages of an article's 20):
 * - the sort and filter indexes on `propositions` other than the default overview order: with a
 *   few thousand propositions, a scan and a sort of them takes a few milliseconds, and each
 *   article's statement moved `last_seen` or `trail_count` in all of them;
 * - `trail_day`: a proposition's trail is found through `trail_count_key` and sorted;
 * - `trail_by_day`: a date window (`since` and `until`) scans the trail entries;
 * - `articles_hash`: an exact copy is found by the in-memory fingerprint scan (distance 0,
 *   resemblance 1), as every near copy is;
 * - `articles_url` keeps only rows that have a URL.
 */
export const fewerWriteIndexes: Migration = {
  version: 9,
  name: 'fewer write indexes',
  sql: `
DROP INDEX propositions_newest;
DROP INDEX propositions_oldest;
DROP INDEX propositions_most;
DROP INDEX propositions_category;
DROP INDEX propositions_object_class;
DROP INDEX propositions_status;
DROP INDEX trail_day;
DROP INDEX trail_by_day;
DROP INDEX articles_hash;
DROP INDEX articles_url;
CREATE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
`,
};
