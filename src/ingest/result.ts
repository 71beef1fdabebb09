import type { Article } from '../core/types.js';
import { ClaimtrailError } from '../errors.js';

/** One article read, or one input (or record) that failed; a batch goes on after a failure. */
export type ReadResult = { ok: true; article: Article } | { ok: false; error: ClaimtrailError };

/**
 * Run `read` and wrap its article or its ClaimtrailError as a `ReadResult`. Other errors are
 * bugs and are rethrown rather than recorded as bad input.
 *
 * @example
 * settle(() => finishArticle({ text: '' }, 'x', {})); // { ok: false, error: E_INPUT_EMPTY }
 */
export function settle(read: () => Article): ReadResult {
  try {
    return { ok: true, article: read() };
  } catch (error) {
    return failure(error);
  }
}

export function failure(error: unknown): ReadResult {
  if (error instanceof ClaimtrailError) return { ok: false, error };
  throw error;
}
