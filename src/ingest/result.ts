import type { Article } from '../core/types.js';
import { ClaimtrailError } from '../errors.js';

/** One article read, or one input (or record) that failed; a batch goes on after a failure. */
export type ReadResult = { ok: true; article: Article } | { ok: false; error: ClaimtrailError };

/**
 * Run `read` and wrap its article, or its error, as a `ReadResult` for `origin`.
 *
 * @example
 * settle('x.txt', () => finishArticle({ text: '' }, 'x.txt', {})); // { ok: false, error: E_INPUT_EMPTY }
 */
export function settle(origin: string, read: () => Article): ReadResult {
  try {
    return { ok: true, article: read() };
  } catch (error) {
    return failure(error, origin);
  }
}

/**
 * A failed result. An error that is not a ClaimtrailError (a parser library tripping over
 * odd input) becomes E_INPUT_FORMAT naming the input, with the original as `cause`, so that
 * one input cannot stop the batch and the failure is still reported, not swallowed.
 *
 * @example
 * failure(new TypeError('x is undefined'), 'page.html').error.message; // 'page.html: cannot read: x is undefined'
 */
export function failure(error: unknown, origin: string): { ok: false; error: ClaimtrailError } {
  if (error instanceof ClaimtrailError) return { ok: false, error };
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    error: new ClaimtrailError(
      'E_INPUT_FORMAT',
      `${origin}: cannot read: ${reason}`,
      { origin },
      { cause: error },
    ),
  };
}
