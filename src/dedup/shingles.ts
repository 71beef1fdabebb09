/** Words of a text for comparison: lower case, letters and digits only, punctuation dropped. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The distinct word n-grams of a text (3 words by default). A text shorter than `n` words is
 * one shingle, so very short texts still compare.
 *
 * @example
 * shingles('The ship left port.'); // Set { 'the ship left', 'ship left port' }
 */
export function shingles(text: string, n = 3): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  if (w.length < n) {
    if (w.length) out.add(w.join(' '));
    return out;
  }
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/**
 * Containment of the smaller shingle set in the larger: 1 when one text's 3-grams all occur in
 * the other. A copy with a footer added or a last paragraph cut still scores high, which plain
 * Jaccard would not.
 *
 * @example
 * resemblance(story, story + '\nRead more at example.com'); // 1
 */
export function resemblance(a: string, b: string): number {
  const sa = shingles(a);
  const sb = shingles(b);
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (small.size === 0) return large.size === 0 ? 1 : 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}
