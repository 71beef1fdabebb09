import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../core/types.js';
import { migrate } from './migrate.js';
import { PipelineTable, sameProvenance } from './pipelines.js';

type Provenance = ArticleRecord['pipeline'];

const provenance = (lexicons: Record<string, string> = { 'triggers.tsv': 'aa11' }): Provenance => ({
  version: '1.4.0',
  components: { clean: '1', events: '3' },
  lexicons,
});

describe('sameProvenance', () => {
  it.each<[string, Provenance, Provenance, boolean]>([
    ['equal objects', provenance(), provenance(), true],
    [
      'keys in another order',
      provenance({ 'a.tsv': '1', 'b.tsv': '2' }),
      provenance({ 'b.tsv': '2', 'a.tsv': '1' }),
      true,
    ],
    ['another lexicon digest', provenance(), provenance({ 'triggers.tsv': 'bb22' }), false],
    ['one more lexicon', provenance(), provenance({ 'triggers.tsv': 'aa11', 'x.tsv': '1' }), false],
    ['another version', provenance(), { ...provenance(), version: '1.5.0' }, false],
    [
      'another stage version',
      provenance(),
      { ...provenance(), components: { clean: '1', events: '4' } },
      false,
    ],
  ])('%s', (_name, a, b, same) => {
    expect(sameProvenance(a, b)).toBe(same);
    expect(sameProvenance(b, a)).toBe(same);
  });
});

describe('PipelineTable', () => {
  it('stores each distinct provenance once and tells changed ones apart', () => {
    const db = new Database(':memory:');
    migrate(db);
    const table = new PipelineTable(db);
    const first = table.idOf(provenance());
    expect(table.idOf(provenance())).toBe(first);
    const changed = table.idOf(provenance({ 'triggers.tsv': 'bb22' }));
    expect(changed).not.toBe(first);
    expect(table.idOf(provenance())).toBe(first);
    expect(table.get(changed).lexicons).toEqual({ 'triggers.tsv': 'bb22' });
    expect(db.prepare('SELECT COUNT(*) FROM pipelines').pluck().get()).toBe(2);
  });

  it('is not fooled by a caller changing the object it passed', () => {
    const db = new Database(':memory:');
    migrate(db);
    const table = new PipelineTable(db);
    const value = provenance();
    const first = table.idOf(value);
    value.lexicons['triggers.tsv'] = 'cc33';
    expect(table.idOf(value)).not.toBe(first);
  });

  it('after forget, finds stored provenances again from the table', () => {
    const db = new Database(':memory:');
    migrate(db);
    const table = new PipelineTable(db);
    const first = table.idOf(provenance());
    table.forget();
    expect(table.idOf(provenance())).toBe(first);
  });
});
