import { describe, expect, it } from 'vitest';
import { article } from '../../core/test-helpers/records.js';
import type { ArticleRecord } from '../../core/types.js';
import { openSqliteStore } from './sqlite-store.js';
import { rebuildRecord, restOfRecord, type RestOfRecord } from './stored-record.js';

/** A record with every part the stored form treats specially. */
function unusual(): ArticleRecord {
  const r = article({ id: 'u1', quotes: [{ text: 'the tide was late', speaker: 'Ann Lee' }] });
  const [entity] = r.entities;
  entity!.mentions.push(
    // a mention whose text is not the slice (a normalised form) and one of another entity
    { start: 4, end: 9, text: 'Ruritania', entityId: 'e0', kind: 'alias' },
    { start: 10, end: 12, text: r.text.slice(10, 12), entityId: 'e7', kind: 'pronoun' },
  );
  r.dates = [
    { start: 0, end: 5, text: r.text.slice(0, 5), date: '2024-01-02' },
    { start: 6, end: 9, text: 'Monday', date: '2024-01-01' },
  ];
  r.removed = [{ start: 0, end: 3, text: 'READ MORE', reason: 'newsletter' }];
  r.meta = { byline: 'Staff' };
  r.quotes[0]!.speaker = { name: null, description: null, role: null, country: null, entityId: null };
  r.quotes[0]!.cue = { start: 0, end: 4, text: 'said' };
  r.pipeline = { version: '9.9', components: { clean: '2' }, lexicons: { 'a.tsv': 'abc' } };
  return r;
}

describe('the stored form of a record', () => {
  it('keeps span texts only where the article text does not give them back', () => {
    const rest = JSON.parse(restOfRecord(unusual())) as RestOfRecord;
    expect(rest.entities[0]!.mentions).toEqual([
      [0, 3, 'name'],
      [4, 9, 'alias', 'Ruritania', 'e0'],
      [10, 12, 'pronoun', expect.any(String), 'e7'],
    ]);
    expect(rest.dates).toEqual([
      [[0, 5], '2024-01-02'],
      [[6, 9, 'Monday'], '2024-01-01'],
    ]);
    expect(rest.blankSpeakers).toEqual([0]);
    expect(rest).not.toHaveProperty('quotes');
    expect(rest).not.toHaveProperty('pipeline');
  });

  it('rebuilds the record from its row, the rest and the table rows, keys in pipeline order', () => {
    const r = unusual();
    const { id, title, published, source, url, text } = r;
    const quotes = r.quotes.map((q) => ({ ...q, speaker: null }));
    const back = rebuildRecord(
      { id, title, published, source, url, text, recordJson: restOfRecord(r) },
      quotes,
      [],
      r.pipeline,
    );
    expect(back).toEqual({ ...r, events: [] });
    expect(Object.keys(back)).toEqual(Object.keys(r));
  });

  it('round-trips through the store, and keeps one provenance row per distinct pipeline', () => {
    const store = openSqliteStore(':memory:');
    const r = unusual();
    store.putArticle(r);
    for (let i = 0; i < 3; i++) store.putArticle(article({ id: `p${i}` }));
    expect(store.getArticle('u1')).toEqual(r);
    expect(store.db.prepare('SELECT COUNT(*) FROM pipelines').pluck().get()).toBe(2);
    store.close();
  });

  it('a superseded version is kept whole in article_versions', () => {
    const store = openSqliteStore(':memory:');
    const first = unusual();
    store.putArticle(first);
    store.putArticle({ ...unusual(), text: `${first.text} Corrected.` });
    const kept = store.db.prepare('SELECT text, record_json FROM article_versions').get() as {
      text: string;
      record_json: string;
    };
    expect({ ...(JSON.parse(kept.record_json) as object), text: kept.text }).toEqual(first);
    store.close();
  });
});
