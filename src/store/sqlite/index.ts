/** The SQLite adapter: better-sqlite3, WAL, versioned migrations, FTS5 search. */
export { openSqliteStore, SqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
export { migrate, appliedVersions } from './migrate.js';
export { MIGRATIONS, type Migration } from './migrations/index.js';
export { ftsQuery } from './fts-query.js';
