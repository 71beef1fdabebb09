import { Hono } from 'hono';
import { ClaimtrailError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import { actorCodeParam, quoteQuery, searchQuery } from '../schemas.js';
import { parseOrThrow } from '../validate.js';

/**
 * The smaller read endpoints: GET /api/actors/:code, /api/quotes, /api/search.
 *
 * @example
 * app.route('/api', readRoutes(store));
 */
export function readRoutes(store: Store): Hono {
  const routes = new Hono();

  routes.get('/actors/:code', async (c) => {
    const { code } = parseOrThrow(actorCodeParam, c.req.param(), 'path');
    const summary = await store.actor(code);
    const known =
      summary.asserts.length + summary.denies.length + summary.accusedOf.length + summary.timeline.length > 0;
    if (!known)
      throw new ClaimtrailError('E_NOT_FOUND', `No statements by or about actor "${code}"`, { code });
    return c.json(summary);
  });

  routes.get('/quotes', async (c) => {
    const query = parseOrThrow(quoteQuery, c.req.query(), 'query');
    return c.json(await store.listQuotes(query));
  });

  routes.get('/search', async (c) => {
    const { q, ...page } = parseOrThrow(searchQuery, c.req.query(), 'query');
    return c.json(await store.search(q, page));
  });

  return routes;
}
