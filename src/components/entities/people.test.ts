import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/test-helpers/make-doc.js';
import type { Entity } from '../../core/types.js';
import { findEntities, loadEntityLexicons } from './index.js';

const lex = loadEntityLexicons();
const people = (text: string): Entity[] =>
  findEntities(makeDoc(text), lex).filter((e) => e.type === 'person');
/** "name | role | country" of every person. */
const brief = (text: string) => people(text).map((e) => `${e.name} | ${e.role ?? '-'} | ${e.country ?? '-'}`);

describe('people from context', () => {
  it.each([
    [
      'title with a state body before the name',
      'National Security Council coordinator Ann Blake said the shipments continued.',
      ['Ann Blake | National Security Council coordinator | USA'],
    ],
    [
      'demonym in the role',
      'Ukrainian President Oleh Marko arrived in Warsaw.',
      ['Oleh Marko | Ukrainian President | UKR'],
    ],
    [
      'possessive state in the role',
      "Iran's foreign minister, Reza Tahan, flew home.",
      ["Reza Tahan | Iran's foreign minister | IRN"],
    ],
    [
      '"of <state>" in the role',
      'Prime Minister of Canada Jean Roy spoke first.',
      ['Jean Roy | Prime Minister of Canada | CAN'],
    ],
    [
      'appositive after the name',
      'Ivo Marek, the Kremlin spokesman, said the claim was false.',
      ['Ivo Marek | Kremlin spokesman | RUS'],
    ],
    [
      'relative-clause appositive',
      "But Omar Said Haddad, who's an adviser to the group's leaders, disagreed.",
      ["Omar Said Haddad | adviser to the group's leaders | -"],
    ],
    [
      'appositive before the name',
      'The Kremlin spokesman, Ivo Marek, said the claim was false.',
      ['Ivo Marek | Kremlin spokesman | RUS'],
    ],
    [
      'state from context for a governmental title',
      'China rejected the report. Foreign Ministry spokesperson Li Wen told reporters it was false.',
      ['Li Wen | Foreign Ministry spokesperson | CHN'],
    ],
    [
      'a news outlet is no state context for a title',
      'Chile said it would wait. CNN reported the plan on Friday. President Ana Vidal approved it.',
      ['Ana Vidal | President | CHL'],
    ],
    [
      'a bare title takes the one state the article gives that title',
      'The office of the President of Peru issued a note. Chile replied. President Luis Soto approved it.',
      ['Luis Soto | President | PER'],
    ],
    [
      '"His name is X" names the person described before',
      'A Chilean navy officer is suspected of leaking the plans. His name is Tomas Rojas. Rojas denied it.',
      ['Chilean navy officer | Chilean navy officer | CHL', 'Tomas Rojas | Chilean navy officer | CHL'],
    ],
    [
      'two leaders with one title are of two states',
      'Chile rejected the note from Peru after President Ana Vidal spoke. Chile added that President Luis Soto was not told.',
      ['Ana Vidal | President | PER', 'Luis Soto | President | CHL'],
    ],
    ['three-part name', 'Seoul said leader Kim Jong Su watched the launch.', ['Kim Jong Su | leader | KOR']],
    [
      'hyphenated given name split by the tokenizer',
      'South Korean Defence Minister Shin Won-tae said the drills would go ahead.',
      ['Shin Won-tae | South Korean Defence Minister | KOR'],
    ],
    [
      'subject of a speech verb at sentence start',
      'Marta Lind said the deal was off.',
      ['Marta Lind | - | -'],
    ],
    [
      'particles inside a name',
      'The envoy met Commission President Ada van der Berg in Brussels.',
      ['Ada van der Berg | President | BEL'],
    ],
    ['honorific', 'The envoy met Dr. Ana Ruiz on Friday.', ['Ana Ruiz | - | -']],
    ['military rank', 'Gen. Arlo Fenn inspected the troops.', ['Arlo Fenn | - | -']],
    [
      'a title only one state uses',
      'Secretary of State Paul Dane flew to Cairo.',
      ['Paul Dane | Secretary of State | USA'],
    ],
    [
      "someone's spokesman takes their state",
      "Russian President Ivan Sorin spoke. Sorin's spokesman Pavel Lemov said more.",
      ['Ivan Sorin | Russian President | RUS', "Pavel Lemov | Sorin's spokesman | RUS"],
    ],
    [
      'a first name that is also a state',
      'Jordan said Defence Minister Jordan Vale would resign.',
      ['Jordan Vale | Defence Minister | JOR'],
    ],
    [
      'a two-word name with no cue inside a sentence',
      'The plan was drafted by Tomas Weller and his staff.',
      ['Tomas Weller | - | -'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('links surname mentions to the full name, before or after it', () => {
    const [p] = people('Lind spoke first. Later Marta Lind said the deal was off. Lind added nothing.');
    expect(p!.name).toBe('Marta Lind');
    expect(p!.mentions.map((m) => `${m.text}:${m.kind}`)).toEqual([
      'Lind:surname',
      'Marta Lind:name',
      'Lind:surname',
    ]);
  });

  it('keeps offsets exact', () => {
    const text = 'On Monday, NSC coordinator Ann Blake said Pyongyang was lying.';
    const doc = makeDoc(text);
    for (const e of findEntities(doc, lex))
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const blake = findEntities(doc, lex).find((e) => e.name === 'Ann Blake')!;
    expect(blake.mentions[0]).toMatchObject({ start: 27, end: 36, kind: 'name' });
  });
});

describe('unnamed officials', () => {
  it.each([
    [
      'a senior official with a place',
      'A senior defence official in Seoul said the drills would go on.',
      'senior defence official in Seoul',
      'KOR',
    ],
    [
      'a title with an office',
      "Pyongyang rejected it. An unidentified vice director at the ministry's foreign affairs office said so.",
      "unidentified vice director at the ministry's foreign affairs office",
      'PRK',
    ],
    [
      'a state body in the phrase',
      'A Pentagon spokesperson declined to comment.',
      'Pentagon spokesperson',
      'USA',
    ],
  ])('%s', (_name, text, description, country) => {
    const [p] = people(text);
    expect(p).toMatchObject({ description, country, type: 'person' });
    expect(p!.mentions[0]!.kind).toBe('description');
  });
});
