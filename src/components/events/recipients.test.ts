import { describe, expect, it } from 'vitest';
import { readEvents, shippedEventLexicon } from './index.js';
import { eventDoc, type TestEntity } from './test-doc.js';

const lex = shippedEventLexicon();
const PARTIES: TestEntity[] = [
  { name: 'Vostria', code: 'VOS', forms: ['Vostria', 'Vostrian'] },
  { name: 'Kelmar', code: 'KEL', forms: ['Kelmar', 'Kelmari'] },
  { name: 'Dovenia', code: 'DOV', forms: ['Dovenia', 'Dovenian'] },
  { name: 'Ana Brel', type: 'person', country: 'DOV', forms: ['Ana Brel', 'Brel'] },
  { name: 'Daily Lantern', type: 'organization', country: 'KEL', forms: ['Daily Lantern'] },
];

/** Events as "CATEGORY ACTOR->RECIPIENT polarity", with " guessed" for a recipient the article does not state. */
function coded(text: string): string[] {
  return readEvents(eventDoc(text, PARTIES, []), lex).map(
    (e) =>
      `${e.category} ${e.actor.join('+')}->${e.recipient.join('+')} ${e.polarity}${e.recipientGuessed ? ' guessed' : ''}`,
  );
}

describe('a party whose will an act follows or defies is not its recipient', () => {
  it.each([
    [
      '"against the will of X": the act defies X',
      'The Vostrian army carried out the sabotage of the pipeline against the will of Kelmar.',
      ['ASSAULT VOS-> asserted'],
    ],
    [
      '"against the decision of <title> X, <source> reported": neither X nor the reporting source',
      'Vostria denied reports that it had organized the sabotage of the pipeline against the decision of Dovenian President Ana Brel, the Daily Lantern reported.',
      ['REJECT VOS-> asserted', 'ASSAULT VOS-> denied'],
    ],
    [
      '"on the orders of X": X ordered the act',
      'A Vostrian unit staged the attack on the depot on the orders of Dovenia.',
      [],
    ],
    [
      'a party in an ordinary of-phrase still is',
      'The Vostrian army carried out the sabotage of the pipelines of Kelmar.',
      ['ASSAULT VOS->KEL asserted'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(coded(text)).toEqual(expected);
  });
});

describe("a recipient taken from the article's dyads is marked as guessed", () => {
  it.each([
    [
      'a denied attack with no target named takes the accuser, guessed',
      'Kelmar accused Vostria. Vostria rejected the claims. Vostria denied the attack.',
      'ASSAULT VOS->KEL denied guessed',
    ],
    [
      'a target read from the sentence is stated',
      'Vostria shelled Kelmar on Monday. Vostria denied the attack.',
      'ASSAULT VOS->KEL asserted',
    ],
    [
      'a repeat of a stated act stays stated',
      'Vostria shelled Kelmar on Monday. Vostria denied the attack.',
      'ASSAULT VOS->KEL denied',
    ],
    [
      'a sanction whose target is left out takes the usual counterpart, guessed',
      'Dovenia condemned Kelmar. Dovenia imposed new sanctions.',
      'SANCTION DOV->KEL asserted guessed',
    ],
  ])('%s', (_name, text, expected) => {
    expect(coded(text)).toContain(expected);
  });
});
