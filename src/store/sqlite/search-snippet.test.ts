import { describe, expect, it } from 'vitest';
import { article } from '../../core/test-helpers/records.js';
import { openSqliteStore } from './index.js';

// Regression: every quote hit showed the first matching quote's snippet (FTS5 with MATCH and rowid = ?).
describe('search snippets belong to their own hit', () => {
  const records = [
    article({
      id: 'a1',
      text: 'Harbour officials counted the barges at dawn.',
      quotes: [{ text: 'Every barge carried grain to the northern ports' }],
    }),
    article({
      id: 'a2',
      text: 'The minister spoke about rivers and barges.',
      quotes: [{ text: 'No barge has left the southern docks this week' }],
    }),
    article({
      id: 'a3',
      text: 'Inspectors were sent to the canal.',
      quotes: [{ text: 'A single barge was stopped near the lock gates' }],
    }),
  ];

  it.each([['quote'], ['article']] as const)('each %s hit shows its own text', (kind) => {
    const store = openSqliteStore(':memory:');
    for (const r of records) store.putArticle(r);
    const hits = store.search('barge', { limit: 20 }).items.filter((h) => h.kind === kind);
    expect(hits).toHaveLength(3);
    for (const h of hits) {
      const own = records.find((r) => r.id === h.articleId)!;
      const source = kind === 'quote' ? own.quotes[0]!.text : own.text;
      const firstWords = h.snippet.replace(/[«»…]/g, '').trim().split(' ').slice(0, 3).join(' ');
      expect(source).toContain(firstWords);
    }
    store.close();
  });
});
