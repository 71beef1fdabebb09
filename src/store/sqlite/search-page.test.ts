import { describe, expect, it } from 'vitest';
import type { ArticleRecord, Quote } from '../../core/types.js';
import { openSqliteStore } from './index.js';

const quote = (text: string, start: number): Quote => ({
  start,
  end: start + text.length,
  text,
  direct: true,
  speaker: null,
  cue: null,
  attribution: null,
  confidence: 1,
});

function record(n: number): ArticleRecord {
  const quoted = `The ferry ${n} will sail to the island at noon`;
  const text = `Port notes number ${n}. The ferry crews met again on day ${n}. “${quoted},” a clerk said. Weather stayed calm.`;
  return {
    id: `p${n}`,
    title: n % 3 ? `Ferry timetable ${n}` : `Harbour notice ${n}`,
    published: '2026-02-01',
    source: 'test',
    url: null,
    origin: 'test',
    meta: {},
    text,
    removed: [],
    entities: [],
    quotes: [quote(quoted, text.indexOf(quoted))],
    events: [],
    dates: [],
    pipeline: { version: '0', components: {}, lexicons: {} },
  };
}

// A page's hits are read in one pass per index (rows spread over a rowid range, articles and quotes mixed).
describe('a search page read in one pass per index', () => {
  const store = openSqliteStore(':memory:');
  for (let n = 1; n <= 12; n++) store.putArticle(record(n));
  const all = store.search('ferry', { limit: 50 }).items;

  it('finds every article and every quote, each snippet its own', () => {
    expect(all).toHaveLength(24);
    for (const h of all) {
      const n = h.articleId.slice(1);
      expect(h.snippet).toContain('«ferry»');
      expect(h.snippet).toContain(n);
      expect(h.quoteIndex).toBe(h.kind === 'quote' ? 0 : null);
    }
  });

  it.each([
    ['the first page', 0, 5],
    ['a middle page', 7, 6],
    ['the last, short page', 20, 10],
  ])('%s is the same slice of the full ranking', (_name, offset, limit) => {
    const page = store.search('ferry', { limit, offset });
    expect(page.items).toEqual(all.slice(offset, offset + limit));
    expect(page.total).toBe(24);
  });
});
