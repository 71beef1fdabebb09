import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ClaimtrailError } from '../errors.js';

/**
 * Guards write routes. No configured token means a read-only server (403 for everyone);
 * otherwise the request needs `Authorization: Bearer <token>` (401 when missing or wrong).
 *
 * @example
 * app.post('/api/articles', requireWriteToken(process.env.CLAIMTRAIL_TOKEN), handler);
 */
export function requireWriteToken(token: string | undefined): MiddlewareHandler {
  const expected = token ? digest(token) : null;
  return async (c, next) => {
    if (!expected)
      throw new ClaimtrailError('E_FORBIDDEN', 'This server is read-only: no write token is configured');
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    // Comparing digests keeps the comparison constant-time whatever the lengths.
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
      throw new ClaimtrailError(
        'E_UNAUTHORIZED',
        'A valid "Authorization: Bearer <token>" header is required',
      );
    }
    await next();
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
