import type { ReadProgress } from '../ingest/index.js';
import { barLine, bytes, countLine, fitted, summaryLine, type ProgressState } from './progress-line.js';

/** Where progress goes: standard error, or a fake stream in tests. */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** No output at all. */
  quiet?: boolean;
  /** When not on a terminal: a plain line every this many articles (default 500). */
  every?: number;
  /** The readers' progress: with a total (files, not standard input) a terminal shows a bar and an ETA. */
  input?: ReadProgress;
  /** Default `process.stderr`. */
  stream?: ProgressStream;
  /** Default `process.env` (NO_COLOR, TERM). */
  env?: Record<string, string | undefined>;
  /** Milliseconds, default `performance.now`; tests pass their own clock. */
  now?: () => number;
}

/** Least time between two redraws on a terminal: drawing never costs the pipeline anything noticeable. */
const REDRAW_MS = 150;

/**
 * Progress of a batch on stderr. On a terminal: one line redrawn at most every 150 ms, with a
 * bar, percentage and ETA when the input has a total (else count and rate), cleared at the end
 * and replaced by a summary. Elsewhere: a plain line every `every` articles, and the summary
 * after them; a small batch prints nothing. NO_COLOR (or TERM=dumb) leaves the bar uncoloured.
 *
 * @example
 * const progress = new Progress('ingest', { input: readProgress });
 * for (...) progress.tick(ok);
 * progress.done();
 */
export class Progress {
  private count = 0;
  private failed = 0;
  private lastDraw = -Infinity;
  /** Visible width of the line on screen (0: none drawn). */
  private drawn = 0;
  private printedLines = false;
  private readonly stream: ProgressStream;
  private readonly now: () => number;
  private readonly started: number;
  private readonly tty: boolean;
  private readonly color: boolean;

  constructor(
    private readonly label: string,
    private readonly opts: ProgressOptions = {},
  ) {
    this.stream = opts.stream ?? process.stderr;
    this.now = opts.now ?? (() => performance.now());
    this.started = this.now();
    this.tty = Boolean(this.stream.isTTY);
    const env = opts.env ?? process.env;
    this.color = this.tty && !env.NO_COLOR && env.TERM !== 'dumb';
  }

  /** One article done (or failed). */
  tick(ok: boolean): void {
    this.count++;
    if (!ok) this.failed++;
    if (this.opts.quiet) return;
    if (this.tty) {
      const now = this.now();
      if (now - this.lastDraw >= REDRAW_MS) this.draw(now);
    } else if (this.count % (this.opts.every ?? 500) === 0) {
      const s = this.state(this.now());
      const read = s.fraction === null ? '' : `, ${Math.floor(s.fraction * 100)}% read`;
      this.stream.write(`${countLine(s)}${read}\n`);
      this.printedLines = true;
    }
  }

  /** Write a line of text (a failure) above the progress line instead of through it. */
  print(text: string): void {
    const redraw = this.drawn > 0;
    this.clear();
    this.stream.write(text);
    if (redraw) this.draw(this.now());
  }

  /** Clear the progress line and print the summary (on a terminal, or after plain lines). */
  done(): void {
    if (this.opts.quiet) return;
    this.clear();
    if ((this.tty && this.count > 0) || this.printedLines)
      this.stream.write(`${summaryLine(this.state(this.now()))}\n`);
  }

  private draw(now: number): void {
    this.lastDraw = now;
    const s = this.state(now);
    // A terminal of unknown size (a pty without one) reports 0 columns.
    const columns = this.stream.columns || 80;
    const line = s.fraction === null ? fitted(countLine(s), columns) : barLine(s, columns, this.color);
    // Spaces rub out what is left of a longer line before (no escape codes needed).
    this.stream.write(`\r${line.text}${' '.repeat(Math.max(0, this.drawn - line.width))}`);
    this.drawn = line.width;
  }

  private clear(): void {
    if (this.drawn === 0) return;
    this.stream.write(`\r${' '.repeat(this.drawn)}\r`);
    this.drawn = 0;
  }

  private state(now: number): ProgressState {
    const input = this.opts.input;
    const fraction = input?.fraction() ?? null;
    const streamed = input?.files === 1 ? input.streamed() : null;
    const position = streamed
      ? `${bytes(streamed.bytesRead)}/${bytes(streamed.size)}`
      : input && `${input.filesRead}/${input.files} files`;
    const seconds = (now - this.started) / 1000;
    return { label: this.label, count: this.count, failed: this.failed, seconds, fraction, position };
  }
}
