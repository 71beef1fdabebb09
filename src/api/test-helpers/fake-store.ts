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
    const speaker = opts.speaker?.toLowerCase();
    return paginate(
      rows.filter(
        (r) =>
          (!opts.articleId || r.articleId === opts.articleId) &&
          (!speaker || (r.speaker?.name ?? '').toLowerCase().includes(speaker)),
      ),
      opts,
    );
  }

  actor(code: string): ActorSummary {
    const held = (polarity: 'asserted' | 'denied') =>
      this.propositions.filter((p) =>
        this.getTrail(p.id).some((t) => t.holder.country === code && t.polarity === polarity),
      );
    const months = new Map<string, { month: string; asserted: number; denied: number; accused: number }>();
    for (const t of this.trail) {
      const p = this.getProposition(t.propositionId);
      if (
        !t.date ||
        !p ||
        (t.holder.country !== code && !p.actor.includes(code) && !p.recipient.includes(code))
      )
        continue;
      const month = t.date.slice(0, 7);
      const row = months.get(month) ?? { month, asserted: 0, denied: 0, accused: 0 };
      if (p.actor.includes(code) && t.holder.country !== code) row.accused++;
      else if (t.polarity === 'asserted') row.asserted++;
      else row.denied++;
      months.set(month, row);
    }
    const entity = this.articles.flatMap((a) => a.entities).find((e) => e.code === code);
    return {
      code,
      name: entity?.name ?? null,
      asserts: held('asserted'),
      denies: held('denied'),
      accusedOf: this.propositions.filter((p) => p.actor.includes(code)),
      timeline: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
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
          snippet: snippet(a.text, needle),
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
            snippet: quote.text,
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

function snippet(text: string, needle: string): string {
  const at = Math.max(0, text.toLowerCase().indexOf(needle) - 40);
  return text.slice(at, at + 120);
}
