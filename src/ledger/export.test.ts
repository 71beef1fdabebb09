import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../core/types.js';
import { EVENT_COLUMNS, eventRows, toCsvLines, toJsonlLines } from './export-events.js';
import { toEvalLedger } from './export-ledger.js';
import type { Proposition, TrailEntry } from './types.js';

const record = {
  id: 'x-1',
  published: '2024-05-02T10:00:00Z',
  source: 'Example Wire',
  url: 'https://news.example.org/x-1',
  pipeline: { version: '0.1.0', components: {}, lexicons: {} },
  events: [
    {
      category: 'AID',
      mode: 'military',
      actor: ['PRK'],
      recipient: ['RUS', 'BLR'],
      object: 'shells, "old" ones',
      objectClass: 'ammunition',
      quantity: null,
      polarity: 'denied',
      certainty: 'certain',
      time: 'past',
      date: null,
      holder: { name: 'A spokesman', country: 'PRK', entityId: null },
      evidence: { start: 4, end: 30, text: 'line one\nline two' },
      trigger: { start: 4, end: 8, text: 'sent' },
      quoteIndex: null,
      confidence: 0.7,
    },
  ],
} as unknown as ArticleRecord;

describe('event rows', () => {
  it('flattens an event, dating it by the article when the sentence gives no date', () => {
    expect(eventRows(record)[0]).toMatchObject({
      event_id: 'x-1-e0',
      event_date: '2024-05-02',
      event_type: 'AID',
      actor: 'PRK',
      recipient: 'RUS;BLR',
      polarity: 'denied',
      holder_country: 'PRK',
    });
  });

  it.each([
    ['header first, one line per row', true, 2],
    ['rows only', false, 1],
  ])('CSV: %s', (_name, header, n) => {
    const lines = toCsvLines(eventRows(record), header);
    expect(lines).toHaveLength(n);
    if (header) expect(lines[0]).toBe(`${EVENT_COLUMNS.join(',')}\r\n`);
  });

  it('CSV quotes cells with commas, quotes and line breaks', () => {
    const line = toCsvLines(eventRows(record), false)[0] ?? '';
    expect(line).toContain('"shells, ""old"" ones"');
    expect(line).toContain('"line one\nline two"');
  });

  it('JSONL is one parseable object per line', () => {
    const [line] = toJsonlLines(eventRows(record));
    expect(JSON.parse(line ?? '')).toMatchObject({ event_id: 'x-1-e0' });
    expect(line?.endsWith('\n')).toBe(true);
  });
});

describe('evaluation ledger', () => {
  it('has exactly the scorer shape', () => {
    const proposition = {
      id: 7,
      category: 'AID',
      actor: ['PRK'],
      recipient: ['RUS'],
      status: 'contested',
    } as Proposition;
    const trail = [
      {
        articleId: 'x-1',
        holder: { name: null, country: 'PRK', entityId: null },
        polarity: 'denied',
        duplicateOf: 'x-0',
      },
    ] as TrailEntry[];
    expect(toEvalLedger([{ proposition, trail }])).toEqual({
      propositions: [
        {
          id: 'p7',
          category: 'AID',
          actor: ['PRK'],
          recipient: ['RUS'],
          status: 'contested',
          trail: [{ article: 'x-1', holder: { name: null, country: 'PRK' }, polarity: 'denied' }],
        },
      ],
    });
  });

  it.each([
    [
      'an unnamed and a named holder of one country in one article are one entry (the named one)',
      [
        ['x-1', null, 'PRK', 'denied'],
        ['x-1', 'Kim', 'PRK', 'denied'],
      ],
      [['x-1', 'Kim', 'PRK', 'denied']],
    ],
    [
      'other articles, countries or polarities stay apart',
      [
        ['x-1', null, 'PRK', 'denied'],
        ['x-2', null, 'PRK', 'denied'],
        ['x-1', null, 'USA', 'denied'],
        ['x-1', null, 'PRK', 'asserted'],
      ],
      [
        ['x-1', null, 'PRK', 'denied'],
        ['x-2', null, 'PRK', 'denied'],
        ['x-1', null, 'USA', 'denied'],
        ['x-1', null, 'PRK', 'asserted'],
      ],
    ],
  ])('trail: %s', (_name, entries, expected) => {
    const proposition = {
      id: 1,
      category: 'AID',
      actor: ['PRK'],
      recipient: ['RUS'],
      status: 'contested',
    } as Proposition;
    const trail = entries.map(([articleId, name, country, polarity]) => ({
      articleId,
      holder: { name, country, entityId: null },
      polarity,
    })) as TrailEntry[];
    const got = toEvalLedger([{ proposition, trail }]).propositions[0]!.trail.map((t) => [
      t.article,
      t.holder.name,
      t.holder.country,
      t.polarity,
    ]);
    expect(got).toEqual(expected);
  });
});
