/**
 * How much of its input a `readInputs` pass has read, for a progress display. The readers only
 * set fields and keep a reference to the streamed file (whose `bytesRead` the stream counts
 * anyway): nothing is done per chunk, so reading is not slowed. A display asks `fraction()` when
 * it redraws.
 *
 * Each input file is one unit, counted when its last article has been taken; a streamed one
 * (JSONL, JSONL.gz) counts meanwhile by the bytes read of its size (compressed bytes for .gz).
 * Standard input has no size, so with `-` among the inputs there is no total.
 *
 * @example
 * const progress = new ReadProgress();
 * for await (const r of readInputs(['corpus/'], { progress })) console.log(progress.fraction());
 */
export class ReadProgress {
  /** Input files to read, directories listed; known before the first article is read. */
  files = 0;
  /** Files whose articles have all been taken (or that failed). */
  filesRead = 0;
  /** Standard input is among the inputs. */
  stdin = false;
  private stream: { size: number; bytesRead: () => number } | null = null;

  /** The file being read is streamed: its size, and a reading of how many of its bytes are read. */
  streaming(size: number, bytesRead: () => number): void {
    this.stream = { size, bytesRead };
  }

  /** The file being read is through (its stream, if any, is done with). */
  fileRead(): void {
    this.filesRead++;
    this.stream = null;
  }

  /** The streamed file being read, as bytes read of its size; null when none is. */
  streamed(): { bytesRead: number; size: number } | null {
    return this.stream && { bytesRead: this.stream.bytesRead(), size: this.stream.size };
  }

  /** Share of the input read, 0..1; null without a total (standard input, or no files). */
  fraction(): number | null {
    if (this.stdin || this.files === 0) return null;
    const s = this.streamed();
    const partial = s && s.size > 0 ? Math.min(1, s.bytesRead / s.size) : 0;
    return Math.min(1, (this.filesRead + partial) / this.files);
  }
}
