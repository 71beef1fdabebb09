import { describe, expect, it } from 'vitest';
import type { Polarity } from '../core/types.js';
import { countedEntries, tallyStatements, type CountableEntry } from './counting.js';
import { deriveStatus, statusOfTrail, type StatusSubject } from './status.js';
import { actorStance, partialAdmission, type FamilyMember } from './admission.js';

const entry = (
  articleId: string,
  country: string | null,
  polarity: Polarity,
  duplicateOf: string | null = null,
  name: string | null = null,
): CountableEntry => ({
  articleId,
  duplicateOf,
  holder: { name, country, entityId: null },
  polarity,
});

const aid: StatusSubject = { category: 'AID', actor: ['PRK'], recipient: ['RUS'] };
const strike: StatusSubject = { category: 'ASSAULT', actor: ['UKR'], recipient: ['RUS'] };
const unattributed: StatusSubject = { category: 'ASSAULT', actor: [], recipient: ['RUS'] };

describe('status rules', () => {
  it.each([
    [
      'one accuser: alleged',
      strike,
      [entry('a', 'RUS', 'asserted')],
      'alleged',
      'asserted by RUS; denied by no one',
    ],
    [
      'only denials: denied',
      strike,
      [entry('a', 'UKR', 'denied')],
      'denied',
      'denied by UKR; asserted by no one',
    ],
    [
      'accused and denied: contested',
      strike,
      [entry('a', 'RUS', 'asserted'), entry('b', 'UKR', 'denied')],
      'contested',
      'asserted by RUS; denied by UKR',
    ],
    [
      'the actor admits it: confirmed',
      strike,
      [entry('a', 'RUS', 'asserted'), entry('b', 'UKR', 'asserted')],
      'confirmed',
      'admitted by UKR (a party to it); denied by no one',
    ],
    [
      'admission then denial stays contested',
      strike,
      [entry('a', 'UKR', 'asserted'), entry('b', 'UKR', 'denied')],
      'contested',
      'asserted by UKR; denied by UKR',
    ],
    [
      'the recipient of aid confirms receiving it',
      aid,
      [entry('a', 'RUS', 'asserted')],
      'confirmed',
      'admitted by RUS (a party to it); denied by no one',
    ],
    [
      'the victim of an attack only accuses',
      strike,
      [entry('a', 'RUS', 'asserted'), entry('b', 'RUS', 'asserted')],
      'alleged',
      'asserted by RUS; denied by no one',
    ],
    [
      'no actor named, two countries: confirmed',
      unattributed,
      [entry('a', 'SWE', 'asserted'), entry('a', 'DNK', 'asserted')],
      'confirmed',
      'asserted by SWE, DNK, no actor named; denied by no one',
    ],
    [
      'no actor named, one country: alleged',
      unattributed,
      [entry('a', 'SWE', 'asserted'), entry('b', 'SWE', 'asserted')],
      'alleged',
      'asserted by SWE; denied by no one',
    ],
    [
      'the article voice counts as a holder',
      strike,
      [entry('a', null, 'asserted'), entry('a', 'UKR', 'denied')],
      'contested',
      'asserted by the article itself; denied by UKR',
    ],
  ])('%s', (_name, subject, entries, status, note) => {
    expect(statusOfTrail(subject, entries)).toEqual({ status, note });
  });

  it('no statements at all is alleged with a note saying so', () => {
    expect(deriveStatus(strike, [])).toEqual({ status: 'alleged', note: 'no counted statements' });
  });

  it('a near-duplicate copy does not add a denial of its own', () => {
    const trail = [entry('a', 'USA', 'asserted'), entry('copy', 'USA', 'asserted', 'a')];
    expect(tallyStatements(trail)).toEqual([{ country: 'USA', polarity: 'asserted', count: 1 }]);
  });
});

describe('counting near-duplicates once', () => {
  it.each([
    ['a copy repeating the original', [entry('a', 'USA', 'asserted'), entry('b', 'USA', 'asserted', 'a')], 1],
    [
      'a copy with a statement of its own',
      [entry('a', 'USA', 'asserted'), entry('b', 'GBR', 'asserted', 'a')],
      2,
    ],
    ['two independent articles', [entry('a', 'USA', 'asserted'), entry('b', 'USA', 'asserted')], 2],
    [
      'one article repeating a statement',
      [entry('a', 'USA', 'asserted', null, 'Ann'), entry('a', 'USA', 'asserted', null, 'ann ')],
      1,
    ],
    [
      'two named holders of one country in one article',
      [entry('a', 'USA', 'asserted', null, 'Ann'), entry('a', 'USA', 'asserted', null, 'Bob')],
      2,
    ],
  ])('%s: %i counted', (_name, entries, n) => {
    expect(countedEntries(entries)).toHaveLength(n);
  });
});

describe('partial admission', () => {
  const member = (
    id: number,
    objectClass: string,
    tallies: Parameters<typeof actorStance>[1],
  ): FamilyMember => ({
    id,
    actor: ['PRK'],
    mode: 'humanitarian',
    objectClass,
    ...actorStance(['PRK'], tallies),
  });
  const shells = member(1, 'ammunition', [
    { country: 'PRK', polarity: 'denied', count: 1 },
    { country: 'USA', polarity: 'asserted', count: 1 },
  ]);
  const food = member(2, 'food', [{ country: 'PRK', polarity: 'asserted', count: 1 }]);
  const fuelDenied = member(3, 'fuel', [{ country: 'PRK', polarity: 'denied', count: 1 }]);

  it.each([
    [
      'denies shells, admits food',
      shells,
      [shells, food],
      'PRK admits a related statement (humanitarian, food)',
    ],
    ['denies shells and fuel, admits nothing', shells, [shells, fuelDenied], null],
    ['the admitted proposition itself gets no note', food, [shells, food], null],
  ])('%s', (_name, m, family, note) => {
    expect(partialAdmission(m, family)).toBe(note);
  });
});
