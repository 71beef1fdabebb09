/**
 * Ingest: read articles from text, HTML, JSON, JSON Lines (plain or gzip), RSS/Atom feeds,
 * directories and stdin into normalised `Article` records, one result per article or failure.
 */
export { readInputs, readInputFile, type ReadInputsOptions } from './read.js';
export { ReadProgress } from './progress.js';
export type { ReadResult } from './result.js';
export type { IngestOptions } from './options.js';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_FILE_BYTES } from './options.js';
export { articleFromRecord, type RecordOptions } from './record.js';
export { readTextArticle } from './text.js';
export { readHtml, htmlFragmentToText, type HtmlArticle } from './html.js';
export { readJsonDocument } from './json.js';
export { readJsonl } from './jsonl.js';
export { readFeed } from './feed.js';
export { finishArticle, type ArticleDraft } from './article.js';
export { decodeBytes } from './decode.js';
export { normaliseText } from './normalise.js';
export { normalisePublished } from './published.js';
export { contentHash, normaliseUrl } from './keys.js';
export { formatOfPath, sniffFormat, stemOf, type InputFormat } from './format.js';
