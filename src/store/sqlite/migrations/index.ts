import { core } from './0001-core.js';
import { search } from './0002-search.js';
import { leanWrites } from './0003-lean-writes.js';
import { noWriteOnlyRows } from './0004-no-write-only-rows.js';
import { partialIndexes } from './0005-partial-indexes.js';
import { articleKeyedRows } from './0006-article-keyed-rows.js';
import { searchBacklog } from './0007-search-backlog.js';
import { slimRecords } from './0008-slim-records.js';
import { fewerWriteIndexes } from './0009-fewer-write-indexes.js';
import { actorNames } from './0010-actor-names.js';
import { searchAutomerge } from './0011-search-automerge.js';
import { ledgerBacklog } from './0012-ledger-backlog.js';
import { speakerSearch } from './0013-speaker-search.js';
import { guessedRecipients } from './0014-guessed-recipients.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** Every migration, oldest first. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  core,
  search,
  leanWrites,
  noWriteOnlyRows,
  partialIndexes,
  articleKeyedRows,
  searchBacklog,
  slimRecords,
  fewerWriteIndexes,
  actorNames,
  searchAutomerge,
  ledgerBacklog,
  speakerSearch,
  guessedRecipients,
];
