import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/test-helpers/make-doc.js';
import { extractQuotes } from './extract.js';
import { loadQuoteLexicon } from './lexicon.js';
import { setEntities, type EntitySketch } from './test-entities.js';

const lex = loadQuoteLexicon();

/** Direct quotes of a text as [quote text, speaker name, speaker country]. */
function direct(text: string, entities: EntitySketch[] = []): [string, string | null, string | null][] {
  const doc = makeDoc(text);
  setEntities(doc, entities);
  return extractQuotes(doc, lex)
    .quotes.filter((q) => q.direct)
    .map((q) => [q.text, q.speaker?.name ?? q.speaker?.description ?? null, q.speaker?.country ?? null]);
}

const quill: EntitySketch = {
  type: 'person',
  name: 'Mara Quill',
  country: 'FRA',
  role: 'foreign minister',
  mentions: ['Mara Quill'],
};

describe('direct quotes: speaker from the words around the quote (no entities)', () => {
  it.each([
    [
      '“Q,” X said',
      '“We will not sign this deal,” Tobias Renn said.',
      [['We will not sign this deal', 'Tobias Renn', null]],
    ],
    [
      'X said, “Q”',
      'Tobias Renn said, “We will not sign this deal.”',
      [['We will not sign this deal.', 'Tobias Renn', null]],
    ],
    [
      'X said: “Q”',
      'Tobias Renn said: “We will not sign this deal.”',
      [['We will not sign this deal.', 'Tobias Renn', null]],
    ],
    [
      '“Q,” said X',
      '“We will not sign this deal,” said Tobias Renn.',
      [['We will not sign this deal', 'Tobias Renn', null]],
    ],
    [
      '“Q,” said X, the Y',
      '“We will not sign this deal,” said Tobias Renn, the party leader.',
      [['We will not sign this deal', 'Tobias Renn', null]],
    ],
    [
      'X, the Y spokesman, said',
      'Tobias Renn, the ministry spokesman, said “the deal is dead for good.”',
      [['the deal is dead for good.', 'Tobias Renn', null]],
    ],
    [
      'the Y, X, said',
      'The ministry spokesman, Tobias Renn, said “the deal is dead for good.”',
      [['the deal is dead for good.', 'Tobias Renn', null]],
    ],
    [
      'X told reporters that “Q”',
      'Tobias Renn told reporters that “the deal is dead for good.”',
      [['the deal is dead for good.', 'Tobias Renn', null]],
    ],
    [
      'a first name the tagger reads as a verb',
      '“Now is the time to act for all of us,” said Don Fowler, who led the party.',
      [['Now is the time to act for all of us', 'Don Fowler', null]],
    ],
    [
      'title before the name',
      '“We will not sign this deal,” Sen. Tobias Renn said.',
      [['We will not sign this deal', 'Tobias Renn', null]],
    ],
    [
      'an aside in brackets',
      '“We will not sign this deal,” Rep. Tobias Renn (D-Ohio) said Friday.',
      [['We will not sign this deal', 'Tobias Renn', null]],
    ],
    [
      'a long appositive between the quote and the verb',
      '“We will not sign this deal,” Tobias Renn, the head of a group that has sued the city twice, said on Monday.',
      [['We will not sign this deal', 'Tobias Renn', null]],
    ],
    [
      'according to X',
      'The deal is off, according to Tobias Renn, who called it “a deal that nobody wanted.”',
      [['a deal that nobody wanted.', 'Tobias Renn', null]],
    ],
    [
      'a participle hangs on the subject',
      'Tobias Renn rejected the offer, saying, “We will not sign this deal.”',
      [['We will not sign this deal.', 'Tobias Renn', null]],
    ],
    [
      'a passive agent',
      'The rules announced by Tobias Renn on Monday target “six firms and two banks abroad.”',
      [['six firms and two banks abroad.', 'Tobias Renn', null]],
    ],
    [
      'a passive agent after the quote',
      'The blast was described as “an act of pure sabotage” by Tobias Renn.',
      [['an act of pure sabotage', 'Tobias Renn', null]],
    ],
    [
      'a dash credit line',
      '“The plan has failed our town again.” ― Ana Ruiz',
      [['The plan has failed our town again.', 'Ana Ruiz', null]],
    ],
    [
      'a partial quote takes the subject of its clause',
      'Tobias Renn designated the group as “a threat to every voter here” on Monday.',
      [['a threat to every voter here', 'Tobias Renn', null]],
    ],
    [
      'a lone role word is a description, not a name',
      '“We know that millions wanted it,” one MP told the crowd.',
      [['We know that millions wanted it', 'one MP', null]],
    ],
    [
      'an honorific makes a role word a name',
      '“It was a good day for all,” Mr. King said.',
      [['It was a good day for all', 'King', null]],
    ],
    ['scare quotes are not quotes', 'Tobias Renn called it a “farce” and “very bad”.', []],
  ])('%s', (_name, text, expected) => {
    expect(direct(text)).toEqual(expected);
  });
});

describe('direct quotes: turns, pronouns and paragraphs', () => {
  it.each([
    [
      'a split quote gives two rows with one speaker',
      '“The talks are over,” Tobias Renn said. “Nobody will return to the table.”',
      [
        ['The talks are over', 'Tobias Renn', null],
        ['Nobody will return to the table.', 'Tobias Renn', null],
      ],
    ],
    [
      '“Q,” he added resolves to the previous speaker',
      '“The talks are over,” Tobias Renn said.\nHe left at noon.\n“Nobody will return to the table,” he added.',
      [
        ['The talks are over', 'Tobias Renn', null],
        ['Nobody will return to the table', 'Tobias Renn', null],
      ],
    ],
    [
      'a pronoun reaches across paragraphs to a speaker of reported speech',
      'Tobias Renn warned on Sunday that the talks could fail.\n“We are running out of time and patience,” he said.',
      [['We are running out of time and patience', 'Tobias Renn', null]],
    ],
    [
      'a quote-only paragraph after a paragraph naming the speaker',
      'Tobias Renn spoke next and continued:\n“We are running out of time and patience.”',
      [['We are running out of time and patience.', 'Tobias Renn', null]],
    ],
    [
      'a multi-paragraph quote keeps its speaker',
      'Tobias Renn said: “We are running out of time.\n“Our partners know it and so do we.”',
      [
        ['We are running out of time.', 'Tobias Renn', null],
        ['Our partners know it and so do we.', 'Tobias Renn', null],
      ],
    ],
    [
      'a bare cue right after a pronoun names the speaker',
      'Ana Ruiz spoke first.\n“We have no time left for this,” he said. Tobias Renn told reporters.',
      [['We have no time left for this', 'Tobias Renn', null]],
    ],
    [
      'a quote before its cue in the same paragraph',
      '“We waited for a year.” “Now we are done with waiting,” Ana Ruiz said.',
      [
        ['We waited for a year.', 'Ana Ruiz', null],
        ['Now we are done with waiting', 'Ana Ruiz', null],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(direct(text)).toEqual(expected);
  });
});

describe('direct quotes: speakers from the entities layer', () => {
  it.each<[string, string, EntitySketch[], [string, string | null, string | null][]]>([
    [
      'a named person takes the entity name and country',
      '“We will not sign this deal,” Mara Quill said.',
      [quill],
      [['We will not sign this deal', 'Mara Quill', 'FRA']],
    ],
    [
      'an organisation speaks with no name and its code',
      'In a statement, France’s foreign ministry said, “We will not sign this deal.”',
      [
        { type: 'country', name: 'France', code: 'FRA', mentions: ['France'] },
        { type: 'organization', name: 'foreign ministry', country: 'FRA', mentions: ['foreign ministry'] },
      ],
      [['We will not sign this deal.', "France's foreign ministry", 'FRA']],
    ],
    [
      '“the official said” goes back to the unnamed official',
      'A senior French official said the talks had stalled.\n“We will not sign this deal,” the official said.',
      [
        { type: 'country', name: 'France', code: 'FRA', mentions: ['demonym:French'] },
        {
          type: 'person',
          name: 'senior French official',
          country: 'FRA',
          description: 'senior French official',
          mentions: ['description:A senior French official'],
        },
      ],
      [['We will not sign this deal', 'senior French official', 'FRA']],
    ],
    [
      '“the group said” goes back to the group introduced with that word',
      'The army blamed the armed group Red Dawn for the raid.\n“We had nothing to do with this attack,” the group said.',
      [{ type: 'organization', name: 'Red Dawn', code: 'REDDAWN', mentions: ['Red Dawn'] }],
      [['We had nothing to do with this attack', 'Red Dawn', 'REDDAWN']],
    ],
    [
      '“it said” goes to the last organisation speaking',
      'France’s foreign ministry denied the report on Friday.\n“The report is false in every respect,” it said.',
      [
        { type: 'country', name: 'France', code: 'FRA', mentions: ['France'] },
        { type: 'organization', name: 'foreign ministry', country: 'FRA', mentions: ['foreign ministry'] },
      ],
      [['The report is false in every respect', "France's foreign ministry", 'FRA']],
    ],
    [
      '“the country’s top diplomat” resolves to the foreign minister',
      'France’s foreign minister Mara Quill met the envoys on Monday.\n“We will not sign this deal,” the country’s top diplomat said.',
      [
        { type: 'country', name: 'France', code: 'FRA', mentions: ['France'] },
        { ...quill, mentions: ['Mara Quill'] },
      ],
      [['We will not sign this deal', 'Mara Quill', 'FRA']],
    ],
    [
      'a name the entities cut short is read in full',
      '“We will find who did this,” Police Chief Ana Jordan said.',
      [{ type: 'country', name: 'Jordan', code: 'JOR', mentions: ['Jordan'] }],
      [['We will find who did this', 'Ana Jordan', null]],
    ],
  ])('%s', (_name, text, entities, expected) => {
    expect(direct(text, entities)).toEqual(expected);
  });

  it('leaves “we” and “our” inside a quote for the events stage', () => {
    const doc = makeDoc('“We will defend our borders,” Mara Quill said.');
    setEntities(doc, [quill]);
    const [q] = extractQuotes(doc, lex).quotes;
    expect(q!.speaker).toMatchObject({ name: 'Mara Quill', country: 'FRA', entityId: 'e1' });
    expect(q!.text).toContain('We will defend our borders');
  });
});
