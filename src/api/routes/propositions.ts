import { Hono } from 'hono';
import { ClaimtrailError } from '../../errors.js';
import type { PropositionStatus } from '../../ledger/types.js';
import type { Store } from '../../store/store.js';
import { propositionIdParam, propositionQuery } from '../schemas.js';
import { parseOrThrow } from '../validate.js';

const STATUSES: PropositionStatus[] = ['alleged', 'denied', 'contested', 'confirmed'];

/**
 * GET /api/propositions and GET /api/propositions/:id.
 *
 * @example
 * app.route('/api/propositions', propositionRoutes(store));
 */
export function propositionRoutes(store: Store): Hono {
  const routes = new Hono();

  routes.get('/', async (c) => {
    const query = parseOrThrow(propositionQuery, c.req.query(), 'query');
    const page = await store.listPropositions(query);
    // Counts per status honour every filter but the status one, so the UI can show
    // how many of each a status filter would give.
    const counts = Object.fromEntries(
      await Promise.all(
        STATUSES.map(async (status) => {
          const { total } = await store.listPropositions({ ...query, status, limit: 1, offset: 0 });
          return [status, total] as const;
        }),
      ),
    );
    return c.json({ ...page, counts });
  });

  routes.get('/:id', async (c) => {
    const { id } = parseOrThrow(propositionIdParam, c.req.param(), 'path');
    const proposition = await store.getProposition(id);
    if (!proposition) throw new ClaimtrailError('E_NOT_FOUND', `No proposition with id ${id}`, { id });
    const trail = await store.getTrail(id);
    const articles = await articleSummaries(store, [...new Set(trail.map((entry) => entry.articleId))]);
    return c.json({
      proposition,
      trail: trail.map((entry) => ({ ...entry, article: articles.get(entry.articleId) ?? null })),
    });
  });

  return routes;
}

/** Title, source, url and date of each article, so a trail can be shown without N more requests. */
async function articleSummaries(store: Store, ids: string[]) {
  const pairs = await Promise.all(
    ids.map(async (id) => {
      const record = await store.getArticle(id);
      const summary = record && {
        id,
        title: record.title,
        source: record.source,
        url: record.url,
        published: record.published,
      };
      return [id, summary] as const;
    }),
  );
  return new Map(pairs.filter((pair) => pair[1] !== null));
}
