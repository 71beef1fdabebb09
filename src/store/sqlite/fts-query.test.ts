import { describe, expect, it } from 'vitest';
import { ftsQuery } from './fts-query.js';
import { paging } from './page.js';

describe('ftsQuery', () => {
  it.each([
    ['words become quoted terms', 'nord stream', '"nord" "stream"'],
    ['a quoted phrase stays one term', 'pipeline "blew up"', '"pipeline" "blew up"'],
    ['operators are plain words', 'a OR b NOT c', '"a" "OR" "b" "NOT" "c"'],
    ['column filters and stars lose their punctuation', 'title:ship* ^x', '"title ship" "x"'],
    ['an unbalanced quote is harmless', 'say "yes', '"say" "yes"'],
    ['punctuation only is nothing', '"" - ( )', null],
    ['letters with accents are kept', 'Zalužnyj', '"Zalužnyj"'],
  ])('%s', (_name, input, expected) => {
    expect(ftsQuery(input)).toBe(expected);
  });
});

describe('paging', () => {
  it.each([
    [{}, { limit: 50, offset: 0 }],
    [
      { limit: 500, offset: 10 },
      { limit: 500, offset: 10 },
    ],
  ])('%j -> %j', (input, expected) => {
    expect(paging(input)).toEqual(expected);
  });

  it.each([{ limit: 0 }, { limit: 501 }, { limit: 1.5 }, { offset: -1 }])(
    '%j is a validation error',
    (input) => {
      expect(() => paging(input)).toThrow(expect.objectContaining({ code: 'E_VALIDATION' }));
    },
  );
});
