import type { ArticleRecord, ClaimEvent, PloverCategory, Polarity, Quote } from '../../core/types.js';

/**
 * Hand-built records for the store contract suite and the crash test. Every text is invented;
 * `filler` makes distinct texts from a seed so unrelated articles never look like copies.
 */

const WORDS =
  `harbour council ministry convoy border patrol grain treaty envoy budget bridge delegation summit
ferry customs pipeline inquiry harvest senate tariff garrison militia charter embassy cabinet railway court
province quarry station observer mandate reactor frontier dossier tribunal corridor accord`.split(/\s+/);

/** Deterministic pseudo-random prose of `n` words from a seed. */
export function filler(seed: number, n = 60): string {
  let x = (seed * 2654435761) >>> 0 || 1;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out.push(WORDS[x % WORDS.length] ?? 'word');
  }
  return `${out.join(' ')}.`;
}

export interface EventSpec {
  category?: PloverCategory;
  mode?: string | null;
  actor?: string[];
  recipient?: string[];
  object?: string | null;
  holder?: string | null;
  holderName?: string | null;
  polarity?: Polarity;
  quoteIndex?: number | null;
}

/** An event with defaults (ASSAULT UKR -> RUS, asserted by the article's voice), evidence the first 20 characters. */
export function event(spec: EventSpec, text = ''): ClaimEvent {
  const evidence = { start: 0, end: Math.min(20, text.length), text: text.slice(0, 20) };
  return {
    category: spec.category ?? 'ASSAULT',
    mode: spec.mode === undefined ? 'destroy' : spec.mode,
    actor: spec.actor ?? ['UKR'],
    recipient: spec.recipient ?? ['RUS'],
    object: spec.object ?? null,
    objectClass: null,
    quantity: null,
    polarity: spec.polarity ?? 'asserted',
    certainty: 'certain',
    time: 'past',
    date: null,
    holder: { name: spec.holderName ?? null, country: spec.holder ?? null, entityId: null },
    evidence,
    trigger: { start: 0, end: 4, text: text.slice(0, 4) },
    quoteIndex: spec.quoteIndex ?? null,
    confidence: 0.9,
  };
}

export interface ArticleSpec {
  id: string;
  text?: string;
  title?: string | null;
  published?: string | null;
  url?: string | null;
  events?: EventSpec[];
  quotes?: { text: string; speaker?: string | null; country?: string | null }[];
}

/** A full ArticleRecord; the text defaults to filler seeded by the id, quotes are appended to it. */
export function article(spec: ArticleSpec): ArticleRecord {
  let text = spec.text ?? filler([...spec.id].reduce((h, c) => h * 31 + c.charCodeAt(0), 7));
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    text += `\n"${q.text}"`;
    const start = text.length - q.text.length - 1;
    return {
      start,
      end: start + q.text.length,
      text: q.text,
      direct: true,
      speaker:
        q.speaker || q.country
          ? {
              name: q.speaker ?? null,
              description: null,
              role: null,
              country: q.country ?? null,
              entityId: null,
            }
          : null,
      cue: null,
      attribution: 'adjacent',
      confidence: 0.8,
    };
  });
  return {
    id: spec.id,
    title: spec.title === undefined ? `Report ${spec.id}` : spec.title,
    published: spec.published === undefined ? '2024-01-01' : spec.published,
    source: 'Example Wire',
    url: spec.url === undefined ? `https://news.example.org/${spec.id}` : spec.url,
    origin: `test:${spec.id}`,
    meta: {},
    text,
    removed: [],
    entities: [
      {
        id: 'e0',
        name: 'Ruritania',
        type: 'country',
        code: 'RUS',
        country: null,
        role: null,
        description: null,
        mentions: [{ start: 0, end: 3, text: text.slice(0, 3), entityId: 'e0', kind: 'name' }],
      },
    ],
    quotes,
    events: (spec.events ?? []).map((e) => event(e, text)),
    dates: [],
    pipeline: { version: 'test-1', components: {}, lexicons: {} },
  };
}
