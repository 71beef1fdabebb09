import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../lexicon/tsv.js';
import { compileQuoteLexicon, loadQuoteLexicon } from './lexicon.js';

const words = parseLexicon('speaker-words.tsv', 'word\tclass\nhe\tpronoun-person\n', ['word', 'class']);

describe('quote lexicons', () => {
  it('the shipped lexicons load and know the usual cues', () => {
    const lex = loadQuoteLexicon();
    for (const cue of ['say', 'tell', 'add', 'deny', 'accuse', 'according to'])
      expect(lex.cues.has(cue)).toBe(true);
    expect(lex.words.get('official')?.has('person')).toBe(true);
  });

  it.each([
    [
      'an unknown frame',
      'cue\tframe\tinvert\tindirect\nsay\tshout\tyes\tyes\n',
      /speech-verbs.tsv:2: unknown frame/,
    ],
    [
      'a yes/no column with another value',
      'cue\tframe\tinvert\tindirect\nsay\tsay\tmaybe\tyes\n',
      /speech-verbs.tsv:2: invert must be yes or no/,
    ],
  ])('rejects %s with file and line', (_name, content, message) => {
    const verbs = parseLexicon('speech-verbs.tsv', content, ['cue', 'frame', 'invert', 'indirect']);
    expect(() => compileQuoteLexicon(verbs, words)).toThrow(message);
  });

  it('rejects an unknown word class with file and line', () => {
    const verbs = parseLexicon('speech-verbs.tsv', 'cue\tframe\tinvert\tindirect\nsay\tsay\tyes\tyes\n', [
      'cue',
    ]);
    const bad = parseLexicon('speaker-words.tsv', 'word\tclass\nhe\tpronoun\n', ['word', 'class']);
    expect(() => compileQuoteLexicon(verbs, bad)).toThrow(/speaker-words.tsv:2: unknown class/);
  });
});
