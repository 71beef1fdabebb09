import type { IngestFailure, PutArticleResult, Store } from '../store/store.js';
import type { ArticleInput } from './schemas.js';

/** What one POST /api/articles call did: one result per stored article, one failure per skipped one. */
export interface IngestSummary {
  results: PutArticleResult[];
  failures: IngestFailure[];
}

/**
 * Runs the pipeline over submitted articles and stores them. The API validates the body
 * first, so every record is an {@link ArticleInput}; a callback typed `(records: unknown[]) => ...`
 * fits this type too.
 */
export type IngestCallback = (records: ArticleInput[]) => Promise<IngestSummary>;

export interface AppOptions {
  store: Store;
  /** Without it, POST /api/articles answers 403 even with a token. */
  ingest?: IngestCallback;
  /** Bearer token for writes (normally CLAIMTRAIL_TOKEN). Without one the server is read-only. */
  token?: string;
  /** Largest accepted request body in bytes; default 1 MB. */
  maxBodyBytes?: number;
  /** Folder of the web UI; default the package's `web/`; `false` serves the API only. */
  webDir?: string | false;
}
