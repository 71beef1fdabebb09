import type { Article } from '../core/types.js';
import { ClaimtrailError } from '../errors.js';
import { contentHash } from './keys.js';
import { normaliseText } from './normalise.js';
import { maxBytesOf, type IngestOptions } from './options.js';
import { normalisePublished } from './published.js';

/** An article's fields as a reader found them, before normalisation and checks. */
export interface ArticleDraft {
  id?: string | null;
  title?: string | null;
  text: string;
  published?: unknown;
  source?: string | null;
  url?: string | null;
  meta?: Record<string, string | null | undefined>;
}

/**
 * Turn a reader's draft into an `Article`: normalise the text, refuse empty or oversized
 * text, normalise the date (an unparseable one is kept in `meta.publishedRaw`), and give an
 * id from the content hash when the input has none.
 *
 * @example
 * finishArticle({ text: 'Hello\r\nworld' }, 'stdin', {}).text; // 'Hello\nworld'
 */
export function finishArticle(draft: ArticleDraft, origin: string, opts: IngestOptions): Article {
  const text = normaliseText(draft.text);
  if (text === '') throw new ClaimtrailError('E_INPUT_EMPTY', `${origin}: article text is empty`, { origin });
  const bytes = Buffer.byteLength(text, 'utf8');
  const limit = maxBytesOf(opts);
  if (bytes > limit) {
    throw new ClaimtrailError(
      'E_INPUT_TOO_LARGE',
      `${origin}: article text is ${bytes} bytes, over the limit of ${limit}`,
      { origin, bytes, limit },
    );
  }
  const meta: Record<string, string> = {};
  for (const [k, v] of Object.entries(draft.meta ?? {})) if (v) meta[k] = v;
  const published = normalisePublished(draft.published);
  if (published === null && typeof draft.published === 'string' && draft.published.trim() !== '') {
    meta.publishedRaw = draft.published.trim();
  }
  return {
    id: tidy(draft.id) ?? `sha256:${contentHash(text).slice(0, 16)}`,
    title: tidy(draft.title === null || draft.title === undefined ? null : normaliseText(draft.title)),
    text,
    published,
    source: tidy(draft.source),
    url: tidy(draft.url),
    origin,
    meta,
  };
}

function tidy(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}
