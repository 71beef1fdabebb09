import type { ArticleRecord, ClaimEvent, Holder, Quote, Span } from '../types.js';

/**
 * Builders of hand-made records for tests (store contract, crash test, API and UI fixtures).
 * Every text is invented; `filler` makes distinct texts from a seed so unrelated articles never
 * look like copies.
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

/**
 * The span of the `nth` occurrence of `needle` in `text`; throws so a typo in a fixture fails loudly.
 *
 * @example
 * spanOf('a b a', 'a', 1); // { start: 4, end: 5, text: 'a' }
 */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length, text: needle };
}

/** A holder: the state spoken for, and the person when named. */
export function holder(country: string | null, name: string | null = null): Holder {
  return { name, country, entityId: null };
}

export interface QuoteSpec {
  speaker?: string | null;
  country?: string | null;
  /** Who speaks when unnamed ("a spokesman"). */
  description?: string | null;
  direct?: boolean;
  confidence?: number;
}

/**
 * A quote over `span`; it has a speaker when a name or a country is given.
 *
 * @example
 * quote(spanOf(text, 'we saw it'), { speaker: 'Ann Lee', country: 'USA' });
 */
export function quote(span: Span, spec: QuoteSpec = {}): Quote {
  const { speaker = null, country = null, description = null } = spec;
  return {
    ...span,
    direct: spec.direct ?? true,
    speaker: speaker || country ? { name: speaker, description, role: null, country, entityId: null } : null,
    cue: null,
    attribution: 'adjacent',
    confidence: spec.confidence ?? 0.8,
  };
}

/** An event's fields; `holder` is the holder's state, `evidence` and `trigger` are passages of the text. */
export interface EventSpec extends Partial<Omit<ClaimEvent, 'holder' | 'evidence' | 'trigger'>> {
  holder?: string | null;
  holderName?: string | null;
  evidence?: string;
  trigger?: string;
}

/**
 * An event with defaults (ASSAULT/destroy UKR -> RUS, certain, past, asserted by the article's
 * voice); evidence and trigger are the given passages of `text`, else its first 20 and 4 characters.
 *
 * @example
 * event({ category: 'AID', actor: ['PRK'], holder: 'USA', trigger: 'sent' }, text);
 */
export function event(spec: EventSpec, text = ''): ClaimEvent {
  const { holder: country = null, holderName = null, evidence, trigger, ...fields } = spec;
  return {
    category: 'ASSAULT',
    mode: 'destroy',
    actor: ['UKR'],
    recipient: ['RUS'],
    object: null,
    objectClass: null,
    quantity: null,
    polarity: 'asserted',
    certainty: 'certain',
    time: 'past',
    date: null,
    holder: holder(country, holderName),
    evidence:
      evidence === undefined
        ? { start: 0, end: Math.min(20, text.length), text: text.slice(0, 20) }
        : spanOf(text, evidence),
    trigger: trigger === undefined ? { start: 0, end: 4, text: text.slice(0, 4) } : spanOf(text, trigger),
    quoteIndex: null,
    confidence: 0.9,
    ...fields,
  };
}

export interface ArticleSpec {
  id: string;
  text?: string;
  title?: string | null;
  published?: string | null;
  url?: string | null;
  events?: EventSpec[];
  /** Quotations appended to the text, one per line. */
  quotes?: ({ text: string } & QuoteSpec)[];
}

/**
 * A full ArticleRecord; the text defaults to filler seeded by the id, quotes are appended to it.
 *
 * @example
 * article({ id: 'a1', events: [{ holder: 'USA' }], quotes: [{ text: 'we saw it', speaker: 'Ann Lee' }] });
 */
export function article(spec: ArticleSpec): ArticleRecord {
  let text = spec.text ?? filler([...spec.id].reduce((h, c) => h * 31 + c.charCodeAt(0), 7));
  const quotes = (spec.quotes ?? []).map(({ text: said, ...q }) => {
    text += `\n"${said}"`;
    const start = text.length - said.length - 1;
    return quote({ start, end: start + said.length, text: said }, q);
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
