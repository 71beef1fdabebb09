import type { Article } from '../core/types.js';
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
 * Analyse and store articles one at a time (one transaction each, inside the store), so a
 * killed batch loses nothing committed and a rerun continues: stored articles come back as
 * duplicates. One bad article is recorded as a failure and the batch goes on.
 *
 * @example
 * const summary = await ingestArticles(readInputs(['samples/']), { store, pipeline });
 */
export async function ingestArticles(
  inputs: AsyncIterable<ReadOutcome> | Iterable<ReadOutcome>,
  deps: { store: Store; pipeline: Pipeline; onResult?: (ok: boolean) => void; keepResults?: boolean },
): Promise<IngestSummary> {
  const summary = emptySummary();
  for await (const input of inputs) {
    summary.read++;
    try {
      if (!input.ok) throw input.error;
      const record = deps.pipeline.analyse(input.article);
      const result = await deps.store.putArticle(record);
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
  return summary;
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
