import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../lexicon/tsv.js';
import { compileObjectClasses, foldPhrase, objectClassOf } from './object-classes.js';

describe('objectClassOf with the shipped lexicon', () => {
  it.each([
    ['plural folds to the listed singular', 'artillery shells', 'ammunition'],
    ['quantity words around the object are ignored', 'hundreds of thousands of rounds', 'ammunition'],
    ['a longer pattern beats a shorter one inside it', 'Iranian-made loitering munitions', 'drones'],
    ['abbreviation', 'UAVs', 'drones'],
    ['ballistic missiles', 'short-range ballistic missiles', 'missiles'],
    ['money', 'a $2 billion loan', 'money'],
    ['two-word aid beats one-word aid', 'military aid', 'weapons'],
    ['humanitarian aid', 'humanitarian aid', 'humanitarian'],
    ['gas pipeline is infrastructure, not fuel', 'the gas pipelines', 'infrastructure'],
    ['short words are not singularised', 'gas', 'fuel'],
    ['no pattern', 'a statement of support', null],
    ['null phrase', null, null],
  ])('%s: %s -> %s', (_name, phrase, expected) => {
    expect(objectClassOf(phrase)).toBe(expected);
  });
});

describe('custom object-class tables', () => {
  it('a tie in length goes to the row listed first', () => {
    const classes = compileObjectClasses(
      parseLexicon('t.tsv', 'class\tpattern\nfirst\tapple\nsecond\tpear\n', ['class', 'pattern']),
    );
    expect(objectClassOf('pears and apples', classes)).toBe('first');
  });

  it.each([
    ['supplies', ['supply']],
    ['F-16s', ['f-16']],
    ['crisis bus gas', ['crisis', 'bus', 'gas']],
  ])('foldPhrase(%s)', (phrase, words) => {
    expect(foldPhrase(phrase)).toEqual(words);
  });

  it('a pattern without words is a lexicon error with its line', () => {
    expect(() =>
      compileObjectClasses(parseLexicon('t.tsv', '# h\nclass\tpattern\nx\t!!\n', ['class', 'pattern'])),
    ).toThrow('t.tsv:3');
  });
});
