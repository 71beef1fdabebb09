/**
 * The HTTP face of claimtrail: a Hono app over a Store, serving the JSON API under /api
 * and the web UI from `web/`.
 */
export { createApp } from './app.js';
export { serve } from './serve.js';
export type { ServeOptions, RunningServer } from './serve.js';
export type { AppOptions, IngestCallback, IngestSummary } from './types.js';
export type { ArticleInput } from './schemas.js';
export type { Problem, FieldError } from './problem.js';
export { DEFAULT_MAX_BODY_BYTES } from './body.js';
export { openApiDocument } from './openapi.js';
export { WEB_DIR } from './static.js';
