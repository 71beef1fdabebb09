import type { ArticleRecord, ClaimEvent, Quote, Span } from '../../core/types.js';
import type { Proposition, TrailEntry } from '../../ledger/types.js';

/**
 * A tiny invented world for API and UI tests: Valdoria (VLD) is said to ship drones to
 * Kestria (KST); Ostmark (OST) accuses, Valdoria denies. All names and sentences are made up.
 */

/** The span of the `nth` occurrence of `needle` in `text`; throws so a typo in a fixture fails loudly. */
function spanOf(text: string, needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length, text: needle };
}

const PIPELINE = { version: 'test', components: {}, lexicons: {} };

const text1 = [
  'Ostmark accused Valdoria on Monday of shipping attack drones to Kestria.',
  '"We have seen the crates and the serial numbers," said Ilse Varga, the Ostmark foreign minister.',
  'Valdoria denied it. "No drone has left our factories for Kestria," a Valdorian spokesman told reporters.',
  'Sign up for the morning briefing.',
].join('\n');

const text2 = [
  'Kestria threatened on Friday to impose sanctions on Ostmark over the drone accusations.',
  'The Kestrian cabinet said it would freeze Ostmark assets if the claims were repeated.',
  'Ostmark officials said that Valdoria had sent more drones in March.',
  'Related: Harbour strike enters second week',
].join('\n');

function quote(
  text: string,
  needle: string,
  speaker: string | null,
  country: string | null,
  direct: boolean,
): Quote {
  return {
    ...spanOf(text, needle),
    direct,
    speaker:
      speaker || country
        ? { name: speaker, description: speaker ? null : 'a spokesman', role: null, country, entityId: null }
        : null,
    cue: null,
    attribution: 'adjacent',
    confidence: 0.9,
  };
}

function event(text: string, sentence: string, trigger: string, overrides: Partial<ClaimEvent>): ClaimEvent {
  return {
    category: 'AID',
    mode: null,
    actor: ['VLD'],
    recipient: ['KST'],
    object: 'attack drones',
    objectClass: 'drones',
    quantity: null,
    polarity: 'asserted',
    certainty: 'certain',
    time: 'past',
    date: null,
    holder: { name: null, country: 'OST', entityId: null },
    evidence: spanOf(text, sentence),
    trigger: spanOf(text, trigger),
    quoteIndex: null,
    confidence: 0.8,
    ...overrides,
  };
}

export const ARTICLES: ArticleRecord[] = [
  {
    id: 'harbour-post-1',
    title: 'Ostmark accuses Valdoria of arming Kestria',
    published: '2026-03-02',
    source: 'Harbour Post',
    url: 'https://news.example/harbour-post-1',
    origin: 'test',
    meta: {},
    text: text1,
    removed: [{ ...spanOf(text1, 'Sign up for the morning briefing.'), reason: 'newsletter' }],
    entities: [
      {
        id: 'e1',
        name: 'Ostmark',
        type: 'country',
        code: 'OST',
        country: null,
        role: null,
        description: null,
        mentions: [{ ...spanOf(text1, 'Ostmark'), entityId: 'e1', kind: 'name' }],
      },
      {
        id: 'e2',
        name: 'Valdoria',
        type: 'country',
        code: 'VLD',
        country: null,
        role: null,
        description: null,
        mentions: [
          { ...spanOf(text1, 'Valdoria'), entityId: 'e2', kind: 'name' },
          { ...spanOf(text1, 'Valdoria', 1), entityId: 'e2', kind: 'name' },
        ],
      },
      {
        id: 'e3',
        name: 'Kestria',
        type: 'country',
        code: 'KST',
        country: null,
        role: null,
        description: null,
        mentions: [{ ...spanOf(text1, 'Kestria'), entityId: 'e3', kind: 'name' }],
      },
      {
        id: 'e4',
        name: 'Ilse Varga',
        type: 'person',
        code: null,
        country: 'OST',
        role: 'foreign minister',
        description: null,
        mentions: [{ ...spanOf(text1, 'Ilse Varga'), entityId: 'e4', kind: 'name' }],
      },
    ],
    quotes: [
      quote(text1, 'We have seen the crates and the serial numbers,', 'Ilse Varga', 'OST', true),
      quote(text1, 'No drone has left our factories for Kestria,', null, 'VLD', true),
    ],
    events: [
      event(
        text1,
        'Ostmark accused Valdoria on Monday of shipping attack drones to Kestria.',
        'shipping',
        {},
      ),
      event(text1, 'No drone has left our factories for Kestria,', 'left', {
        polarity: 'denied',
        holder: { name: null, country: 'VLD', entityId: null },
        quoteIndex: 1,
      }),
    ],
    dates: [],
    pipeline: PIPELINE,
  },
  {
    id: 'east-wire-7',
    title: 'Kestria threatens Ostmark with sanctions',
    published: '2026-04-10',
    source: 'East Wire',
    url: 'https://news.example/east-wire-7',
    origin: 'test',
    meta: {},
    text: text2,
    removed: [{ ...spanOf(text2, 'Related: Harbour strike enters second week'), reason: 'related-headline' }],
    entities: [
      {
        id: 'e1',
        name: 'Kestria',
        type: 'country',
        code: 'KST',
        country: null,
        role: null,
        description: null,
        mentions: [{ ...spanOf(text2, 'Kestria'), entityId: 'e1', kind: 'name' }],
      },
      {
        id: 'e2',
        name: 'Ostmark',
        type: 'country',
        code: 'OST',
        country: null,
        role: null,
        description: null,
        mentions: [{ ...spanOf(text2, 'Ostmark'), entityId: 'e2', kind: 'name' }],
      },
    ],
    quotes: [quote(text2, 'it would freeze Ostmark assets if the claims were repeated', null, 'KST', false)],
    events: [
      event(
        text2,
        'Kestria threatened on Friday to impose sanctions on Ostmark over the drone accusations.',
        'threatened',
        {
          category: 'THREATEN',
          actor: ['KST'],
          recipient: ['OST'],
          object: 'sanctions',
          objectClass: null,
          time: 'future',
          holder: { name: null, country: null, entityId: null },
        },
      ),
      event(text2, 'Ostmark officials said that Valdoria had sent more drones in March.', 'sent', {}),
    ],
    dates: [],
    pipeline: PIPELINE,
  },
];

const holder = (country: string | null, name: string | null = null) => ({ name, country, entityId: null });

export const TRAIL: TrailEntry[] = [
  {
    id: 1,
    propositionId: 1,
    articleId: 'harbour-post-1',
    date: '2026-03-02',
    holder: holder('OST', 'Ilse Varga'),
    polarity: 'asserted',
    certainty: 'certain',
    time: 'past',
    evidence: ARTICLES[0]!.events[0]!.evidence,
    duplicateOf: null,
    eventIndex: 0,
  },
  {
    id: 2,
    propositionId: 1,
    articleId: 'harbour-post-1',
    date: '2026-03-02',
    holder: holder('VLD'),
    polarity: 'denied',
    certainty: 'certain',
    time: 'past',
    evidence: ARTICLES[0]!.events[1]!.evidence,
    duplicateOf: null,
    eventIndex: 1,
  },
  {
    id: 3,
    propositionId: 1,
    articleId: 'east-wire-7',
    date: '2026-04-10',
    holder: holder('OST'),
    polarity: 'asserted',
    certainty: 'hedged',
    time: 'past',
    evidence: ARTICLES[1]!.events[1]!.evidence,
    duplicateOf: null,
    eventIndex: 1,
  },
  {
    id: 4,
    propositionId: 2,
    articleId: 'east-wire-7',
    date: '2026-04-10',
    holder: holder(null),
    polarity: 'asserted',
    certainty: 'certain',
    time: 'future',
    evidence: ARTICLES[1]!.events[0]!.evidence,
    duplicateOf: null,
    eventIndex: 0,
  },
];

export const PROPOSITIONS: Proposition[] = [
  {
    id: 1,
    key: 'AID|-|VLD|KST|drones',
    category: 'AID',
    mode: null,
    actor: ['VLD'],
    recipient: ['KST'],
    objectClass: 'drones',
    object: 'attack drones',
    status: 'contested',
    statusNote: 'Asserted by OST, denied by VLD (the actor).',
    notes: [],
    firstSeen: '2026-03-02',
    lastSeen: '2026-04-10',
    assertedCount: 2,
    deniedCount: 1,
    trailCount: 3,
  },
  {
    id: 2,
    key: 'THREATEN|-|KST|OST|-',
    category: 'THREATEN',
    mode: null,
    actor: ['KST'],
    recipient: ['OST'],
    objectClass: null,
    object: 'sanctions',
    status: 'alleged',
    statusNote: 'Reported once, not denied.',
    notes: [],
    firstSeen: '2026-04-10',
    lastSeen: '2026-04-10',
    assertedCount: 1,
    deniedCount: 0,
    trailCount: 1,
  },
];
