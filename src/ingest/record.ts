import type { Article } from '../core/types.js';
import { ClaimtrailError } from '../errors.js';
import { finishArticle } from './article.js';
import { htmlFragmentToText, readHtml } from './html.js';
import type { IngestOptions } from './options.js';

/** Options for `articleFromRecord`: limits, and the id to use when the record has none. */
export interface RecordOptions extends IngestOptions {
  defaultId?: string;
}

/**
 * Validate one record `{id, title, text | html, published, source, url}` (extra fields,
 * such as an evaluation file's `gold`, are ignored) and turn it into an `Article`. An `html`
 * field holding a whole page goes through Readability, a fragment is read paragraph by
 * paragraph; page metadata fills fields the record leaves empty.
 * Throws E_INPUT_RECORD naming the bad field.
 *
 * @example
 * articleFromRecord({ id: 'a1', text: 'Rain fell.', published: '2024-05-01' }, 'api').published; // '2024-05-01'
 */
export function articleFromRecord(record: unknown, origin: string, opts: RecordOptions = {}): Article {
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    throw recordError(origin, 'record must be a JSON object');
  }
  const r = record as Record<string, unknown>;
  const id = typeof r.id === 'number' ? String(r.id) : optionalString(r, 'id', origin);
  const title = optionalString(r, 'title', origin);
  const text = optionalString(r, 'text', origin);
  const html = optionalString(r, 'html', origin);
  const source = optionalString(r, 'source', origin);
  const url = optionalString(r, 'url', origin);
  if (
    r.published !== undefined &&
    r.published !== null &&
    typeof r.published !== 'string' &&
    typeof r.published !== 'number'
  ) {
    throw recordError(origin, 'field "published" must be a string or a number');
  }
  const base = { id: id ?? opts.defaultId ?? null, title, published: r.published, source, url };
  if (text !== null && text.trim() !== '') return finishArticle({ ...base, text }, origin, opts);
  if (html !== null && html.trim() !== '') {
    if (!/<(html|body|head)[\s>]/i.test(html))
      return finishArticle({ ...base, text: htmlFragmentToText(html) }, origin, opts);
    const page = readHtml(html);
    return finishArticle(
      {
        id: base.id,
        title: title ?? page.title,
        text: page.text,
        published: r.published ?? page.published,
        source: source ?? page.source,
        url: url ?? page.url,
        meta: { byline: page.byline, lang: page.lang, extraction: page.extraction },
      },
      origin,
      opts,
    );
  }
  if (text !== null || html !== null)
    throw new ClaimtrailError('E_INPUT_EMPTY', `${origin}: article text is empty`, { origin });
  throw recordError(origin, 'record has neither a "text" nor an "html" field');
}

function optionalString(r: Record<string, unknown>, field: string, origin: string): string | null {
  const v = r[field];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string')
    throw recordError(origin, `field "${field}" must be a string, got ${typeof v}`, field);
  return v;
}

function recordError(origin: string, reason: string, field?: string): ClaimtrailError {
  return new ClaimtrailError(
    'E_INPUT_RECORD',
    `${origin}: ${reason}`,
    field ? { origin, field } : { origin },
  );
}
