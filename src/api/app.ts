import { Hono } from 'hono';
import { ClaimtrailError, httpStatusOf } from '../errors.js';
import { DEFAULT_MAX_BODY_BYTES } from './body.js';
import { openApiDocument } from './openapi.js';
import { problemResponse } from './problem.js';
import { articleRoutes } from './routes/articles.js';
import { propositionRoutes } from './routes/propositions.js';
import { readRoutes } from './routes/reads.js';
import { securityHeaders } from './security.js';
import { staticFiles, WEB_DIR } from './static.js';
import type { AppOptions } from './types.js';

/**
 * Builds the HTTP app: the JSON API under /api and the web UI from static files.
 * Every error, thrown anywhere, becomes problem+json through `problemResponse`.
 *
 * @example
 * const app = createApp({ store, ingest, token: process.env.CLAIMTRAIL_TOKEN });
 * const res = await app.request('/api/propositions?status=contested');
 */
export function createApp(options: AppOptions): Hono {
  const { store, ingest, token, maxBodyBytes = DEFAULT_MAX_BODY_BYTES, webDir = WEB_DIR } = options;
  const app = new Hono();

  app.use(securityHeaders());
  app.onError((error, c) => {
    if (httpStatusOf(error) >= 500) logUnexpected(error);
    return problemResponse(error, c.req.path);
  });
  app.notFound((c) => problemResponse(noRoute(c.req.method, c.req.path), c.req.path));

  app.get('/api/health', async (c) => {
    const { total } = await store.listArticles({ limit: 1, offset: 0 });
    return c.json({ status: 'ok', writable: Boolean(token && ingest), articles: total });
  });
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.route('/api/propositions', propositionRoutes(store));
  app.route('/api/articles', articleRoutes({ store, ingest, token, maxBodyBytes }));
  app.route('/api', readRoutes(store));
  // Unknown /api paths must not fall through to the UI's files.
  app.all('/api/*', (c) => problemResponse(noRoute(c.req.method, c.req.path), c.req.path));
  if (webDir !== false) app.get('*', staticFiles(webDir));

  return app;
}

/** Server errors are answered without detail, so the detail has to go to the log. */
function logUnexpected(error: unknown): void {
  console.error('claimtrail api: unexpected error', error);
}

function noRoute(method: string, path: string): ClaimtrailError {
  return new ClaimtrailError('E_NOT_FOUND', `No route for ${method} ${path}`, { method, path });
}
