import type { Article, ArticleRecord } from '../core/types.js';
import { articleFromRecord } from '../ingest/index.js';
import { asClaimtrailError, type ClaimtrailError } from '../errors.js';
import type { Pipeline } from '../pipeline/index.js';
import type { PutArticleResult, Store } from '../store/store.js';

/** One input as a reader yields it: an article, or the error that made it unreadable. */
export type ReadOutcome = { ok: true; article: Article } | { ok: false; error: ClaimtrailError };

/** What a batch did, for the summary that ends `claimtrail ingest` and the API's answer. */
export interface IngestSummary {
  read: number;
  stored: number;
  duplicates: number;
  newVersions: number;
  nearDuplicates: number;
  trailEntries: number;
  failed: { origin: string; articleId: string | null; code: string; reason: string }[];
  results: PutArticleResult[];
}

export function emptySummary(): IngestSummary {
  return {
    read: 0,
    stored: 0,
    duplicates: 0,
    newVersions: 0,
    nearDuplicates: 0,
    trailEntries: 0,
    failed: [],
    results: [],
  };
}

/**
 * How many articles are analysed before they are stored, each still in its own transaction.
 * Analysis and storage each run through their own data (lexicons and parsers; B-tree pages and
 * statements); alternating them article by article left each to start cold, and storing an
 * article cost a third more than when sixteen are stored in a row. A kill loses at most the
 * analyses of one group, never a commit.
 */
export const ANALYSE_AHEAD = 16;

export interface IngestDeps {
  store: Store;
  pipeline: Pipeline;
  /** Called after each input, stored (true) or failed (false). */
  onResult?: (ok: boolean) => void;
  /** Keep each article's `PutArticleResult` in the summary. */
  keepResults?: boolean;
  /** Articles analysed before they are stored (default `ANALYSE_AHEAD`). */
  analyseAhead?: number;
}

/** An input after analysis: its record, or the error that stopped it. */
type Analysed = { input: ReadOutcome; record: ArticleRecord } | { input: ReadOutcome; error: unknown };

/**
 * Analyse and store articles, each in its own transaction inside the store, so a killed batch
 * loses nothing committed and a rerun continues: stored articles come back as duplicates. Inputs
 * are analysed a few at a time (`ANALYSE_AHEAD`) and then stored in input order. One bad article
 * is recorded as a failure and the batch goes on.
 *
 * @example
 * const summary = await ingestArticles(readInputs(['samples/']), { store, pipeline });
 */
export async function ingestArticles(
  inputs: AsyncIterable<ReadOutcome> | Iterable<ReadOutcome>,
  deps: IngestDeps,
): Promise<IngestSummary> {
  const summary = emptySummary();
  const ahead = Math.max(1, deps.analyseAhead ?? ANALYSE_AHEAD);
  let group: ReadOutcome[] = [];
  try {
    for await (const input of inputs) {
      group.push(input);
      if (group.length < ahead) continue;
      const full = group;
      group = [];
      await storeGroup(full, deps, summary);
    }
  } finally {
    // Also when the input itself breaks off: what was read before is stored.
    await storeGroup(group, deps, summary);
  }
  return summary;
}

async function storeGroup(group: ReadOutcome[], deps: IngestDeps, summary: IngestSummary): Promise<void> {
  const analysed = group.map((input): Analysed => {
    try {
      if (!input.ok) throw input.error;
      return { input, record: deps.pipeline.analyse(input.article) };
    } catch (error) {
      return { input, error };
    }
  });
  for (const item of analysed) {
    const { input } = item;
    summary.read++;
    try {
      if ('error' in item) throw item.error;
      const result = await deps.store.putArticle(item.record);
      count(summary, result);
      if (deps.keepResults) summary.results.push(result);
      deps.onResult?.(true);
    } catch (error) {
      const e = asClaimtrailError(error, input.ok ? input.article.origin : 'input');
      const articleId = input.ok ? input.article.id : null;
      const origin =
        typeof e.details.origin === 'string' ? e.details.origin : input.ok ? input.article.origin : 'input';
      summary.failed.push({ origin, articleId, code: e.code, reason: e.message });
      await deps.store.recordFailure({
        origin,
        articleId,
        code: e.code,
        message: e.message,
        at: new Date().toISOString(),
      });
      deps.onResult?.(false);
    }
  }
}

function count(summary: IngestSummary, result: PutArticleResult): void {
  summary.trailEntries += result.trailEntries;
  if (result.status === 'stored') summary.stored++;
  else if (result.status === 'duplicate') summary.duplicates++;
  else if (result.status === 'new-version') summary.newVersions++;
  else summary.nearDuplicates++;
}

/**
 * Records as submitted over HTTP (`{id, title, text|html, published, source, url}`), read one
 * by one into outcomes; a bad record becomes a failure naming its position.
 *
 * @example
 * await ingestArticles(recordOutcomes(body, 'api'), { store, pipeline });
 */
export function* recordOutcomes(records: readonly unknown[], origin: string): Iterable<ReadOutcome> {
  for (let i = 0; i < records.length; i++) {
    try {
      yield { ok: true, article: articleFromRecord(records[i], `${origin}[${i}]`) };
    } catch (error) {
      yield { ok: false, error: asClaimtrailError(error, `${origin}[${i}]`) };
    }
  }
}
