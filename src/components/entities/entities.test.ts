import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/test-helpers/make-doc.js';
import type { Entity } from '../../core/types.js';
import { findEntities, loadEntityLexicons } from './index.js';

const lex = loadEntityLexicons();
const run = (text: string): Entity[] => findEntities(makeDoc(text), lex);
/** "type name code/country" per entity, in order of first mention. */
const brief = (text: string) => run(text).map((e) => `${e.type} ${e.name} ${e.code ?? e.country ?? '-'}`);

describe('gazetteer names, aliases and metonyms', () => {
  it.each([
    ['a capital speaking for its state', 'Pyongyang denied the report.', ['country North Korea PRK']],
    ['a seat of power for its state', 'The Kremlin rejected the claim on Monday.', ['country Russia RUS']],
    ['an abbreviation with dots', 'Officials in the U.S. voiced concern.', ['country United States USA']],
    ['plural demonym is the state', 'The North Koreans refused to answer.', ['country North Korea PRK']],
    ['former names', 'Burma and Swaziland were renamed.', ['country Myanmar MMR', 'country Eswatini SWZ']],
    ['adjective-only state', 'Emirati diplomats arrived late.', ['country United Arab Emirates ARE']],
    [
      'an organ of an IGO takes its code',
      'The UN Security Council met in New York.',
      ['organization UN Security Council UN', 'location New York USA'],
    ],
    [
      'British-style acronym spelling',
      'Nato allies met in Brussels.',
      ['organization NATO NATO', 'country Belgium BEL'],
    ],
    [
      'armed group alias',
      'Ansar Allah fired a missile at a ship in the Red Sea.',
      ['organization Houthis HOUTHI', 'location Red Sea -'],
    ],
    ['state body', 'The State Department said it was aware.', ['organization State Department USA']],
    ['state media', 'KCNA carried the statement.', ['organization KCNA PRK']],
    ['an outlet cited in the story', 'Reuters reported the deal first.', ['organization Reuters GBR']],
    [
      'the West as a bloc',
      'Moscow blamed Western countries for the blast.',
      ['country Russia RUS', 'location West WEST'],
    ],
    ['a region is a location', 'Tension rose across the Middle East.', ['location Middle East -']],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('false positives avoided', () => {
  it.each([
    ['"us" the pronoun', 'Let us wait, he told us.', []],
    ['"May" the month', 'In May the talks stalled.', []],
    ['a shouted word is no acronym', 'They said it was a HUGE mistake.', []],
    ['a capitalised common word starting a sentence', 'Officials said the talks failed.', []],
    ['a title-case headline with no cue', 'Border Clash Leaves Two Soldiers Dead After Night Raid', []],
    ['an agency credited in a dateline', 'LONDON (Reuters) - Prices fell.', ['country United Kingdom GBR']],
    ['a capital naming an event', 'Athletes left the Tokyo Olympics early.', []],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('capitals and seats as places', () => {
  it.each([
    [
      'a seat as a target is a location',
      'Two drones flew over the Kremlin at night.',
      ['location Kremlin RUS'],
    ],
    ['a capital attacked is a location', 'Missiles struck Kyiv overnight.', ['location Kyiv UKR']],
    ['a capital speaking is the state', 'Kyiv denied any role.', ['country Ukraine UKR']],
    ['a capital where someone is held is a location', 'He is being detained in Kyiv.', ['location Kyiv UKR']],
    [
      'a capital where a decision is made is the state',
      'Such decisions are made in Washington.',
      ['country United States USA'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});
