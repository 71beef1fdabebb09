import { describe, expect, it } from 'vitest';
import { splitParagraphs, tokenize } from './index.js';

describe('splitParagraphs', () => {
  it.each([
    ['one line per paragraph', 'A b.\nC d.', ['A b.', 'C d.']],
    ['blank lines give no paragraph', 'A b.\n\n\nC d.', ['A b.', 'C d.']],
    ['surrounding spaces trimmed', '  A b.  \n', ['A b.']],
  ])('%s', (_name, text, expected) => {
    expect(splitParagraphs(text, []).map((p) => p.text)).toEqual(expected);
  });

  it('keeps only the parts outside removed spans', () => {
    const text = 'Story text here. CLICK HERE NOW';
    const [p] = splitParagraphs(text, [
      { start: 17, end: 31, text: 'CLICK HERE NOW', reason: 'syndication' },
    ]);
    expect(p!.kept.map((k) => text.slice(k.start, k.end))).toEqual(['Story text here.']);
  });
});

describe('tokenize', () => {
  const cases: [string, string, string[]][] = [
    [
      'abbreviations U.S. and Gen. do not end sentences',
      'The U.S. envoy met Gen. Arlo Fenn on Monday. He left.',
      ['The U.S. envoy met Gen. Arlo Fenn on Monday.', 'He left.'],
    ],
    [
      'a closing quote stays with its sentence',
      'She said, “We will not yield.” Talks ended.',
      ['She said, “We will not yield.”', 'Talks ended.'],
    ],
    [
      'a line break is a sentence boundary',
      'First line without stop\nSecond line.',
      ['First line without stop', 'Second line.'],
    ],
    [
      'initials stay inside a name',
      'Envoy J. R. Talbot arrived. Talks began.',
      ['Envoy J. R. Talbot arrived.', 'Talks began.'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const { sentences } = tokenize(text, splitParagraphs(text, []));
    expect(sentences.map((s) => s.text)).toEqual(expected);
  });

  it('every token maps back to its exact text', () => {
    const text =
      'Officials in Seoul said they’re “deeply concerned” about 1,000 shells… Shin Won-tae agreed.';
    const { tokens } = tokenize(text, splitParagraphs(text, []));
    for (let i = 0; i < tokens.count; i++) {
      expect(text.slice(tokens.start[i], tokens.end[i]).toLowerCase()).toBe(tokens.lower[i]);
    }
  });

  it('flags negated verbs', () => {
    const text = 'We have not supplied any weapons.';
    const { tokens } = tokenize(text, splitParagraphs(text, []));
    const i = tokens.lower.indexOf('supplied');
    expect(tokens.negated[i]).toBe(1);
  });
});

describe('tokenize: lemmas', () => {
  // Regression: wink left some lemmas undefined and the events stage crashed on the article.
  it('gives every token a lemma, even after an ellipsis', () => {
    const text = '"Such cuts ... Cannot, in some cases, be avoided," the board said.';
    const { tokens } = tokenize(text, splitParagraphs(text, []));
    for (let i = 0; i < tokens.count; i++) expect(typeof tokens.lemma[i]).toBe('string');
  });
});
