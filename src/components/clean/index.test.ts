import { describe, expect, it } from 'vitest';
import { Doc } from '../../core/doc.js';
import type { Article } from '../../core/types.js';
import { clean } from './index.js';

const article = (text: string): Article => ({
  id: 'a1',
  title: null,
  text,
  published: null,
  source: null,
  url: null,
  origin: 'test',
  meta: {},
});

describe('clean stage', () => {
  it.each([
    [
      'sets the removed layer and leaves the text alone',
      'Rain fell.\nAdvertisement\nIt stopped.',
      ['Advertisement'],
    ],
    ['sets an empty layer for a clean story', 'Rain fell.\nIt stopped.', []],
  ])('%s', (_name, text, expected) => {
    const doc = new Doc(article(text));
    const runner = clean.create({});
    runner.run(doc);
    expect(doc.get('removed').map((r) => r.text)).toEqual(expected);
    expect(doc.text).toBe(text);
    expect(runner.lexicons?.['boilerplate.tsv']).toMatch(/^[0-9a-f]{12}$/);
  });
});
