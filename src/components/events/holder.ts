import type { Doc } from '../../core/doc.js';
import type { Holder, Speaker } from '../../core/types.js';

/** The article's own voice. */
export const ARTICLE_VOICE: Holder = { name: null, country: null, entityId: null };

/** A holder from a speaker: the name, else the description ("foreign ministry"). */
export function holderOfSpeaker(s: Speaker | null): Holder {
  if (!s || (!s.name && !s.country && !s.description)) return ARTICLE_VOICE;
  return { name: s.name ?? s.description ?? null, country: s.country, entityId: s.entityId };
}

/**
 * Who holds the clause at `[start, end)`: the speaker of the direct quote or reported clause that
 * contains it (the innermost one), else the article's own voice.
 *
 * @example
 * holderOf(doc, 40, 48); // { name: 'Arlo Fenn', country: 'USA', entityId: 'e2' }
 */
export function holderOf(doc: Doc, start: number, end: number): { holder: Holder; quoteIndex: number | null } {
  let best: { holder: Holder; quoteIndex: number | null; size: number } | null = null;
  doc.get('quotes').forEach((q, i) => {
    if (q.start <= start && end <= q.end && (!best || q.end - q.start < best.size)) {
      best = { holder: holderOfSpeaker(q.speaker), quoteIndex: i, size: q.end - q.start };
    }
  });
  for (const a of doc.get('attributions')) {
    const c = a.content;
    if (c.start <= start && end <= c.end && (!best || c.end - c.start < best.size)) {
      best = { holder: holderOfSpeaker(a.speaker), quoteIndex: a.quoteIndex, size: c.end - c.start };
    }
  }
  const found = best as { holder: Holder; quoteIndex: number | null } | null;
  return found ? { holder: found.holder, quoteIndex: found.quoteIndex } : { holder: ARTICLE_VOICE, quoteIndex: null };
}
