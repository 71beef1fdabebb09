import { PLOVER_CATEGORIES } from '../core/types.js';

/**
 * JSON Schemas of the response bodies, mirroring src/core/types.ts, src/ledger/types.ts and
 * src/store/store.ts. Written by hand because those are TypeScript types, not zod schemas;
 * openapi.test.ts checks real responses against the required fields listed here.
 */
const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };
const int = { type: 'integer' };
const strList = { type: 'array', items: str };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const span = {
  type: 'object',
  required: ['start', 'end', 'text'],
  properties: { start: int, end: int, text: str },
};
const holder = {
  type: 'object',
  required: ['name', 'country', 'entityId'],
  properties: { name: nullableStr, country: nullableStr, entityId: nullableStr },
};

const proposition = {
  type: 'object',
  required: [
    'id',
    'key',
    'category',
    'actor',
    'recipient',
    'status',
    'statusNote',
    'assertedCount',
    'deniedCount',
    'trailCount',
  ],
  properties: {
    id: int,
    key: str,
    category: { type: 'string', enum: [...PLOVER_CATEGORIES] },
    mode: nullableStr,
    actor: strList,
    recipient: strList,
    objectClass: nullableStr,
    object: nullableStr,
    status: { type: 'string', enum: ['alleged', 'denied', 'contested', 'confirmed'] },
    statusNote: str,
    notes: strList,
    firstSeen: nullableStr,
    lastSeen: nullableStr,
    assertedCount: int,
    deniedCount: int,
    trailCount: int,
  },
};

const trailEntry = {
  type: 'object',
  required: [
    'id',
    'propositionId',
    'articleId',
    'date',
    'holder',
    'polarity',
    'certainty',
    'evidence',
    'article',
  ],
  properties: {
    id: int,
    propositionId: int,
    articleId: str,
    date: nullableStr,
    holder,
    polarity: { type: 'string', enum: ['asserted', 'denied'] },
    certainty: { type: 'string', enum: ['certain', 'hedged', 'possible'] },
    time: { type: ['string', 'null'], enum: ['past', 'ongoing', 'future', null] },
    evidence: span,
    duplicateOf: nullableStr,
    eventIndex: int,
    article: {
      description:
        'Title, source, url and date of the article, added by the API (null if the article is gone).',
      type: ['object', 'null'],
      properties: {
        id: str,
        title: nullableStr,
        source: nullableStr,
        url: nullableStr,
        published: nullableStr,
      },
    },
  },
};

const storedArticle = {
  type: 'object',
  required: ['id', 'title', 'published', 'source', 'url', 'contentHash', 'version', 'ingestedAt'],
  properties: {
    id: str,
    title: nullableStr,
    published: nullableStr,
    source: nullableStr,
    url: nullableStr,
    contentHash: str,
    version: int,
    duplicateOf: nullableStr,
    pipelineVersion: str,
    ingestedAt: str,
  },
};

const quote = {
  type: 'object',
  required: ['start', 'end', 'text', 'direct', 'speaker', 'confidence'],
  properties: {
    ...span.properties,
    direct: { type: 'boolean' },
    speaker: {
      type: ['object', 'null'],
      properties: {
        name: nullableStr,
        description: nullableStr,
        role: nullableStr,
        country: nullableStr,
        entityId: nullableStr,
      },
    },
    cue: { oneOf: [span, { type: 'null' }] },
    attribution: nullableStr,
    confidence: { type: 'number' },
  },
};

const articleRecord = {
  type: 'object',
  description: 'The full analysed article (ArticleRecord in src/core/types.ts); offsets index `text`.',
  required: [
    'id',
    'title',
    'published',
    'source',
    'url',
    'text',
    'removed',
    'entities',
    'quotes',
    'events',
    'dates',
    'pipeline',
  ],
  properties: {
    id: str,
    title: nullableStr,
    published: nullableStr,
    source: nullableStr,
    url: nullableStr,
    origin: str,
    meta: { type: 'object', additionalProperties: str },
    text: str,
    removed: {
      type: 'array',
      items: {
        type: 'object',
        required: ['start', 'end', 'text', 'reason'],
        properties: { ...span.properties, reason: str },
      },
    },
    entities: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'type', 'mentions'],
        properties: {
          id: str,
          name: str,
          type: str,
          code: nullableStr,
          mentions: { type: 'array', items: span },
        },
      },
    },
    quotes: { type: 'array', items: quote },
    events: {
      type: 'array',
      items: {
        type: 'object',
        required: ['category', 'actor', 'recipient', 'polarity', 'holder', 'evidence', 'trigger'],
        properties: {
          category: str,
          actor: strList,
          recipient: strList,
          polarity: str,
          holder,
          evidence: span,
          trigger: span,
          recipientGuessed: {
            type: 'boolean',
            description:
              "Present (true) when no sentence names the recipient and it is the actor's usual counterpart in the article.",
          },
        },
      },
    },
    dates: { type: 'array', items: { type: 'object', properties: { ...span.properties, date: str } } },
    pipeline: { type: 'object' },
  },
};

const page = (item: object) => ({
  type: 'object',
  required: ['items', 'total', 'limit', 'offset'],
  properties: { items: { type: 'array', items: item }, total: int, limit: int, offset: int },
});

const problem = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'instance', 'code'],
  properties: {
    type: str,
    title: str,
    status: int,
    detail: str,
    instance: str,
    code: str,
    errors: {
      type: 'array',
      items: { type: 'object', required: ['field', 'message'], properties: { field: str, message: str } },
    },
  },
};

/** `components.schemas` of the OpenAPI document. */
export const RESPONSE_SCHEMAS = {
  Problem: problem,
  Proposition: proposition,
  TrailEntry: trailEntry,
  PropositionPage: {
    ...page(ref('Proposition')),
    required: ['items', 'total', 'limit', 'offset', 'counts'],
    properties: {
      ...page(ref('Proposition')).properties,
      counts: {
        type: 'object',
        description: 'Totals per status under the other filters.',
        properties: { alleged: int, denied: int, contested: int, confirmed: int },
      },
    },
  },
  PropositionDossier: {
    type: 'object',
    required: ['proposition', 'trail'],
    properties: { proposition: ref('Proposition'), trail: { type: 'array', items: ref('TrailEntry') } },
  },
  ActorSummary: {
    type: 'object',
    required: ['code', 'name', 'asserts', 'denies', 'accusedOf', 'timeline'],
    properties: {
      code: str,
      name: nullableStr,
      asserts: { type: 'array', items: ref('Proposition') },
      denies: { type: 'array', items: ref('Proposition') },
      accusedOf: { type: 'array', items: ref('Proposition') },
      timeline: {
        type: 'array',
        description:
          'Counted statements by month: asserted/denied as holder, accused as actor, targeted as recipient. ' +
          'Buckets overlap (a denial of an accusation counts as denied and accused).',
        items: {
          type: 'object',
          required: ['month', 'asserted', 'denied', 'accused'],
          properties: { month: str, asserted: int, denied: int, accused: int, targeted: int },
        },
      },
      totals: {
        type: 'object',
        description: 'Full sizes of the three lists when the store caps them.',
        properties: { asserts: int, denies: int, accusedOf: int },
      },
    },
  },
  ArticlePage: page(storedArticle),
  ArticleRecord: articleRecord,
  QuotePage: page({
    ...quote,
    required: [...quote.required, 'articleId', 'index'],
    properties: { ...quote.properties, articleId: str, index: int },
  }),
  SearchPage: page({
    type: 'object',
    required: ['kind', 'articleId', 'title', 'snippet', 'quoteIndex', 'rank'],
    properties: {
      kind: { type: 'string', enum: ['article', 'quote'] },
      articleId: str,
      title: nullableStr,
      snippet: {
        type: 'string',
        description: 'Plain text (not HTML); matched terms are between \u00ab and \u00bb.',
      },
      quoteIndex: { type: ['integer', 'null'] },
      rank: { type: 'number' },
    },
  }),
  IngestSummary: {
    type: 'object',
    required: ['results', 'failures'],
    properties: {
      results: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            status: { type: 'string', enum: ['stored', 'duplicate', 'new-version', 'near-duplicate'] },
            articleId: str,
            duplicateOf: nullableStr,
            trailEntries: int,
          },
        },
      },
      failures: {
        type: 'array',
        items: {
          type: 'object',
          properties: { origin: str, articleId: nullableStr, code: str, message: str, at: str },
        },
      },
    },
  },
  Health: {
    type: 'object',
    required: ['status', 'writable', 'articles'],
    properties: { status: { type: 'string', enum: ['ok'] }, writable: { type: 'boolean' }, articles: int },
  },
};
