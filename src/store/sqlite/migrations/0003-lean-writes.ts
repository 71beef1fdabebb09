import type { Migration } from './migration.js';

/**
 * Fewer pages written per article. Near-duplicate candidates now come from an in-memory table
 * of fingerprints (`near-duplicates.ts`), so the bucket table, which dirtied 28 random B-tree
 * pages per article, goes. Two trail indexes no query uses any more go too: holder filters read
 * `proposition_tallies`, the actor timeline reads `actor_months`, and a rebuilt tally (new
 * versions only) is served by `trail_day`.
 */
export const leanWrites: Migration = {
  version: 3,
  name: 'lean writes',
  sql: `
DROP TABLE simhash_buckets;
DROP INDEX trail_holder;
DROP INDEX trail_status;
`,
};
