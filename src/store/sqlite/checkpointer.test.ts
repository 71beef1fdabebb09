import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { article } from '../../core/test-helpers/records.js';
import { BackgroundCheckpointer } from './checkpointer.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const tempDb = () => join(dir, `c${n++}.db`);

/** A WAL-mode file whose writer never checkpoints by itself. */
function walWriter(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  return db;
}

/** Rows in the database file alone, as a reader would find them without the WAL (0 without the table). */
function rowsInMainFile(file: string, table = 'notes'): number {
  const copy = `${file}.copy`;
  copyFileSync(file, copy);
  rmSync(`${copy}-wal`, { force: true });
  const db = new Database(copy, { readonly: true });
  const exists = db.prepare('SELECT 1 FROM sqlite_schema WHERE name = ?').get(table);
  const count = exists ? (db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number) : 0;
  db.close();
  return count;
}

describe('BackgroundCheckpointer', () => {
  it('starts on the first wake-up and copies committed pages into the database file', async () => {
    const file = tempDb();
    const db = walWriter(file);
    const checkpoints = new BackgroundCheckpointer(file, { every: 5 });
    const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
    for (let i = 0; i < 4; i++) {
      insert.run(`note ${i} `.repeat(200));
      checkpoints.committed();
    }
    expect(checkpoints.running).toBe(false);
    expect(rowsInMainFile(file)).toBe(0);
    insert.run('the fifth note');
    checkpoints.committed();
    await vi.waitFor(() => expect(checkpoints.runs).toBeGreaterThan(0), { timeout: 10_000 });
    expect(rowsInMainFile(file)).toBe(5);
    checkpoints.stop();
    db.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('never blocks the writer: commits go on while the thread checkpoints', async () => {
    const file = tempDb();
    const db = walWriter(file);
    const checkpoints = new BackgroundCheckpointer(file, { every: 1 });
    const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
    for (let i = 0; i < 300; i++) {
      insert.run(`row ${i} `.repeat(100));
      checkpoints.committed();
    }
    await vi.waitFor(() => expect(checkpoints.runs).toBeGreaterThan(0), { timeout: 10_000 });
    checkpoints.stop();
    expect(db.prepare('SELECT COUNT(*) FROM notes').pluck().get()).toBe(300);
    db.close();
    expect(rowsInMainFile(file)).toBe(300);
  });

  it('costs nothing but speed when its thread cannot open the file', () => {
    const file = tempDb();
    const db = walWriter(file);
    const checkpoints = new BackgroundCheckpointer(join(dir, 'missing', 'nowhere.db'), { every: 1 });
    const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
    for (let i = 0; i < 20; i++) {
      insert.run(`row ${i}`);
      checkpoints.committed();
    }
    const started = Date.now();
    checkpoints.stop();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(checkpoints.runs).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM notes').pluck().get()).toBe(20);
    db.close();
  });

  it('stop without a start does nothing', () => {
    const checkpoints = new BackgroundCheckpointer(tempDb());
    checkpoints.committed();
    checkpoints.stop();
    expect(checkpoints.running).toBe(false);
  });
});

describe('a store writing a file', () => {
  it('checkpoints on its thread and leaves no WAL behind when closed', async () => {
    const file = tempDb();
    const store = openSqliteStore(file, { backgroundCheckpoints: { every: 2 } });
    for (let i = 0; i < 6; i++)
      store.putArticle(article({ id: `a${i}`, text: `Story number ${i} about a harbour.` }));
    // The writer's own automatic checkpoint waits for 32,768 pages: rows in the file came from the thread.
    await vi.waitFor(() => expect(rowsInMainFile(file, 'articles')).toBeGreaterThan(0), { timeout: 10_000 });
    store.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    const reopened = openSqliteStore(file);
    expect(reopened.listArticles({}).total).toBe(6);
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
  });
});
