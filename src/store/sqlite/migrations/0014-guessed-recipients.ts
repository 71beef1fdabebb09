import type { Migration } from './migration.js';

/**
 * An event whose recipient no sentence names carries the counterpart the events stage guessed, marked
 * as such (`ClaimEvent.recipientGuessed`), so that the ledger can link it to the recipient other
 * articles state. NULL is a stated recipient: rows written before this migration read as stated, as
 * they were linked.
 */
export const guessedRecipients: Migration = {
  version: 14,
  name: 'guessed recipients',
  sql: `
ALTER TABLE events ADD COLUMN recipient_guessed INTEGER;
`,
};
