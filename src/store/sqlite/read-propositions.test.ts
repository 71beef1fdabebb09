import { describe, expect, it } from 'vitest';
import { BROAD_MATCH, broadMatch } from './read-propositions.js';

describe('broadMatch', () => {
  it.each([
    [
      'few matches keep the id lookup',
      'WHERE p.id IN (SELECT 1) AND p.status = ?',
      10,
      'WHERE p.id IN (SELECT 1) AND p.status = ?',
    ],
    [
      'many matches walk the sort index',
      'WHERE p.id IN (SELECT 1) AND p.id IN (SELECT 2)',
      BROAD_MATCH + 1,
      'WHERE +p.id IN (SELECT 1) AND +p.id IN (SELECT 2)',
    ],
    ['no id filter: unchanged', 'WHERE p.category = ?', 1e9, 'WHERE p.category = ?'],
  ])('%s', (_name, where, matches, expected) => {
    expect(broadMatch(where, matches)).toBe(expected);
  });
});
