import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/test-helpers/make-doc.js';
import { hintWindows } from './dates.js';

describe('findDates (via makeDoc)', () => {
  it.each([
    [
      'a bare weekday in a past-tense sentence is the last such day',
      'The envoy said on Tuesday that talks had failed.',
      '2026-03-12',
      'Tuesday',
      '2026-03-10',
    ],
    [
      'the weekday of the article date itself',
      'Officials met on Thursday.',
      '2026-03-12',
      'Thursday',
      '2026-03-12',
    ],
    ['a month and day', 'The shipment arrived on March 3.', '2026-03-12', 'March 3', '2026-03-03'],
    ['yesterday', 'The ministry denied it yesterday.', '2026-03-12', 'yesterday', '2026-03-11'],
    ['last week', 'Troops crossed the border last week.', '2026-03-12', 'last week', '2026-03-05'],
    [
      'an ISO date',
      'The order took effect on 2026-01-15 across the region.',
      '2026-03-12',
      '2026-01-15',
      '2026-01-15',
    ],
  ])('%s', (_name, text, published, expectedText, expectedDate) => {
    const doc = makeDoc(text, { published });
    const d = doc.get('dates').find((x) => x.text.includes(expectedText));
    expect(d?.date).toBe(expectedDate);
    expect(text.slice(d!.start, d!.end)).toBe(d!.text);
  });

  it.each([
    ['no article date, no resolution', 'They met on Tuesday.', null],
    ['no date words', 'The ministry denied the report.', '2026-03-12'],
  ])('finds nothing with %s', (_name, text, published) => {
    expect(makeDoc(text, { published }).get('dates')).toEqual([]);
  });
});

describe('hintWindows', () => {
  it('merges overlapping windows and keeps words whole', () => {
    const text =
      'A long preamble about nothing in particular, then on Monday and Tuesday they met, and much later more.';
    const ws = hintWindows(text);
    expect(ws).toHaveLength(1);
    const w = ws[0]!;
    expect(text.slice(w.start, w.end)).toContain('on Monday and Tuesday');
    expect(/\S/.test(text[w.start - 1] ?? ' ')).toBe(false);
  });
});
