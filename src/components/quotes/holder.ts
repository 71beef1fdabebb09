import type { Doc } from '../../core/doc.js';
import type { Speaker } from '../../core/types.js';

/** The holder of quoted words whose speaker was not found: someone, but not the article. */
export const UNKNOWN_SPEAKER: Readonly<Speaker> = Object.freeze({
  name: null,
  description: null,
  role: null,
  country: null,
  entityId: null,
});

/**
 * Who holds the text `[start, end)`: the speaker of the innermost attribution (direct quote or
 * reported clause) whose content contains it; `UNKNOWN_SPEAKER` when that speaker was not found;
 * null for the article's own voice.
 *
 * @example
 * holderAt(doc, 40, 60)?.name; // 'Mara Quill'
 */
export function holderAt(doc: Doc, start: number, end: number): Speaker | null {
  let best: { len: number; speaker: Speaker | null } | null = null;
  for (const a of doc.get('attributions')) {
    if (a.content.start <= start && end <= a.content.end) {
      const len = a.content.end - a.content.start;
      if (!best || len < best.len) best = { len, speaker: a.speaker };
    }
  }
  if (!best) return null;
  return best.speaker ?? UNKNOWN_SPEAKER;
}

/**
 * Index (into `doc.get('quotes')`) of the quote that contains `offset`: the innermost, a direct
 * quote before reported speech of the same length; null outside every quote.
 *
 * @example
 * quoteAt(doc, 45); // 0
 */
export function quoteAt(doc: Doc, offset: number): number | null {
  let best = -1;
  let bestLen = Infinity;
  doc.get('quotes').forEach((q, i) => {
    if (q.start <= offset && offset < q.end) {
      const len = (q.end - q.start) * 2 - (q.direct ? 1 : 0);
      if (len < bestLen) {
        best = i;
        bestLen = len;
      }
    }
  });
  return best < 0 ? null : best;
}
