import type { Migration } from './migration.js';

/**
 * Index only the rows a lookup can find. `entities_code` held every entity, though four in five
 * have no code, and the two speaker indexes every quote: each NULL entry still landed on a random
 * page, so `entities_code` alone was 11 of the ~80 pages an article wrote. A lookup by
 * `code = ?` (or speaker name, or country) implies NOT NULL, so SQLite still uses these.
 */
export const partialIndexes: Migration = {
  version: 5,
  name: 'partial indexes',
  sql: `
DROP INDEX entities_code;
CREATE INDEX entities_code ON entities (code, name) WHERE code IS NOT NULL;
DROP INDEX quotes_speaker_country;
CREATE INDEX quotes_speaker_country ON quotes (speaker_country) WHERE speaker_country IS NOT NULL;
DROP INDEX quotes_speaker_name;
CREATE INDEX quotes_speaker_name ON quotes (speaker_name_lc) WHERE speaker_name_lc IS NOT NULL;
DROP INDEX trail_holder_name;
CREATE INDEX trail_holder_name ON trail_entries (holder_name_lc) WHERE holder_name_lc IS NOT NULL;
`,
};
