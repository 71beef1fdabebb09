import { ClaimtrailError } from '../../errors.js';

/** Default and largest page sizes of list queries. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

/**
 * Checked paging: limit 1..MAX_LIMIT (default DEFAULT_LIMIT), offset >= 0.
 *
 * @example
 * paging({ limit: 10 }); // { limit: 10, offset: 0 }
 */
export function paging(opts: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const offset = opts.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new ClaimtrailError(
      'E_VALIDATION',
      `limit must be an integer from 1 to ${MAX_LIMIT}, got ${limit}`,
      { limit },
    );
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new ClaimtrailError('E_VALIDATION', `offset must be a non-negative integer, got ${offset}`, {
      offset,
    });
  }
  return { limit, offset };
}
