/**
 * Progress on stderr: a redrawn line on a terminal, a plain line every `every` items otherwise.
 * Silent for small batches so piping a few files prints nothing extra.
 */
export class Progress {
  private count = 0;
  private failed = 0;
  private readonly started = performance.now();
  private lastDraw = 0;
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(
    private readonly label: string,
    private readonly every = 500,
    private readonly quiet = false,
  ) {}

  tick(ok: boolean): void {
    this.count++;
    if (!ok) this.failed++;
    if (this.quiet) return;
    const now = performance.now();
    if (this.tty) {
      if (now - this.lastDraw > 100) {
        this.lastDraw = now;
        process.stderr.write(`\r${this.line()}`);
      }
    } else if (this.count % this.every === 0) {
      process.stderr.write(`${this.line()}\n`);
    }
  }

  done(): void {
    if (this.quiet) return;
    if (this.tty && this.count > 0) process.stderr.write(`\r${this.line()}\n`);
  }

  private line(): string {
    const secs = (performance.now() - this.started) / 1000;
    const rate = secs > 0 ? (this.count / secs).toFixed(1) : '-';
    return `${this.label}: ${this.count} articles (${this.failed} failed), ${rate}/s`;
  }
}
