import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/test-helpers/make-doc.js';
import { findEntities, loadEntityLexicons } from './index.js';

const lex = loadEntityLexicons();
const brief = (text: string, type: string) =>
  findEntities(makeDoc(text), lex)
    .filter((e) => e.type === type)
    .map((e) => `${e.name} ${e.code ?? e.country ?? '-'}`);

describe('institutions named by title', () => {
  it.each([
    ['possessive state', "Armenia's Defence Ministry said shots were fired.", ['Defence Ministry ARM']],
    [
      'two states, two ministries',
      "Armenia's Defence Ministry blamed Baku. Azerbaijan's Defense Ministry denied it.",
      ['Defence Ministry ARM', 'Defense Ministry AZE'],
    ],
    [
      'demonym keeps its adjective',
      'Along with the Russian military, the group fought on.',
      ['Russian military RUS'],
    ],
    [
      'bare title takes the state from context',
      'India denied it. "Absurd," the foreign ministry said.',
      ['foreign ministry IND'],
    ],
    [
      '"in <capital>" gives the state',
      'The Defence Ministry in Belgrade rejected the claims.',
      ['Defence Ministry SRB'],
    ],
    [
      'army and military of one state are one body',
      'The Azerbaijani Army fired back. Azerbaijan’s military denied using drones.',
      ['Azerbaijani Army AZE'],
    ],
    ['a state abbreviation opening a longer name', 'The US Navy sent a second carrier.', ['US Navy USA']],
    ['an acronym after "the"', 'Inspectors from the OPCW arrived on Monday.', ['OPCW -']],
    ['an acronym in brackets', 'The watchdog (IAPW) said the site was clean.', ['IAPW -']],
    [
      "a person's office",
      "Prime Minister Dan Avid's office said he would return. Avid's office gave no date.",
      ["Avid's office -"],
    ],
  ])('%s', (_name, text, expected) => {
    expect(brief(text, 'organization')).toEqual(expected);
  });

  it('a state description stands for the state', () => {
    const [china] = findEntities(makeDoc('The Chinese side said the balloon was civilian.'), lex);
    expect(china).toMatchObject({ code: 'CHN', type: 'country' });
    expect(china!.mentions[0]).toMatchObject({ text: 'Chinese side', kind: 'description' });
  });
});

describe('places from context', () => {
  it.each([
    ['"the village of"', 'Gunmen stormed the village of Dolna Reka at dawn.', ['Dolna Reka -']],
    ['a place head word', 'Fighting spread to the Kalvar district and beyond.', ['Kalvar district -']],
    ['"near"', 'Shots were fired near Verin Tash on Sunday.', ['Verin Tash -']],
    [
      'same words read alike elsewhere',
      'He named it the "Dolna Reka clan", after the town of Dolna Reka.',
      ['Dolna Reka -'],
    ],
    [
      'numbered names and a plural place word',
      'The Vela Link pipelines were hit. Vela Link 2 was idle; the Vela Link 1 pipeline was not.',
      ['Vela Link -', 'Vela Link 2 -', 'Vela Link 1 -'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(brief(text, 'location')).toEqual(expected);
  });
});
