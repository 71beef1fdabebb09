import type { Migration } from './migration.js';

/**
 * The only query that read `entities` looks up the name most articles give an actor code, so
 * the table becomes that count: one row per code and name, kept up to date on write. Each
 * article's entities (with or without a code) stay in its record. The entity rows cost three
 * B-tree pages per article (table, key, code index); a count in a small table costs about one.
 */
export const actorNames: Migration = {
  version: 10,
  name: 'actor names',
  sql: `
CREATE TABLE actor_names (
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  entity_count INTEGER NOT NULL,
  PRIMARY KEY (code, name)
) WITHOUT ROWID;
INSERT INTO actor_names (code, name, entity_count)
  SELECT code, name, COUNT(*) FROM entities WHERE code IS NOT NULL GROUP BY code, name;
DROP TABLE entities;
`,
};
