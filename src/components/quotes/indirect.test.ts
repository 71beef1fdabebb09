import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/test-helpers/make-doc.js';
import { extractQuotes } from './extract.js';
import { loadQuoteLexicon } from './lexicon.js';

const lex = loadQuoteLexicon();

/** Reported speech of a text as [content, speaker name, cue]. */
function reported(text: string): [string, string | null, string | null][] {
  const doc = makeDoc(text);
  doc.set('entities', []);
  return extractQuotes(doc, lex)
    .quotes.filter((q) => !q.direct)
    .map((q) => [q.text, q.speaker?.name ?? null, q.cue?.text ?? null]);
}

describe('reported speech', () => {
  it.each([
    [
      'X said that CLAUSE',
      'Tobias Renn said that the army had left the town.',
      [['the army had left the town', 'Tobias Renn', 'said']],
    ],
    [
      'X said CLAUSE',
      'Tobias Renn said the army had left the town.',
      [['the army had left the town', 'Tobias Renn', 'said']],
    ],
    [
      'adverbials between the cue and the clause',
      'Tobias Renn said in a statement on Friday that the army had left.',
      [['the army had left', 'Tobias Renn', 'said']],
    ],
    [
      'a clause the reporter adds after a comma is no part of it',
      'Tobias Renn said the army had left the town, as rain fell on the hills.',
      [['the army had left the town', 'Tobias Renn', 'said']],
    ],
    [
      'X told reporters CLAUSE',
      'Tobias Renn told reporters the army had left the town.',
      [['the army had left the town', 'Tobias Renn', 'told']],
    ],
    [
      'according to X, CLAUSE',
      'According to Tobias Renn, the army had left the town.',
      [['the army had left the town', 'Tobias Renn', 'According to']],
    ],
    [
      'CLAUSE, according to X',
      'The army had left the town, according to Tobias Renn.',
      [['The army had left the town', 'Tobias Renn', 'according to']],
    ],
    [
      'CLAUSE, X said',
      'The army had left the town, Tobias Renn said.',
      [['The army had left the town', 'Tobias Renn', 'said']],
    ],
    [
      'CLAUSE, X said, CLAUSE',
      'The army, Tobias Renn said, had left the town.',
      [['The army, Tobias Renn said, had left the town', 'Tobias Renn', 'said']],
    ],
    [
      'X accused Y of ...',
      'Tobias Renn accused Velora of shelling the town.',
      [['Velora of shelling the town', 'Tobias Renn', 'accused']],
    ],
    [
      'X denied that ...',
      'Tobias Renn denied that his troops had fired first.',
      [['his troops had fired first', 'Tobias Renn', 'denied']],
    ],
    [
      'X warned that ...',
      'Tobias Renn warned that the talks could collapse.',
      [['the talks could collapse', 'Tobias Renn', 'warned']],
    ],
    ['a cue with no clause reports nothing', 'Tobias Renn said.', []],
    ['a noun is not a cue', 'The claim that the army left was false.', []],
    ['“we” as a speaker is left unresolved', 'We will win, we said.', [['We will win', null, 'said']]],
  ])('%s', (_name, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it('leaves content that is one direct quote to the direct quote', () => {
    const doc = makeDoc('Tobias Renn said: “The army has left the town for good.”');
    doc.set('entities', []);
    expect(extractQuotes(doc, lex).quotes.map((q) => q.direct)).toEqual([true]);
  });
});

describe('reported speech after a dateline', () => {
  // Regression: the spaced dash after a dateline was read as part of the speaker's name ("- Veldan").
  it.each([
    [
      'a spaced dash ends the speaker phrase',
      'VELDA, Feb. 9 (Test Wire) - Veldan Smoke acknowledged on Monday that it sold radios.',
    ],
    [
      'an en dash too',
      'VELDA, Feb. 9 (Test Wire) – Veldan Smoke acknowledged on Monday that it sold radios.',
    ],
  ])('%s', (_name, text) => {
    for (const [, speaker] of reported(text)) expect(speaker ?? '').not.toMatch(/^[-–]/);
  });
});
