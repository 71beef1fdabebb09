/**
 * A user's search text as a safe FTS5 query: every word, and every "quoted phrase", becomes one
 * double-quoted FTS5 string, so operators, column filters and stray quotes in the input are
 * read as text and cannot raise a syntax error. Terms are ANDed. Returns null when nothing
 * searchable is left.
 *
 * @example
 * ftsQuery('nord stream "blew up" OR x:'); // '"nord" "stream" "blew up" "OR" "x"'
 */
export function ftsQuery(input: string): string | null {
  const terms: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (const m of input.matchAll(pattern)) {
    const words = (m[1] ?? m[2] ?? '').match(/[\p{L}\p{N}]+/gu);
    if (words) terms.push(`"${words.join(' ')}"`);
  }
  return terms.length ? terms.join(' ') : null;
}
