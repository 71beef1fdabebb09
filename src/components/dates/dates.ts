import * as chrono from 'chrono-node';
import type { Doc } from '../../core/doc.js';
import type { DateMention } from '../../core/types.js';
import { loadDateCues, type DateCues } from './lexicon.js';

/** Characters of context on each side of a date-like word ("the first Tuesday of next month"). */
const WINDOW = 24;

/**
 * Resolve the date expressions of each sentence against the article's date. A bare weekday
 * in a past-tense sentence resolves to the most recent such day on or before the article date.
 * Only short windows around the cues of `date-cues.tsv` are handed to chrono: it is the
 * slowest step otherwise.
 *
 * @example
 * findDates(doc); // [{ start: 40, end: 50, text: 'on Tuesday', date: '2022-11-08' }]
 */
export function findDates(doc: Doc, cues: DateCues = loadDateCues()): DateMention[] {
  const ref = referenceDate(doc.article.published);
  if (!ref) return [];
  const out: DateMention[] = [];
  for (const s of doc.sentences) {
    for (const w of hintWindows(s.text, cues)) {
      const text = s.text.slice(w.start, w.end);
      for (const r of chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
        let date = r.start.date();
        if (
          cues.bareWeekday.test(r.text.trim()) &&
          cues.pastTense.test(s.text) &&
          date.getTime() > ref.getTime()
        ) {
          date = new Date(date.getTime() - 7 * 86_400_000);
        }
        const start = s.start + w.start + r.index;
        out.push({ start, end: start + r.text.length, text: r.text, date: isoDay(date) });
      }
    }
  }
  return out;
}

/**
 * Short windows of a sentence around its date-like words, merged where they overlap. chrono's
 * cost grows with the text it is given, so it sees only these windows, never whole sentences.
 */
export function hintWindows(text: string, cues: DateCues = loadDateCues()): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  for (const m of text.matchAll(cues.hint)) {
    let start = Math.max(0, m.index - WINDOW);
    let end = Math.min(text.length, m.index + m[0].length + WINDOW);
    // Widen to word boundaries so no word is cut in half.
    while (start > 0 && /\S/.test(text[start - 1]!)) start--;
    while (end < text.length && /\S/.test(text[end]!)) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
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
