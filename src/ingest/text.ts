import type { Article } from '../core/types.js';
import { finishArticle, type ArticleDraft } from './article.js';
import type { IngestOptions } from './options.js';

/** Header keys a plain-text article may start with, and the draft field each fills. */
const HEADER_FIELDS: Record<string, 'title' | 'published' | 'source' | 'url' | 'id' | 'byline'> = {
  title: 'title',
  date: 'published',
  published: 'published',
  source: 'source',
  url: 'url',
  id: 'id',
  author: 'byline',
  byline: 'byline',
};

const HEADER_LINE = /^([A-Za-z]+):[ \t]*(.*)$/;

/**
 * Read a plain-text article. Optional header lines at the top (`Title:`, `Date:`,
 * `Source:`, `URL:`, also `Id:` and `Author:`) end at the first blank line or at the first
 * line that is not a known header; the rest is the text.
 *
 * @example
 * readTextArticle('Title: Storm\nDate: 2024-01-02\n\nRain fell.', 'a.txt', 'a', {}).title; // 'Storm'
 */
export function readTextArticle(
  content: string,
  origin: string,
  defaultId: string,
  opts: IngestOptions,
): Article {
  const lines = content.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const draft: ArticleDraft & { byline?: string } = { id: defaultId, text: '' };
  let i = 0;
  for (; i < lines.length; i++) {
    const m = HEADER_LINE.exec(lines[i]!);
    const field = m ? HEADER_FIELDS[m[1]!.toLowerCase()] : undefined;
    if (!m || !field) break;
    draft[field] = m[2]!.trim();
  }
  if (i > 0 && i < lines.length && lines[i]!.trim() === '') i++;
  const { byline, ...rest } = draft;
  return finishArticle({ ...rest, text: lines.slice(i).join('\n'), meta: { byline } }, origin, opts);
}
