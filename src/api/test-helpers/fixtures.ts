import { event, holder, quote, spanOf, type EventSpec } from '../../core/test-helpers/records.js';
import type { ArticleRecord } from '../../core/types.js';
import type { Proposition, TrailEntry } from '../../ledger/types.js';

/**
 * A tiny invented world for API and UI tests: Valdoria (VLD) is said to ship drones to
 * Kestria (KST); Ostmark (OST) accuses, Valdoria denies. All names and sentences are made up.
 */

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

/** The world's usual event: Valdoria supplies attack drones to Kestria, as Ostmark holds. */
const DRONES: EventSpec = {
  category: 'AID',
  mode: null,
  actor: ['VLD'],
  recipient: ['KST'],
  object: 'attack drones',
  objectClass: 'drones',
  holder: 'OST',
  confidence: 0.8,
};

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
      quote(spanOf(text1, 'We have seen the crates and the serial numbers,'), {
        speaker: 'Ilse Varga',
        country: 'OST',
        confidence: 0.9,
      }),
      quote(spanOf(text1, 'No drone has left our factories for Kestria,'), {
        country: 'VLD',
        description: 'a spokesman',
        confidence: 0.9,
      }),
    ],
    events: [
      event(
        {
          ...DRONES,
          evidence: 'Ostmark accused Valdoria on Monday of shipping attack drones to Kestria.',
          trigger: 'shipping',
        },
        text1,
      ),
      event(
        {
          ...DRONES,
          evidence: 'No drone has left our factories for Kestria,',
          trigger: 'left',
          polarity: 'denied',
          holder: 'VLD',
          quoteIndex: 1,
        },
        text1,
      ),
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
    quotes: [
      quote(spanOf(text2, 'it would freeze Ostmark assets if the claims were repeated'), {
        country: 'KST',
        description: 'a spokesman',
        direct: false,
        confidence: 0.9,
      }),
    ],
    events: [
      event(
        {
          ...DRONES,
          evidence: 'Kestria threatened on Friday to impose sanctions on Ostmark over the drone accusations.',
          trigger: 'threatened',
          category: 'THREATEN',
          actor: ['KST'],
          recipient: ['OST'],
          object: 'sanctions',
          objectClass: null,
          time: 'future',
          holder: null,
        },
        text2,
      ),
      event(
        {
          ...DRONES,
          evidence: 'Ostmark officials said that Valdoria had sent more drones in March.',
          trigger: 'sent',
        },
        text2,
      ),
    ],
    dates: [],
    pipeline: PIPELINE,
  },
];

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
