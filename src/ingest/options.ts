/** Limits and switches shared by every reader. */
export interface IngestOptions {
  /** Most UTF-8 bytes of normalised text one article may have (default 5 MB). */
  maxBytes?: number;
  /**
   * Most bytes of one input read into memory whole (`.txt`, `.html`, `.json`, feeds, stdin;
   * default 64 MB). JSONL is streamed and limited per line by `maxBytes` instead.
   */
  maxFileBytes?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * The per-article text limit in force.
 *
 * @example
 * maxBytesOf({}); // 5242880
 */
export function maxBytesOf(opts: IngestOptions): number {
  return opts.maxBytes ?? DEFAULT_MAX_BYTES;
}

/**
 * The whole-input limit in force.
 *
 * @example
 * maxFileBytesOf({ maxFileBytes: 1024 }); // 1024
 */
export function maxFileBytesOf(opts: IngestOptions): number {
  return opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
}
