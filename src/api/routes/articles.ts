import { Hono } from 'hono';
import { ClaimtrailError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import { requireWriteToken } from '../auth.js';
import { readJsonBody } from '../body.js';
import { articleIdParam, articleInput, articleList, pageQuery } from '../schemas.js';
import type { IngestCallback } from '../types.js';
import { parseOrThrow } from '../validate.js';

export interface ArticleRouteOptions {
  store: Store;
  ingest: IngestCallback | undefined;
  token: string | undefined;
  maxBodyBytes: number;
}

/**
 * GET /api/articles, GET /api/articles/:id and POST /api/articles.
 *
 * @example
 * app.route('/api/articles', articleRoutes({ store, ingest, token, maxBodyBytes: 1 << 20 }));
 */
export function articleRoutes({ store, ingest, token, maxBodyBytes }: ArticleRouteOptions): Hono {
  const routes = new Hono();

  routes.get('/', async (c) => {
    const query = parseOrThrow(pageQuery, c.req.query(), 'query');
    return c.json(await store.listArticles(query));
  });

  routes.get('/:id', async (c) => {
    const { id } = parseOrThrow(articleIdParam, c.req.param(), 'path');
    const record = await store.getArticle(id);
    if (!record) throw new ClaimtrailError('E_NOT_FOUND', `No article with id "${id}"`, { id });
    return c.json(record);
  });

  routes.post('/', requireWriteToken(token), async (c) => {
    if (!ingest)
      throw new ClaimtrailError(
        'E_FORBIDDEN',
        'This server has no ingest pipeline; articles cannot be added',
      );
    const body = await readJsonBody(c.req.raw, maxBodyBytes);
    // Parsing the two shapes apart keeps the field paths meaningful (`text`, `2.url`)
    // instead of a bare "invalid union" message.
    const records = Array.isArray(body)
      ? parseOrThrow(articleList, body, 'articles')
      : [parseOrThrow(articleInput, body, 'article')];
    const summary = await ingest(records);
    return c.json(summary, summary.results.length > 0 ? 201 : 200);
  });

  return routes;
}
