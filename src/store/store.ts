import type { ArticleRecord, PloverCategory, Quote } from '../core/types.js';
import type { Proposition, PropositionStatus, TrailEntry } from '../ledger/types.js';

/** Opening and closing marks around matched terms in search snippets. */
export const SEARCH_MARKS = ['\u00ab', '\u00bb'] as const;

/** The result of storing one analysed article. */
export interface PutArticleResult {
  status: 'stored' | 'duplicate' | 'new-version' | 'near-duplicate';
  articleId: string;
  /** For `duplicate` and `near-duplicate`: the article this one repeats. */
  duplicateOf: string | null;
  trailEntries: number;
}

export interface StoredArticle {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  contentHash: string;
  version: number;
  duplicateOf: string | null;
  pipelineVersion: string;
  ingestedAt: string;
}

export interface IngestFailure {
  origin: string;
  articleId: string | null;
  code: string;
  message: string;
  at: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface PropositionQuery {
  actor?: string;
  recipient?: string;
  category?: PloverCategory;
  status?: PropositionStatus;
  holder?: string;
  objectClass?: string;
  since?: string;
  until?: string;
  sort?: 'contested-first' | 'newest' | 'oldest' | 'most-statements';
  limit?: number;
  offset?: number;
}

export interface QuoteRow extends Quote {
  articleId: string;
  index: number;
}

export interface SearchHit {
  kind: 'article' | 'quote';
  articleId: string;
  title: string | null;
  /** Matching text with the matched terms between `SEARCH_MARKS` (plain text, not HTML). */
  snippet: string;
  quoteIndex: number | null;
  rank: number;
}

export interface ActorSummary {
  code: string;
  name: string | null;
  /** Propositions the actor's side holds as asserted (newest first; an adapter may cap the list, see `totals`). */
  asserts: Proposition[];
  /** Propositions the actor's side denies. */
  denies: Proposition[];
  /** Propositions with the actor in the actor set. */
  accusedOf: Proposition[];
  /**
   * Counted statements by month (`YYYY-MM`): `asserted`/`denied` as holder, `accused` as actor,
   * `targeted` as recipient.
   */
  timeline: { month: string; asserted: number; denied: number; accused: number; targeted?: number }[];
  /** Full sizes of the three lists when an adapter caps them. */
  totals?: { asserts: number; denies: number; accusedOf: number };
}

/**
 * Storage behind the ledger. One contract test suite runs against every adapter
 * (SQLite now; PostgreSQL later), so nothing above this interface knows the database.
 */
export interface Store {
  /** Store one analysed article and its trail entries in one transaction. */
  putArticle(record: ArticleRecord): PutArticleResult | Promise<PutArticleResult>;
  recordFailure(failure: IngestFailure): void | Promise<void>;
  getArticle(id: string): ArticleRecord | null | Promise<ArticleRecord | null>;
  listArticles(opts: { limit?: number; offset?: number }): Page<StoredArticle> | Promise<Page<StoredArticle>>;
  listPropositions(query: PropositionQuery): Page<Proposition> | Promise<Page<Proposition>>;
  getProposition(id: number): Proposition | null | Promise<Proposition | null>;
  getTrail(propositionId: number): TrailEntry[] | Promise<TrailEntry[]>;
  listQuotes(opts: {
    articleId?: string;
    speaker?: string;
    limit?: number;
    offset?: number;
  }): Page<QuoteRow> | Promise<Page<QuoteRow>>;
  actor(code: string): ActorSummary | Promise<ActorSummary>;
  search(
    query: string,
    opts?: { limit?: number; offset?: number },
  ): Page<SearchHit> | Promise<Page<SearchHit>>;
  listFailures(): IngestFailure[] | Promise<IngestFailure[]>;
  close(): void | Promise<void>;
}
