import type { ArticleRecord } from '../../core/types.js';
import type { Proposition, TrailEntry } from '../../ledger/types.js';
import type {
  ActorSummary,
  IngestFailure,
  Page,
  PropositionQuery,
  PutArticleResult,
  QuoteRow,
  SearchHit,
  StoredArticle,
  Store,
} from '../../store/store.js';
import { SEARCH_MARKS } from '../../store/store.js';
import { ARTICLES, PROPOSITIONS, TRAIL } from './fixtures.js';

function paginate<T>(all: T[], opts: { limit?: number; offset?: number }): Page<T> {
  const limit = opts.limit ?? 50;
  const offset = opts.offset ?? 0;
  return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
}

const SORTS: Record<NonNullable<PropositionQuery['sort']>, (a: Proposition, b: Proposition) => number> = {
  'contested-first': (a, b) =>
    Number(b.status === 'contested') - Number(a.status === 'contested') ||
    (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''),
  newest: (a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''),
  oldest: (a, b) => (a.firstSeen ?? '').localeCompare(b.firstSeen ?? ''),
  'most-statements': (a, b) => b.trailCount - a.trailCount,
};

/**
 * A Store over arrays, for API and UI tests: the same answers an adapter gives, computed the
 * simplest way. Starts with the invented fixtures unless given other data.
 *
 * @example
 * const app = createApp({ store: new FakeStore() });
 */
export class FakeStore implements Store {
  readonly articles: ArticleRecord[];
  readonly propositions: Proposition[];
  readonly trail: TrailEntry[];
  readonly failures: IngestFailure[] = [];

  constructor(data = { articles: ARTICLES, propositions: PROPOSITIONS, trail: TRAIL }) {
    this.articles = [...data.articles];
    this.propositions = [...data.propositions];
    this.trail = [...data.trail];
  }

  putArticle(record: ArticleRecord): PutArticleResult {
    this.articles.push(record);
    return { status: 'stored', articleId: record.id, duplicateOf: null, trailEntries: 0 };
  }

  recordFailure(failure: IngestFailure): void {
    this.failures.push(failure);
  }

  getArticle(id: string): ArticleRecord | null {
    return this.articles.find((a) => a.id === id) ?? null;
  }

  listArticles(opts: { limit?: number; offset?: number }): Page<StoredArticle> {
    const stored = this.articles.map((a): StoredArticle => ({
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
  }

  listPropositions(q: PropositionQuery): Page<Proposition> {
    const holderMatches = (p: Proposition, holder: string) =>
      this.getTrail(p.id).some((t) =>
        [t.holder.name, t.holder.country].some((v) => v?.toLowerCase() === holder.toLowerCase()),
      );
    const matches = this.propositions.filter(
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
  }

  getProposition(id: number): Proposition | null {
    return this.propositions.find((p) => p.id === id) ?? null;
  }

  getTrail(propositionId: number): TrailEntry[] {
    return this.trail.filter((t) => t.propositionId === propositionId);
  }

  listQuotes(opts: {
    articleId?: string;
    speaker?: string;
    limit?: number;
    offset?: number;
  }): Page<QuoteRow> {
    const rows = this.articles.flatMap((a) =>
      a.quotes.map((quote, index): QuoteRow => ({ ...quote, articleId: a.id, index })),
    );
    // As in the SQLite adapter: a speaker is a whole name (any case) or the country spoken for.
    const speaker = opts.speaker;
    const isSpeaker = (r: QuoteRow) =>
      r.speaker?.name?.toLowerCase() === speaker?.toLowerCase() ||
      r.speaker?.country === speaker?.toUpperCase();
    return paginate(
      rows.filter((r) => (!opts.articleId || r.articleId === opts.articleId) && (!speaker || isSpeaker(r))),
      opts,
    );
  }

  actor(rawCode: string): ActorSummary {
    const code = rawCode.toUpperCase();
    const held = (polarity: 'asserted' | 'denied') =>
      this.propositions.filter((p) =>
        this.getTrail(p.id).some((t) => t.holder.country === code && t.polarity === polarity),
      );
    // Buckets are counted independently, as in the SQLite adapter: an actor's own denial of
    // what it is accused of counts as `denied` and as `accused`.
    const months = new Map<string, ActorSummary['timeline'][number]>();
    for (const t of this.trail) {
      const p = this.getProposition(t.propositionId);
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
    const entity = this.articles.flatMap((a) => a.entities).find((e) => e.code === code);
    const [asserts, denies, accusedOf] = [
      held('asserted'),
      held('denied'),
      this.propositions.filter((p) => p.actor.includes(code)),
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
  }

  search(query: string, opts: { limit?: number; offset?: number } = {}): Page<SearchHit> {
    const needle = query.toLowerCase();
    const hits: SearchHit[] = [];
    for (const a of this.articles) {
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
  }

  listFailures(): IngestFailure[] {
    return this.failures;
  }

  close(): void {}
}

/** Text around the first match, the match between SEARCH_MARKS, like the adapter's FTS snippets. */
function snippet(text: string, needle: string, context: number): string {
  const at = text.toLowerCase().indexOf(needle);
  const [open, close] = SEARCH_MARKS;
  const from = Math.max(0, at - context);
  return `${text.slice(from, at)}${open}${text.slice(at, at + needle.length)}${close}${text.slice(at + needle.length, at + needle.length + context)}`;
}
