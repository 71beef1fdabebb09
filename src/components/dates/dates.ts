import * as chrono from 'chrono-node';
import type { Doc } from '../../core/doc.js';
import type { DateMention } from '../../core/types.js';

// Only sentences with a date-like word are handed to chrono: it is the slowest step otherwise.
const DATE_HINT =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{4}-\d{2}-\d{2}\b|\b(?:yesterday|today|tomorrow|tonight|last|next|ago|earlier this)\b/i;
const PAST_TENSE = /\b(?:said|told|was|were|had|did|announced|denied|accused|met|launched|\w+ed)\b/i;
const WEEKDAY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/**
 * Resolve the date expressions of each sentence against the article's date. A bare weekday
 * in a past-tense sentence resolves to the most recent such day on or before the article date.
 *
 * @example
 * findDates(doc); // [{ start: 40, end: 50, text: 'on Tuesday', date: '2022-11-08' }]
 */
export function findDates(doc: Doc): DateMention[] {
  const ref = referenceDate(doc.article.published);
  if (!ref) return [];
  const out: DateMention[] = [];
  for (const s of doc.sentences) {
    if (!DATE_HINT.test(s.text)) continue;
    for (const r of chrono.parse(s.text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
      let date = r.start.date();
      if (WEEKDAY.test(r.text.trim()) && PAST_TENSE.test(s.text) && date.getTime() > ref.getTime()) {
        date = new Date(date.getTime() - 7 * 86_400_000);
      }
      const start = s.start + r.index;
      out.push({ start, end: start + r.text.length, text: r.text, date: isoDay(date) });
    }
  }
  return out;
}

/** The article's date at noon UTC, or null when unknown or unparseable. */
export function referenceDate(published: string | null): Date | null {
  if (!published) return null;
  const d = new Date(published.length === 10 ? `${published}T12:00:00Z` : published);
  return Number.isNaN(d.getTime()) ? null : d;
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
