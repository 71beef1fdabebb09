import { describe, expect, it } from 'vitest';
import { baseKey, facetsOf, familyKey, parseKey, propositionKey } from './key.js';
import {
  resolveProposition,
  statedRecipient,
  type LinkCandidate,
  type RecipientCandidate,
} from './resolve.js';

const event = {
  category: 'AID' as const,
  mode: 'military',
  actor: ['prk'],
  recipient: ['RUS'],
  object: 'artillery shells',
  objectClass: null,
};

describe('proposition keys', () => {
  it.each([
    ['object class looked up from the phrase', event, 'AID|military|PRK|RUS|ammunition'],
    [
      'actor set sorted and deduplicated',
      { ...event, actor: ['USA', 'GBR', 'USA'] },
      'AID|military|GBR,USA|RUS|ammunition',
    ],
    [
      'empty actor and null mode as -',
      { ...event, category: 'ASSAULT' as const, mode: null, actor: [], object: null },
      'ASSAULT|-|-|RUS|-',
    ],
    [
      'the events stage class wins over the lookup',
      { ...event, objectClass: 'drones' },
      'AID|military|PRK|RUS|drones',
    ],
  ])('%s', (_name, e, key) => {
    expect(propositionKey(facetsOf(e))).toBe(key);
  });

  it('parseKey reads a key back', () => {
    const facets = facetsOf({ ...event, actor: ['USA', 'GBR'] });
    expect(parseKey(propositionKey(facets))).toEqual(facets);
  });

  it('base and family keys leave out the facets that may be unknown', () => {
    const facets = facetsOf(event);
    expect([baseKey(facets), familyKey(facets)]).toEqual(['AID|PRK|RUS', 'AID|RUS']);
  });
});

const ammo: LinkCandidate = { id: 1, mode: 'military', objectClass: 'ammunition' };
const drones: LinkCandidate = { id: 2, mode: 'military', objectClass: 'drones' };
const bare: LinkCandidate = { id: 3, mode: null, objectClass: null };

describe('resolveProposition', () => {
  const f = (mode: string | null, objectClass: string | null) => ({ ...facetsOf(event), mode, objectClass });
  it.each([
    ['no candidates: new', f('military', 'ammunition'), [], { kind: 'new' }],
    ['same facets: join', f('military', 'ammunition'), [ammo, drones], { kind: 'join', id: 1, refine: null }],
    [
      'unknown class joins the single class in play',
      f('military', null),
      [ammo],
      { kind: 'join', id: 1, refine: null },
    ],
    ['unknown class with two classes in play: new', f('military', null), [ammo, drones], { kind: 'new' }],
    [
      'a known class refines the only, vaguer proposition',
      f('military', 'drones'),
      [bare],
      { kind: 'join', id: 3, refine: { mode: 'military', objectClass: 'drones' } },
    ],
    ['a different known class: new', f('military', 'money'), [ammo], { kind: 'new' }],
    [
      'a broader class joins the single narrower one ("never supplied weapons" vs "shipped drones")',
      f('military', 'weapons'),
      [drones],
      { kind: 'join', id: 2, refine: null },
    ],
    [
      'a narrower class joins the single broader one',
      f('military', 'drones'),
      [{ id: 5, mode: 'military', objectClass: 'weapons' }],
      { kind: 'join', id: 5, refine: null },
    ],
    [
      'a broader class fitting two narrower ones: new',
      f('military', 'weapons'),
      [ammo, drones],
      { kind: 'new' },
    ],
    [
      'two narrower classes of one broader class stay apart',
      f('military', 'drones'),
      [ammo],
      { kind: 'new' },
    ],
    [
      'unknown mode joins the same class',
      f(null, 'ammunition'),
      [ammo],
      { kind: 'join', id: 1, refine: null },
    ],
    [
      'a vaguer candidate among others is joined but not refined',
      f('military', 'money'),
      [bare, { id: 4, mode: 'economic', objectClass: 'money' }],
      { kind: 'join', id: 3, refine: null },
    ],
  ])('%s', (_name, facets, candidates, decision) => {
    expect(resolveProposition(facets, candidates)).toEqual(decision);
  });
});

describe('statedRecipient', () => {
  const guessed = {
    ...facetsOf({ ...event, category: 'ASSAULT', mode: null, object: null }),
    recipient: ['VOS'],
  };
  const to = (
    recipient: string[],
    mode: string | null = null,
    objectClass: string | null = null,
  ): RecipientCandidate => ({
    recipient,
    mode,
    objectClass,
  });
  it.each([
    ['no proposition of the act: the guess stays', [], null],
    ['one stated recipient: taken', [to(['KEL'])], ['KEL']],
    ['the guess itself is the one stated: kept', [to(['VOS'])], ['VOS']],
    [
      'one recipient set in several propositions: taken',
      [to(['KEL'], 'destroy'), to(['KEL'], 'heavy-weapons')],
      ['KEL'],
    ],
    ['two recipients stated: no choice, the guess stays', [to(['KEL']), to(['DOV'])], null],
    ['a set of two recipients: taken whole', [to(['DOV', 'KEL'])], ['DOV', 'KEL']],
    ['a proposition with no recipient does not count', [to([]), to(['KEL'])], ['KEL']],
    [
      'a proposition of another mode does not count',
      [to(['KEL'], 'destroy'), to(['DOV'], 'heavy-weapons')],
      null,
    ],
  ])('%s', (_name, candidates, expected) => {
    expect(statedRecipient(guessed, candidates)).toEqual(expected);
  });

  it('a mode the event knows rules out a proposition of another mode', () => {
    const destroy = { ...guessed, mode: 'destroy' };
    expect(statedRecipient(destroy, [to(['KEL'], 'destroy'), to(['DOV'], 'heavy-weapons')])).toEqual(['KEL']);
  });
});
