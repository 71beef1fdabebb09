import { createHash } from 'node:crypto';

/**
 * Dedup key for article text: hex sha256 of the text as given (pass normalised text so
 * that the same story read from HTML and from JSONL hashes the same).
 *
 * @example
 * contentHash('Hello'); // '185f8db3...'
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Dedup key for a URL: lower-case scheme and host, no fragment, no `utm_*` tracking
 * parameters, no default port. Returns the input trimmed when it is not an absolute URL.
 *
 * @example
 * normaliseUrl('HTTPS://News.Example.com/a?utm_source=x&id=2#top'); // 'https://news.example.com/a?id=2'
 */
export function normaliseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()]) {
    if (key.toLowerCase().startsWith('utm_')) parsed.searchParams.delete(key);
  }
  // URL already lower-cases the scheme and host and drops default ports.
  return parsed.toString().replace(/\?$/, '');
}
