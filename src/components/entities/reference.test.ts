import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/test-helpers/make-doc.js';
import {
  codeOf,
  entityById,
  findEntities,
  loadEntityLexicons,
  mentionsIn,
  resolveReference,
} from './index.js';

const lex = loadEntityLexicons();
function analysed(text: string) {
  const doc = makeDoc(text);
  doc.set('entities', findEntities(doc, lex));
  return doc;
}
/** Resolve the last occurrence of `phrase` in the text. */
function resolve(text: string, phrase: string) {
  const doc = analysed(text);
  const start = text.lastIndexOf(phrase);
  return resolveReference(doc, start, start + phrase.length, lex);
}

describe('resolveReference', () => {
  it.each([
    [
      'a demonym plural names the state',
      'Talks stalled. The North Koreans walked out.',
      'The North Koreans',
      'North Korea',
    ],
    [
      '"the official" is the nearest person with a role',
      'NSC coordinator Ann Blake spoke. Marta Lind listened. The official said more.',
      'The official',
      'Ann Blake',
    ],
    [
      '"the spokesman" matches the role',
      'Ivo Marek, the Kremlin spokesman, spoke. Ann Blake, an adviser, replied. The spokesman then left.',
      'The spokesman',
      'Ivo Marek',
    ],
    [
      "the country's top diplomat",
      "Russia's foreign minister Pavel Lemov met Ann Blake, a US adviser. Russia says the country's top diplomat will travel.",
      "the country's top diplomat",
      'Pavel Lemov',
    ],
    [
      '"the ministry" is the nearest ministry',
      'India denied it. The foreign ministry called the claims absurd. The ministry added more.',
      'The ministry',
      'foreign ministry',
    ],
    [
      '"the group" is the nearest coded group',
      'Hezbollah denied any role. The group said it had no link.',
      'The group',
      'Hezbollah',
    ],
    [
      '"the country" is the nearest state',
      'Serbia rejected the claims. The country called them lies.',
      'The country',
      'Serbia',
    ],
  ])('%s', (_name, text, phrase, expected) => {
    expect(resolve(text, phrase)?.name).toBe(expected);
  });

  it('returns null when nothing fits', () => {
    expect(resolve('It rained all day. The official was late.', 'The official')).toBeNull();
  });
});

describe('lookup helpers', () => {
  const text = 'Pyongyang denied that NSC coordinator Ann Blake was right about Russia.';
  const doc = analysed(text);

  it('mentionsIn gives the mentions inside a range in order', () => {
    expect(mentionsIn(doc, 0, text.length).map((m) => m.text)).toEqual([
      'Pyongyang',
      'NSC',
      'Ann Blake',
      'Russia',
    ]);
    expect(mentionsIn(doc, 10, 40).map((m) => m.text)).toEqual(['NSC']);
  });

  it.each([
    ['a state acts for itself', 'Pyongyang', 'PRK'],
    ['a person acts for their state', 'Ann Blake', 'USA'],
    ['a state body acts for its state', 'NSC', 'USA'],
  ])('codeOf: %s', (_name, mention, code) => {
    const m = mentionsIn(doc, 0, text.length).find((x) => x.text === mention)!;
    expect(codeOf(entityById(doc, m.entityId)!)).toBe(code);
  });
});
