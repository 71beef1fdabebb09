/** What one progress line shows. */
export interface ProgressState {
  label: string;
  count: number;
  failed: number;
  /** Seconds since the batch started. */
  seconds: number;
  /** Share of the input read, 0..1, or null when there is no total (standard input). */
  fraction: number | null;
  /** How far through the input, in its own unit ("3/10 files", "12.0/40.0 MB"); with a fraction. */
  position?: string;
}

/** "1 article", "2 articles". */
const articles = (n: number) => `${n} ${n === 1 ? 'article' : 'articles'}`;

/** `extract: 1204 articles (2 failed), 35.2/s`: the line without a bar (plain output, standard input). */
export function countLine(s: ProgressState): string {
  return `${s.label}: ${articles(s.count)} (${s.failed} failed), ${rate(s)}/s`;
}

/** The line that ends a batch: `extract: 1204 articles (2 failed) in 34.2 s, 35.2/s`. */
export function summaryLine(s: ProgressState): string {
  return `${s.label}: ${articles(s.count)} (${s.failed} failed) in ${s.seconds.toFixed(1)} s, ${rate(s)}/s`;
}

/**
 * A terminal line with a bar, percentage and ETA, fitted to `columns` (the bar shrinks, then
 * goes, so the line never wraps and `\r` can redraw it). Returns the text to write and its
 * visible length; `color` colours the filled part of the bar.
 *
 * @example
 * barLine({ label: 'ingest', count: 40, failed: 0, seconds: 10, fraction: 0.4, position: '4/10 files' }, 100, false);
 * // { text: 'ingest ████████████░░░░░░░░░░░░░░░░░░  40% 4/10 files · 40 articles · 4.0/s · ETA 0:15', width: 86 }
 */
export function barLine(s: ProgressState, columns: number, color: boolean): { text: string; width: number } {
  const f = Math.min(1, Math.max(0, s.fraction ?? 0));
  const failed = s.failed ? `, ${s.failed} failed` : '';
  const eta = f > 0 ? duration((s.seconds * (1 - f)) / f) : '--';
  const tail = ` ${`${Math.floor(f * 100)}%`.padStart(4)} ${s.position ?? ''} · ${articles(s.count)}${failed} · ${rate(s)}/s · ETA ${eta}`;
  const room = columns - 1 - s.label.length - tail.length - 1;
  const size = Math.min(MAX_BAR, room);
  if (size < MIN_BAR) return fitted(`${s.label}${tail}`, columns);
  const filled = Math.round(f * size);
  const done = FULL.repeat(filled);
  const bar = (color && filled ? `\x1b[36m${done}\x1b[39m` : done) + EMPTY.repeat(size - filled);
  return { text: `${s.label} ${bar}${tail}`, width: s.label.length + 1 + size + tail.length };
}

/** Text cut to fit a terminal line of `columns` (one left free so the cursor never wraps), with its width. */
export function fitted(text: string, columns: number): { text: string; width: number } {
  const cut = text.slice(0, Math.max(0, columns - 1));
  return { text: cut, width: cut.length };
}

/** `1:05`, `2:03:09`: a number of seconds as a clock reading. */
export function duration(seconds: number): string {
  const t = Math.max(0, Math.round(seconds));
  const [h, m, sec] = [Math.floor(t / 3600), Math.floor(t / 60) % 60, t % 60];
  const mm = h ? String(m).padStart(2, '0') : String(m);
  return `${h ? `${h}:` : ''}${mm}:${String(sec).padStart(2, '0')}`;
}

/** `512 B`, `12.3 kB`, `286.0 MB`, `1.2 GB` (decimal units). */
export function bytes(n: number): string {
  if (n < 1e3) return `${n} B`;
  const [unit, scale] = n < 1e6 ? ['kB', 1e3] : n < 1e9 ? ['MB', 1e6] : ['GB', 1e9];
  return `${(n / scale).toFixed(1)} ${unit}`;
}

const MAX_BAR = 30;
const MIN_BAR = 8;
const FULL = '█';
const EMPTY = '░';

function rate(s: ProgressState): string {
  return s.seconds > 0 ? (s.count / s.seconds).toFixed(1) : '-';
}
