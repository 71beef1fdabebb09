import type Database from 'better-sqlite3';
import { ClaimtrailError } from '../../errors.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';

/** The schema versions a database file has had applied. */
export function appliedVersions(db: Database.Database): number[] {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  return db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all() as number[];
}

/**
 * Bring a database up to date: apply, in order and each in its own transaction, the migrations
 * it lacks (up to `upTo`, which tests use to make an older file). A file written by a newer
 * claimtrail is refused rather than half-understood.
 *
 * @example
 * migrate(db); // [1, 2] on a new file, [] on an up-to-date one
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
  upTo = Infinity,
): number[] {
  const applied = new Set(appliedVersions(db));
  const known = Math.max(0, ...migrations.map((m) => m.version));
  const newest = Math.max(0, ...applied);
  if (newest > known) {
    throw new ClaimtrailError(
      'E_MIGRATION',
      `database schema version ${newest} is newer than this claimtrail knows (${known})`,
      {
        file: db.name,
        version: newest,
      },
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const done: number[] = [];
  // A migration may rebuild a table that others reference (SQLite's "make other kinds of table
  // schema changes" procedure), which needs foreign keys off; they are checked when all have run.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(m.version) || m.version > upTo) continue;
      try {
        db.transaction(() => {
          db.exec(m.sql);
          const broken = db.pragma('foreign_key_check') as { table: string }[];
          if (broken.length) throw new Error(`foreign key check failed in table ${broken[0]!.table}`);
          record.run(m.version, m.name, new Date().toISOString());
        }).immediate();
      } catch (cause) {
        throw new ClaimtrailError(
          'E_MIGRATION',
          `migration ${m.version} (${m.name}) failed on ${db.name}: ${(cause as Error).message}`,
          {
            file: db.name,
            version: m.version,
          },
          { cause },
        );
      }
      done.push(m.version);
    }
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return done;
}
