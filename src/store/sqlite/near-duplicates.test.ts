import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EDITED_COPY, OTHER_STORY, STORY } from '../../dedup/test-helpers/texts.js';
import { article } from '../../core/test-helpers/records.js';
import { FingerprintTable } from './fingerprint-table.js';
import { openSqliteStore } from './sqlite-store.js';

describe('FingerprintTable', () => {
  const found = (t: FingerprintTable, hi: number, lo: number, max: number): [number, number][] => {
    const out: [number, number][] = [];
    t.within(hi, lo, max, (seq, d) => out.push([seq, d]));
    return out;
  };

  it.each([
    ['an exact match is at distance 0', 0xf0f0f0f0, 0x0000ffff, 0, [[1, 0]]],
    ['bits differing in both halves add up', 0xf0f0f0f1, 0x0000fffe, 2, [[1, 2]]],
    ['a fingerprint further than the limit is left out', 0x0f0f0f0f, 0x0000ffff, 12, []],
    ['the top bit of each half counts (unsigned halves)', 0x70f0f0f0, 0x8000ffff, 2, [[1, 2]]],
  ])('%s', (_name, hi, lo, max, expected) => {
    const t = new FingerprintTable();
    t.set(1, 0xf0f0f0f0, 0x0000ffff);
    expect(found(t, hi, lo, max)).toEqual(expected);
  });

  it('a new version replaces the old fingerprint, and the table grows past its first capacity', () => {
    const t = new FingerprintTable();
    for (let seq = 1; seq <= 5000; seq++) t.set(seq, seq, 0);
    t.set(7, 0xffffffff, 0xffffffff);
    expect(found(t, 0xffffffff, 0xffffffff, 0)).toEqual([[7, 0]]);
    expect(found(t, 4999, 0, 0)).toEqual([[4999, 0]]);
    t.clear();
    expect(found(t, 4999, 0, 64)).toEqual([]);
  });
});

describe('near-duplicates across connections and rollbacks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-neardup-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds an original that another connection stored after this one loaded its table', () => {
    const file = join(dir, 'two.db');
    const api = openSqliteStore(file);
    const cli = openSqliteStore(file);
    expect(cli.putArticle(article({ id: 'other', text: OTHER_STORY })).status).toBe('stored');
    expect(api.putArticle(article({ id: 'orig', text: STORY })).status).toBe('stored');
    expect(cli.putArticle(article({ id: 'copy', text: EDITED_COPY }))).toMatchObject({
      status: 'near-duplicate',
      duplicateOf: 'orig',
    });
    api.close();
    cli.close();
  });

  it('forgets the fingerprint of a new version that was rolled back', () => {
    const store = openSqliteStore(':memory:');
    store.putArticle(article({ id: 'orig', text: STORY }));
    // A trigger makes the new version fail after its fingerprint was taken in.
    store.db.exec(
      `CREATE TEMP TRIGGER refuse AFTER INSERT ON actor_names BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );
    const failing = article({ id: 'orig', text: OTHER_STORY });
    failing.entities = [
      {
        id: 'e1',
        name: 'Harbour Board',
        type: 'organization',
        code: 'HBR',
        country: null,
        role: null,
        description: null,
        mentions: [],
      },
    ];
    expect(() => store.putArticle(failing)).toThrow(/refused/);
    store.db.exec('DROP TRIGGER refuse');
    expect(store.putArticle(article({ id: 'copy', text: EDITED_COPY }))).toMatchObject({
      status: 'near-duplicate',
      duplicateOf: 'orig',
    });
    store.close();
  });
});
