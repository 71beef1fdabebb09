import Database from 'better-sqlite3';
import type { ArticleRecord } from '../../core/types.js';
import { ClaimtrailError } from '../../errors.js';
import type { Proposition, TrailEntry } from '../../ledger/index.js';
import type {
  ActorSummary,
  IngestFailure,
  Page,
  PropositionQuery,
  PutArticleResult,
  QuoteRow,
  SearchHit,
  StoredArticle,
  Store,
} from '../store.js';
import { BackgroundCheckpointer, type CheckpointerOptions } from './checkpointer.js';
import { migrate } from './migrate.js';
import type { NearDuplicateOptions } from './near-duplicates.js';
import { ArticleWriter } from './put-article.js';
import { ActorReader } from './read-actor.js';
import { ArticleReader } from './read-articles.js';
import { PropositionReader } from './read-propositions.js';
import { Searcher } from './search.js';

export interface SqliteStoreOptions extends NearDuplicateOptions {
  /**
   * Run WAL checkpoints on a thread of their own (`checkpointer.ts`; default on for a file, never
   * for `:memory:`). `false` leaves them to SQLite's automatic checkpoint on the writer's thread.
   */
  backgroundCheckpoints?: boolean | CheckpointerOptions;
}

/** Turn a driver error into a catalogue error that names the file and what was being done. */
function storeError(
  cause: unknown,
  file: string,
  doing: string,
  details: Record<string, unknown> = {},
): ClaimtrailError {
  if (cause instanceof ClaimtrailError) return cause;
  return new ClaimtrailError(
    'E_STORE',
    `${file}: ${doing} failed: ${(cause as Error).message}`,
    { file, ...details },
    { cause },
  );
}

/** The SQLite adapter of `Store` (better-sqlite3: synchronous, one connection). */
export class SqliteStore implements Store {
  private readonly writer: ArticleWriter;
  private readonly propositions: PropositionReader;
  private readonly actors: ActorReader;
  private readonly articles: ArticleReader;
  private readonly searcher: Searcher;
  private readonly put;
  private readonly catchUp;
  private readonly checkpoints: BackgroundCheckpointer | null;

  constructor(
    readonly db: Database.Database,
    options: SqliteStoreOptions = {},
  ) {
    this.writer = new ArticleWriter(db, options);
    this.propositions = new PropositionReader(db);
    this.actors = new ActorReader(db);
    this.articles = new ArticleReader(db);
    this.searcher = new Searcher(db);
    const background = options.backgroundCheckpoints ?? true;
    this.checkpoints =
      background && !db.memory && !db.readonly
        ? new BackgroundCheckpointer(db.name, typeof background === 'object' ? background : {})
        : null;
    // IMMEDIATE takes the write lock up front, so two writers queue instead of deadlocking.
    const tx = db.transaction((record: ArticleRecord) => this.writer.put(record));
    this.catchUp = db.transaction(() => this.writer.catchUp());
    this.put = (record: ArticleRecord) => {
      try {
        const result = tx.immediate(record);
        this.checkpoints?.committed();
        return result;
      } catch (error) {
        this.writer.rolledBack();
        throw error;
      }
    };
  }

  private guard<T>(doing: string, details: Record<string, unknown>, run: () => T): T {
    try {
      return run();
    } catch (cause) {
      throw storeError(cause, this.db.name, doing, details);
    }
  }

  putArticle(record: ArticleRecord): PutArticleResult {
    return this.guard(`storing article ${record.id}`, { articleId: record.id, origin: record.origin }, () =>
      this.put(record),
    );
  }

  recordFailure(failure: IngestFailure): void {
    this.guard('recording a failure', { origin: failure.origin }, () => this.articles.recordFailure(failure));
  }

  getArticle(id: string): ArticleRecord | null {
    return this.guard(`reading article ${id}`, { articleId: id }, () => this.articles.get(id));
  }

  listArticles(opts: { limit?: number; offset?: number }): Page<StoredArticle> {
    return this.guard('listing articles', opts, () => this.articles.list(opts));
  }

  listPropositions(query: PropositionQuery): Page<Proposition> {
    return this.guard('listing propositions', { ...query }, () => {
      this.catchUpBacklog();
      return this.propositions.list(query);
    });
  }

  getProposition(id: number): Proposition | null {
    return this.guard(`reading proposition ${id}`, { id }, () => {
      this.catchUpBacklog();
      return this.propositions.get(id);
    });
  }

  getTrail(propositionId: number): TrailEntry[] {
    return this.guard(`reading the trail of proposition ${propositionId}`, { propositionId }, () => {
      this.catchUpBacklog();
      return this.propositions.getTrail(propositionId);
    });
  }

  listQuotes(opts: {
    articleId?: string;
    speaker?: string;
    limit?: number;
    offset?: number;
  }): Page<QuoteRow> {
    return this.guard('listing quotes', opts, () => {
      // The speaker filter reads an index written with the search index's batches.
      if (opts.speaker) this.catchUpBacklog();
      return this.articles.quotes(opts);
    });
  }

  actor(code: string): ActorSummary {
    return this.guard(`summarising actor ${code}`, { code }, () => {
      this.catchUpBacklog();
      return this.actors.summary(code);
    });
  }

  search(query: string, opts: { limit?: number; offset?: number } = {}): Page<SearchHit> {
    return this.guard('searching', { query }, () => {
      this.catchUpBacklog();
      return this.searcher.search(query, opts);
    });
  }

  /**
   * Link every stored article into the ledger and make it searchable (`ledger-backlog.ts` and
   * `search-index.ts` work in batches), before a read of either. When another connection holds
   * the write lock, or the file is read-only, the read goes ahead on what is there: the writer
   * catches up with its backlog itself.
   */
  private catchUpBacklog(): void {
    if (!this.writer.hasBacklog()) return;
    try {
      this.catchUp.immediate();
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (!code.startsWith('SQLITE_BUSY') && !code.startsWith('SQLITE_READONLY')) throw error;
    }
  }

  listFailures(): IngestFailure[] {
    return this.guard('listing failures', {}, () => this.articles.failures());
  }

  close(): void {
    if (!this.db.open) return;
    this.guard('linking and indexing the backlog', {}, () => this.catchUpBacklog());
    // Keeps the planner's statistics current (SQLite's advice for long-lived files); cheap when nothing changed.
    this.db.pragma('optimize');
    // The thread's connection closes first, so that this one is the last and removes the WAL.
    this.checkpoints?.stop();
    this.db.close();
  }
}

/**
 * Open (creating if needed) a SQLite ledger file, in WAL mode, migrated to the current schema.
 * `:memory:` gives a private in-memory store.
 *
 * @example
 * const store = openSqliteStore(resolveDbPath(flags.db));
 * store.putArticle(record);
 */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): SqliteStore {
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (cause) {
    throw storeError(cause, file, 'opening the database');
  }
  try {
    // WAL: readers (the API) never block the writer (ingest); NORMAL sync is safe against
    // process crashes in WAL mode and much faster than FULL.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // A 16 MiB page cache holds the index pages an ingest keeps touching (the default 2 MiB re-read
    // them on nearly every insert). A bigger one is slower: when a B-tree split reorders pages,
    // SQLite (3.53) parks one at the lock-byte page number, and the commit then scans the whole
    // cache to drop it, about one commit in nine; at 64 MiB that scan was 8% of storing an article.
    // Checkpoints run on a thread of their own (`checkpointer.ts`) every 64 commits; the writer's
    // own automatic checkpoint, at 32,768 pages (a WAL of up to 128 MiB, deleted on close), is the
    // backstop when that thread cannot run (and the only one with backgroundCheckpoints: false).
    db.pragma('cache_size = -16384');
    db.pragma('wal_autocheckpoint = 32768');
    migrate(db);
    return new SqliteStore(db, options);
  } catch (cause) {
    db.close();
    throw storeError(cause, file, 'preparing the database');
  }
}
