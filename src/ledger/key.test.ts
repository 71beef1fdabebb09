import { describe, expect, it } from 'vitest';
import { baseKey, facetsOf, familyKey, parseKey, propositionKey } from './key.js';
import { resolveProposition, type LinkCandidate } from './resolve.js';

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
