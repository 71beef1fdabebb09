import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

function record(id: string, text: string, quoted: string): ArticleRecord {
  return {
    id,
    title: `Title ${id}`,
    published: '2026-01-01',
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

// Regression: every quote hit showed the first matching quote's snippet (FTS5 with MATCH and rowid = ?).
describe('search snippets belong to their own hit', () => {
  it.each([['quote'], ['article']] as const)('each %s hit shows its own text', (kind) => {
    const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'ct-snip-')), 's.db'));
    const texts = [
      [
        'a1',
        'Harbour officials counted the barges at dawn. “Every barge carried grain to the northern ports,” one said.',
        'Every barge carried grain to the northern ports',
      ],
      [
        'a2',
        'The minister spoke about rivers and barges. “No barge has left the southern docks this week,” he said.',
        'No barge has left the southern docks this week',
      ],
      [
        'a3',
        'Inspectors were sent to the canal. “A single barge was stopped near the lock gates,” a report said.',
        'A single barge was stopped near the lock gates',
      ],
    ] as const;
    for (const [id, text, q] of texts) store.putArticle(record(id, text, q));
    const hits = store.search('barge', { limit: 20 }).items.filter((h) => h.kind === kind);
    expect(hits).toHaveLength(3);
    for (const h of hits) {
      const own = texts.find(([id]) => id === h.articleId)!;
      const plain = h.snippet.replace(/[«»…]/g, '');
      expect(
        (kind === 'quote' ? own[2] : own[1]).includes(plain.trim().split(' ').slice(0, 3).join(' ')),
      ).toBe(true);
    }
    store.close();
  });
});
