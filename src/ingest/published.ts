import * as chrono from 'chrono-node';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/**
 * Normalise a publication date to `YYYY-MM-DD` (day known, no time) or an ISO timestamp
 * (time known). The timestamp keeps the source's own UTC offset, because the local date is
 * the article's date ("on Friday" means the publisher's Friday). Accepts ISO forms, RFC 822
 * feed dates and written dates. Returns null when the value is not a date with a certain
 * year and day: relative dates ("yesterday") would resolve against the reading time.
 * Numbers are epoch seconds or milliseconds.
 *
 * @example
 * normalisePublished('Tue, 19 Sep 2023 10:00:00 +0200'); // '2023-09-19T10:00:00+02:00'
 * normalisePublished('Sept 19, 2023'); // '2023-09-19'
 */
export function normalisePublished(value: unknown): string | null {
  // Epoch numbers: below 1e11 they are seconds (1e11 ms is only March 1973).
  if (typeof value === 'number' && Number.isFinite(value)) {
    return new Date(value < 1e11 ? value * 1000 : value).toISOString();
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (ISO_DATE.test(s)) return Number.isNaN(Date.parse(s)) ? null : s;
  if (ISO_TIMESTAMP.test(s) && !Number.isNaN(Date.parse(s))) return s.replace(' ', 'T');
  const parsed = chrono.parse(s)[0];
  // chrono calls "yesterday" certain too; a written year is what makes a date absolute.
  if (!parsed || !/\d{4}/.test(parsed.text) || !parsed.start.isCertain('day')) return null;
  // Only accept when the date is most of the value, not a date somewhere inside prose.
  if (parsed.text.length < s.length * 0.6) return null;
  const c = parsed.start;
  const date = `${pad(c.get('year')!, 4)}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
  if (!c.isCertain('hour')) return date;
  const time = `${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}:${pad(c.get('second') ?? 0)}`;
  return `${date}T${time}${c.isCertain('timezoneOffset') ? offset(c.get('timezoneOffset')!) : ''}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Minutes east of UTC as `Z` or `+hh:mm`. */
function offset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
