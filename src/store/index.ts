/** Storage behind the ledger: the Store interface, the SQLite adapter, exports, the contract suite. */
export type {
  ActorSummary,
  IngestFailure,
  Page,
  PropositionQuery,
  PutArticleResult,
  QuoteRow,
  SearchHit,
  Store,
  StoredArticle,
} from './store.js';
export { SEARCH_MARKS } from './store.js';
export {
  openSqliteStore,
  SqliteStore,
  migrate,
  MIGRATIONS,
  type SqliteStoreOptions,
} from './sqlite/index.js';
export { resolveDbPath, DEFAULT_DB_FILE } from './db-path.js';
export { ledgerExport, propositionsWithTrails, storedEventRows } from './export.js';
