import { describe, expect, it } from 'vitest';
import { parseLexicon } from './tsv.js';

describe('parseLexicon', () => {
  it('reads header comments, column names and rows with line numbers', () => {
    const t = parseLexicon('v.tsv', '# what: verbs\n\nlemma\tkind\nsay\tspeech\n# note\ntell\tspeech\n', [
      'lemma',
    ]);
    expect(t.columns).toEqual(['lemma', 'kind']);
    expect(t.rows).toEqual([
      { line: 4, fields: { lemma: 'say', kind: 'speech' } },
      { line: 6, fields: { lemma: 'tell', kind: 'speech' } },
    ]);
    expect(t.digest).toMatch(/^[0-9a-f]{12}$/);
  });

  it.each([
    ['a missing required column', 'lemma\nsay\n', ['kind'], /v\.tsv:1: header lacks column "kind"/],
    ['too many fields', 'lemma\tkind\nsay\tx\ty\n', [], /v\.tsv:2: 3 fields, header has 2/],
    ['an empty required field', 'lemma\tkind\n\tspeech\n', ['lemma'], /v\.tsv:2: empty "lemma"/],
    ['no header at all', '# only comments\n', [], /v\.tsv: no header line/],
  ])('names file and line on %s', (_name, content, required, error) => {
    expect(() => parseLexicon('v.tsv', content, required)).toThrow(error);
  });
});
