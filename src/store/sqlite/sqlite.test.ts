import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runStoreContract } from '../contract.js';
import { resolveDbPath } from '../db-path.js';
import { article } from '../../core/test-helpers/records.js';
import { appliedVersions, migrate } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import { openSqliteStore } from './sqlite-store.js';
import { crashBatch } from './test-helpers/crash-batch.js';
import { putAsSchema5 } from './test-helpers/schema5-writer.js';

runStoreContract('sqlite', () => openSqliteStore(':memory:'));

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const tempDb = () => join(dir, `t${n++}.db`);

describe('opening a file', () => {
  it('uses WAL and records every migration', () => {
    const store = openSqliteStore(tempDb());
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(appliedVersions(store.db)).toEqual(MIGRATIONS.map((m) => m.version));
    store.close();
  });

  it('upgrades a schema-5 file in place: records, quotes, search, trail and actor names read as before', () => {
    const file = tempDb();
    const old = new Database(file);
    expect(migrate(old, MIGRATIONS, 5)).toEqual([1, 2, 3, 4, 5]);
    const first = article({
      id: 'old',
      title: 'Lighthouse report',
      events: [{ holder: 'USA' }, { holder: 'UKR', polarity: 'denied', quoteIndex: 1 }],
      quotes: [
        { text: 'the keeper saw the lamp go dark', speaker: 'Ann Lee', country: 'USA' },
        { text: 'nobody went near the harbour', country: 'UKR' },
      ],
    });
    const second = article({ id: 'other', quotes: [{ text: 'the boat left at noon' }] });
    old.transaction(() => {
      putAsSchema5(old, first);
      putAsSchema5(old, second);
    })();
    old.close();

    const store = openSqliteStore(file);
    expect(appliedVersions(store.db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(store.getArticle('old')).toEqual(first);
    expect(store.getArticle('other')).toEqual(second);
    expect(store.search('lighthouse').items.map((h) => h.articleId)).toEqual(['old']);
    expect(store.search('harbour').items.find((h) => h.kind === 'quote')).toMatchObject({
      articleId: 'old',
      quoteIndex: 1,
    });
    expect(
      store
        .search('noon')
        .items.map((h) => `${h.kind} ${h.articleId}`)
        .sort(),
    ).toEqual(['article other', 'quote other']);
    expect(store.listQuotes({ articleId: 'old' }).items.map((q) => q.index)).toEqual([0, 1]);
    expect(store.listQuotes({ speaker: 'ann lee' }).items.map((q) => q.articleId)).toEqual(['old']);
    const p = store.listPropositions({});
    expect(p.total).toBe(1);
    expect(p.items[0]).toMatchObject({ status: 'contested', assertedCount: 1, deniedCount: 1 });
    expect(store.getTrail(p.items[0]!.id).map((t) => [t.eventIndex, t.polarity, t.evidence.text])).toEqual([
      [0, 'asserted', first.events[0]!.evidence.text],
      [1, 'denied', first.events[1]!.evidence.text],
    ]);
    expect(store.actor('RUS').name).toBe('Ruritania');

    // A new version of an article written by the old schema replaces it everywhere.
    const next = article({ id: 'old', text: 'a second text about the beacon', events: [{ holder: 'GBR' }] });
    expect(store.putArticle(next).status).toBe('new-version');
    expect(store.getArticle('old')).toEqual(next);
    expect(store.search('lighthouse').items).toEqual([]);
    expect(store.search('beacon').items.map((h) => h.articleId)).toEqual(['old']);
    expect(store.listQuotes({ articleId: 'old' }).total).toBe(0);
    expect(store.listPropositions({}).items[0]).toMatchObject({ status: 'alleged', trailCount: 1 });
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    store.close();
    expect(migrate(new Database(file))).toEqual([]);
  });

  it('refuses a file from a newer claimtrail', () => {
    const file = tempDb();
    openSqliteStore(file).close();
    const db = new Database(file);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, ?, ?)').run(
      'future',
      'now',
    );
    db.close();
    expect(() => openSqliteStore(file)).toThrow(expect.objectContaining({ code: 'E_MIGRATION' }));
  });

  it('rolls back a failing migration whole', () => {
    const db = new Database(':memory:');
    const version = MIGRATIONS.length + 1;
    const broken = [
      ...MIGRATIONS,
      { version, name: 'broken', sql: 'CREATE TABLE half (x); SELECT * FROM no_such_table;' },
    ];
    expect(() => migrate(db, broken)).toThrow(
      expect.objectContaining({
        code: 'E_MIGRATION',
        message: expect.stringContaining(`migration ${version} (broken)`),
      }),
    );
    expect(appliedVersions(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
  });

  it('refuses a migration that leaves a foreign key broken', () => {
    const db = new Database(':memory:');
    const version = MIGRATIONS.length + 1;
    const orphan = [
      ...MIGRATIONS,
      { version, name: 'orphan', sql: 'INSERT INTO events_unused_check (x) VALUES (1)' },
    ];
    db.exec('CREATE TABLE events_unused_parent (id INTEGER PRIMARY KEY)');
    db.exec('CREATE TABLE events_unused_check (x REFERENCES events_unused_parent (id))');
    expect(() => migrate(db, orphan)).toThrow(
      expect.objectContaining({
        code: 'E_MIGRATION',
        message: expect.stringContaining('foreign key check failed'),
      }),
    );
    expect(appliedVersions(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('names the file when it cannot be opened', () => {
    expect(() => openSqliteStore(join(dir, 'no', 'such', 'dir', 'x.db'))).toThrow(
      expect.objectContaining({ code: 'E_STORE', message: expect.stringContaining('x.db') }),
    );
  });
});

describe('resolveDbPath', () => {
  it.each([
    ['the flag wins', 'a.db', { CLAIMTRAIL_DB: '/env.db' }, join(process.cwd(), 'a.db')],
    ['then the environment', undefined, { CLAIMTRAIL_DB: '/env.db' }, '/env.db'],
    ['then ./claimtrail.db', undefined, {}, join(process.cwd(), 'claimtrail.db')],
    ['an empty flag counts as none', '', {}, join(process.cwd(), 'claimtrail.db')],
    [':memory: stays', ':memory:', {}, ':memory:'],
  ])('%s', (_name, flag, env, expected) => {
    expect(resolveDbPath(flag, env)).toBe(expected);
  });
});

describe('a crash mid-batch', () => {
  const BATCH = 1200;

  /** Run the child until it has stored `atLeast` articles, then SIGKILL it. */
  function ingestAndKill(file: string, atLeast: number): Promise<number> {
    const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
    const child = spawn(
      process.execPath,
      [
        '--import',
        here('./test-helpers/register-ts.mjs'),
        here('./test-helpers/crash-child.ts'),
        file,
        String(BATCH),
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let stored = 0;
    return new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stored += chunk.toString().split('\n').length - 1;
        if (stored >= atLeast && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', (code, signal) =>
        signal === 'SIGKILL' ? resolve(stored) : reject(new Error(`child ended before the kill: ${code}`)),
      );
    });
  }

  it('leaves only whole articles, and re-ingesting the batch stores the rest with nothing doubled', async () => {
    const file = tempDb();
    const reported = await ingestAndKill(file, 150);
    const store = openSqliteStore(file);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const count = (sql: string) => store.db.prepare(sql).pluck().get() as number;
    const articles = count('SELECT COUNT(*) FROM articles');
    expect(articles).toBeGreaterThanOrEqual(reported);
    expect(articles).toBeLessThan(BATCH);
    // Whole articles only: every stored article has its three events. The ledger holds the
    // articles up to its mark (seqs run from 1), and the first read links the rest.
    expect(count('SELECT COUNT(*) FROM events')).toBe(3 * articles);
    const linked = count('SELECT article_seq FROM ledger_progress');
    expect(linked).toBeLessThanOrEqual(articles);
    expect(count('SELECT COUNT(*) FROM trail_entries')).toBe(3 * linked);
    expect(store.listPropositions({ actor: 'UKR' }).items[0]).toMatchObject({ trailCount: articles });
    expect(count('SELECT COUNT(*) FROM trail_entries')).toBe(3 * articles);
    expect(
      count(
        'SELECT COUNT(*) FROM articles a WHERE (SELECT COUNT(*) FROM events e WHERE e.article_seq = a.seq) <> 3',
      ),
    ).toBe(0);

    const statuses = crashBatch(BATCH).map((r) => store.putArticle(r).status);
    expect(statuses.filter((s) => s === 'duplicate')).toHaveLength(articles);
    expect(statuses.filter((s) => s === 'stored')).toHaveLength(BATCH - articles);
    expect(count('SELECT COUNT(*) FROM articles')).toBe(BATCH);
    expect(store.listPropositions({ actor: 'UKR' }).items[0]).toMatchObject({
      trailCount: BATCH,
      assertedCount: BATCH,
    });
    expect(count('SELECT COUNT(*) FROM trail_entries')).toBe(3 * BATCH);
    store.close();
  }, 120_000);
});
