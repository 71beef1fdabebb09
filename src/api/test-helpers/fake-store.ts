import type { ArticleRecord } from '../../core/types.js';
import type { Proposition, TrailEntry } from '../../ledger/types.js';
import { paging } from '../../store/sqlite/page.js';
import { SEARCH_MARKS, type Store } from '../../store/store.js';
import { ARTICLES, PROPOSITIONS, TRAIL } from './fixtures.js';

/** What a Store method answers, without the Promise an in-memory store never needs. */
type Answer<K extends keyof Store> = Awaited<ReturnType<Store[K]>>;

/**
 * The Store with synchronous answers. Every signature comes from the interface, so the fake
 * follows it when it changes instead of repeating its types.
 */
export type SyncStore = { [K in keyof Store]: (...args: Parameters<Store[K]>) => Answer<K> };

/** A Store over arrays, with the arrays open to the test. */
export interface FakeStore extends SyncStore {
  readonly articles: ArticleRecord[];
  readonly propositions: Proposition[];
  readonly trail: TrailEntry[];
  readonly failures: Answer<'listFailures'>;
}

type Sort = NonNullable<Parameters<Store['listPropositions']>[0]['sort']>;

const SORTS: Record<Sort, (a: Proposition, b: Proposition) => number> = {
  'contested-first': (a, b) =>
    Number(b.status === 'contested') - Number(a.status === 'contested') ||
    (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''),
  newest: (a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''),
  oldest: (a, b) => (a.firstSeen ?? '').localeCompare(b.firstSeen ?? ''),
  'most-statements': (a, b) => b.trailCount - a.trailCount,
};

/** One page of `all`, with the adapter's defaults and limits. */
function paginate<T>(all: T[], opts: { limit?: number; offset?: number }) {
  const { limit, offset } = paging(opts);
  return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
}

/**
 * A Store over arrays, for API and UI tests: the same answers an adapter gives, computed the
 * simplest way. Starts with the invented fixtures unless given other data.
 *
 * @example
 * const app = createApp({ store: createFakeStore() });
 */
export function createFakeStore(
  data = { articles: ARTICLES, propositions: PROPOSITIONS, trail: TRAIL },
): FakeStore {
  const store: FakeStore = {
    articles: [...data.articles],
    propositions: [...data.propositions],
    trail: [...data.trail],
    failures: [],

    putArticle(record) {
      store.articles.push(record);
      return { status: 'stored', articleId: record.id, duplicateOf: null, trailEntries: 0 };
    },

    recordFailure(failure) {
      store.failures.push(failure);
    },

    getArticle: (id) => store.articles.find((a) => a.id === id) ?? null,

    listArticles(opts) {
      const stored = store.articles.map((a) => ({
        id: a.id,
        title: a.title,
        published: a.published,
        source: a.source,
        url: a.url,
        contentHash: `hash-${a.id}`,
        version: 1,
        duplicateOf: null,
        pipelineVersion: a.pipeline.version,
        ingestedAt: '2026-05-01T00:00:00Z',
      }));
      return paginate(stored, opts);
    },

    listPropositions(q) {
      const holderMatches = (p: Proposition, holder: string) =>
        store
          .getTrail(p.id)
          .some((t) =>
            [t.holder.name, t.holder.country].some((v) => v?.toLowerCase() === holder.toLowerCase()),
          );
      const matches = store.propositions.filter(
        (p) =>
          (!q.actor || p.actor.includes(q.actor)) &&
          (!q.recipient || p.recipient.includes(q.recipient)) &&
          (!q.category || p.category === q.category) &&
          (!q.status || p.status === q.status) &&
          (!q.objectClass || p.objectClass === q.objectClass) &&
          (!q.holder || holderMatches(p, q.holder)) &&
          (!q.since || (p.lastSeen ?? '') >= q.since) &&
          (!q.until || (p.firstSeen ?? '') <= q.until),
      );
      return paginate(matches.sort(SORTS[q.sort ?? 'contested-first']), q);
    },

    getProposition: (id) => store.propositions.find((p) => p.id === id) ?? null,

    getTrail: (propositionId) => store.trail.filter((t) => t.propositionId === propositionId),

    listQuotes(opts) {
      const rows = store.articles.flatMap((a) =>
        a.quotes.map((quote, index) => ({ ...quote, articleId: a.id, index })),
      );
      // As in the SQLite adapter: a speaker is a whole name (any case) or the country spoken for.
      const speaker = opts.speaker;
      const isSpeaker = (r: (typeof rows)[number]) =>
        r.speaker?.name?.toLowerCase() === speaker?.toLowerCase() ||
        r.speaker?.country === speaker?.toUpperCase();
      return paginate(
        rows.filter((r) => (!opts.articleId || r.articleId === opts.articleId) && (!speaker || isSpeaker(r))),
        opts,
      );
    },

    actor(rawCode) {
      const code = rawCode.toUpperCase();
      const held = (polarity: TrailEntry['polarity']) =>
        store.propositions.filter((p) =>
          store.getTrail(p.id).some((t) => t.holder.country === code && t.polarity === polarity),
        );
      // Buckets are counted independently, as in the SQLite adapter: an actor's own denial of
      // what it is accused of counts as `denied` and as `accused`.
      const months = new Map<string, Answer<'actor'>['timeline'][number]>();
      for (const t of store.trail) {
        const p = store.getProposition(t.propositionId);
        if (!t.date || !p) continue;
        const buckets = {
          asserted: Number(t.holder.country === code && t.polarity === 'asserted'),
          denied: Number(t.holder.country === code && t.polarity === 'denied'),
          accused: Number(p.actor.includes(code)),
          targeted: Number(p.recipient.includes(code)),
        };
        if (!Object.values(buckets).some(Boolean)) continue;
        const month = t.date.slice(0, 7);
        const row = months.get(month) ?? { month, asserted: 0, denied: 0, accused: 0, targeted: 0 };
        for (const [bucket, n] of Object.entries(buckets)) row[bucket as keyof typeof buckets]! += n;
        months.set(month, row);
      }
      const entity = store.articles.flatMap((a) => a.entities).find((e) => e.code === code);
      const [asserts, denies, accusedOf] = [
        held('asserted'),
        held('denied'),
        store.propositions.filter((p) => p.actor.includes(code)),
      ];
      return {
        code,
        name: entity?.name ?? null,
        asserts,
        denies,
        accusedOf,
        timeline: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
        totals: { asserts: asserts.length, denies: denies.length, accusedOf: accusedOf.length },
      };
    },

    search(query, opts = {}) {
      const needle = query.toLowerCase();
      const hits: Answer<'search'>['items'] = [];
      for (const a of store.articles) {
        if (`${a.title ?? ''}\n${a.text}`.toLowerCase().includes(needle)) {
          hits.push({
            kind: 'article',
            articleId: a.id,
            title: a.title,
            snippet: snippet(a.text, needle, 40),
            quoteIndex: null,
            rank: 1,
          });
        }
        a.quotes.forEach((quote, index) => {
          if (quote.text.toLowerCase().includes(needle)) {
            hits.push({
              kind: 'quote',
              articleId: a.id,
              title: a.title,
              snippet: snippet(quote.text, needle, quote.text.length),
              quoteIndex: index,
              rank: 2,
            });
          }
        });
      }
      return paginate(hits, opts);
    },

    listFailures: () => store.failures,

    close() {},
  };
  return store;
}

/** Text around the first match, the match between SEARCH_MARKS, like the adapter's FTS snippets. */
function snippet(text: string, needle: string, context: number): string {
  const at = text.toLowerCase().indexOf(needle);
  const [open, close] = SEARCH_MARKS;
  const from = Math.max(0, at - context);
  return `${text.slice(from, at)}${open}${text.slice(at, at + needle.length)}${close}${text.slice(at + needle.length, at + needle.length + context)}`;
}
