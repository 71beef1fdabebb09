import type { Migration } from './migration.js';

/**
 * The ledger (trail entries, propositions, their tallies and status, the actor timeline) is
 * derived from stored events in batches, as the search index is since migration 7: each article's
 * transaction writes its own rows, and the articles past `ledger_progress` are linked into the
 * ledger together, every 256 articles and before any read of the ledger (`ledger-backlog.ts`).
 * Linking each article in its own commit rewrote ~8 of the ~16 pages that commit wrote, on
 * proposition, trail and tally indexes that a batch touches once. Everything written before this
 * migration is already in the ledger.
 */
export const ledgerBacklog: Migration = {
  version: 12,
  name: 'ledger backlog',
  sql: `
CREATE TABLE ledger_progress (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  article_seq INTEGER NOT NULL
);
INSERT INTO ledger_progress (id, article_seq) VALUES (1, (SELECT COALESCE(MAX(seq), 0) FROM articles));
`,
};
