import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { article } from '../../core/test-helpers/records.js';
import { BACKLOG_BATCH } from './put-article.js';
import { openSqliteStore, type SqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-search-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const tempDb = () => join(dir, `s${n++}.db`);

const backlog = (store: SqliteStore): number =>
  store.db
    .prepare('SELECT (SELECT MAX(seq) FROM articles) - article_seq FROM search_progress')
    .pluck()
    .get() as number;

/** FTS5's own check that each index holds exactly its content table's rows (fails on any drift). */
function expectIndexesMatchContent(store: SqliteStore): void {
  for (const table of ['articles_fts', 'quotes_fts', 'quote_speakers']) {
    expect(() =>
      store.db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`),
    ).not.toThrow();
  }
}

const tagged = (i: number, word: string) =>
  article({ id: `a${i}`, title: `Dispatch ${i}`, quotes: [{ text: `the ${word} spoke at dawn` }] });

describe('search index written in batches', () => {
  it('indexes a batch with the write that fills it, and the rest before a search', () => {
    const store = openSqliteStore(':memory:');
    for (let i = 0; i < BACKLOG_BATCH + 3; i++)
      store.putArticle(tagged(i, i === BACKLOG_BATCH + 2 ? 'lamplighter' : 'sentry'));
    expect(backlog(store)).toBe(3);
    expect(
      store
        .search('lamplighter')
        .items.map((h) => `${h.kind} ${h.articleId}`)
        .sort(),
    ).toEqual([`article a${BACKLOG_BATCH + 2}`, `quote a${BACKLOG_BATCH + 2}`]);
    expect(backlog(store)).toBe(0);
    expect(store.search('sentry').total).toBe(2 * (BACKLOG_BATCH + 2));
    expectIndexesMatchContent(store);
    store.close();
  });

  it("a search on another connection indexes the writer's backlog", () => {
    const file = tempDb();
    const writer = openSqliteStore(file);
    const reader = openSqliteStore(file);
    writer.putArticle(tagged(1, 'lamplighter'));
    expect(reader.search('lamplighter').items.map((h) => h.articleId)).toEqual(['a1', 'a1']);
    writer.putArticle(tagged(2, 'lamplighter'));
    expect(writer.search('lamplighter').total).toBe(4);
    expectIndexesMatchContent(writer);
    reader.close();
    writer.close();
  });

  it('closing indexes the backlog; a file closed without it (a killed writer) catches up on the next search', () => {
    const closed = tempDb();
    const store = openSqliteStore(closed);
    store.putArticle(tagged(1, 'lamplighter'));
    store.close();
    const again = openSqliteStore(closed);
    expect(backlog(again)).toBe(0);
    again.close();

    const killed = tempDb();
    const crashed = openSqliteStore(killed);
    crashed.putArticle(tagged(1, 'lamplighter'));
    crashed.db.close(); // as a SIGKILL would leave it: committed, not indexed
    const reopened = openSqliteStore(killed);
    expect(backlog(reopened)).toBe(1);
    expect(reopened.search('lamplighter').total).toBe(2);
    expectIndexesMatchContent(reopened);
    reopened.close();
  });

  it.each([
    ['indexed', true],
    ['still in the backlog', false],
  ])('a new version of an article %s replaces its text and quotes in the index', (_name, indexed) => {
    const store = openSqliteStore(':memory:');
    store.putArticle(tagged(1, 'lamplighter'));
    store.putArticle(tagged(2, 'sentry'));
    if (indexed) store.search('anything');
    expect(backlog(store)).toBe(indexed ? 0 : 2);
    expect(store.putArticle(tagged(1, 'harbourmaster')).status).toBe('new-version');
    expect(store.search('lamplighter').total).toBe(0);
    expect(
      store
        .search('harbourmaster')
        .items.map((h) => `${h.kind} ${h.articleId}`)
        .sort(),
    ).toEqual(['article a1', 'quote a1']);
    expectIndexesMatchContent(store);
    store.close();
  });

  describe('the speaker filter', () => {
    const said = (id: string, speakers: [name: string | null, country: string | null][]) =>
      article({
        id,
        quotes: speakers.map(([speaker, country], i) => ({
          text: `statement ${i} of ${id}`,
          speaker,
          country,
        })),
      });
    const speakersOf = (store: SqliteStore, speaker: string) =>
      store
        .listQuotes({ speaker, limit: 100 })
        .items.map((q) => `${q.articleId}:${q.speaker?.name ?? '-'}`)
        .sort();

    it('finds exactly the speaker named, indexed or still in the backlog', () => {
      const store = openSqliteStore(':memory:');
      for (let i = 0; i < BACKLOG_BATCH; i++) store.putArticle(said(`a${i}`, [[`Speaker ${i}`, null]]));
      store.putArticle(
        said('b1', [
          ['José Ortega-Lind', 'ESP'],
          ['José Ortega', 'ESP'],
          ['Ortega José', null],
          [null, 'FRA'],
        ]),
      );
      expect(backlog(store)).toBe(1);
      expect(speakersOf(store, 'josé ortega')).toEqual(['b1:José Ortega']);
      expect(backlog(store)).toBe(0);
      expect(speakersOf(store, 'JOSÉ ORTEGA-LIND')).toEqual(['b1:José Ortega-Lind']);
      expect(speakersOf(store, 'Jose Ortega')).toEqual([]);
      expect(speakersOf(store, 'esp')).toEqual(['b1:José Ortega', 'b1:José Ortega-Lind']);
      expect(speakersOf(store, 'fra')).toEqual(['b1:-']);
      expect(speakersOf(store, 'speaker 7')).toEqual(['a7:Speaker 7']);
      expect(store.listQuotes({ speaker: 'speaker' }).total).toBe(0);
      expectIndexesMatchContent(store);
      store.close();
    });

    it('takes a speaker without letters or digits as it is', () => {
      const store = openSqliteStore(':memory:');
      store.putArticle(
        said('a1', [
          ['—', null],
          ['Ann Lee', null],
        ]),
      );
      expect(speakersOf(store, '—')).toEqual(['a1:—']);
      store.close();
    });

    it('follows a new version of an article', () => {
      const store = openSqliteStore(':memory:');
      store.putArticle(said('a1', [['Ann Lee', 'USA']]));
      store.search('anything');
      store.putArticle({ ...said('a1', [['Bo Park', 'KOR']]), text: 'a new text' });
      expect(speakersOf(store, 'ann lee')).toEqual([]);
      expect(speakersOf(store, 'bo park')).toEqual(['a1:Bo Park']);
      expectIndexesMatchContent(store);
      store.close();
    });
  });
});
