import { createApp, serve as serveHttp, type IngestCallback } from '../../api/index.js';
import { ingestArticles, recordOutcomes } from '../../batch/index.js';
import { createDefaultPipeline } from '../../pipeline/default.js';
import type { Store } from '../../store/store.js';
import { EXIT, intFlag, parseFlags } from '../args.js';
import { DB_FLAG, withStore } from '../store.js';

export const SERVE_HELP = `Usage: claimtrail serve [--db FILE] [--port N] [--host ADDR]

Serve the ledger: the JSON API under /api (OpenAPI document at /api/openapi.json) and the web UI.
Binds 127.0.0.1:8080 by default. POST /api/articles (ingest) needs the bearer token from
$CLAIMTRAIL_TOKEN; without it the server is read-only.

Exit codes: 0 stopped cleanly, 2 wrong usage, 3 storage or network error.`;

/** `claimtrail serve`: run the HTTP API and UI until interrupted. */
export async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parseFlags(
    argv,
    { ...DB_FLAG, port: { type: 'string' }, host: { type: 'string' } },
    'serve',
  );
  if (values.help) {
    process.stdout.write(`${SERVE_HELP}\n`);
    return EXIT.OK;
  }
  const port = intFlag(values.port as string | undefined, 'port', 8080);
  return withStore(values.db as string | undefined, (store, path) =>
    runServer(store, path, port, (values.host as string) ?? '127.0.0.1'),
  );
}

/** Serve `store` until SIGINT/SIGTERM; prints the URL. */
export async function runServer(store: Store, path: string, port: number, host: string): Promise<number> {
  const token = process.env.CLAIMTRAIL_TOKEN || undefined;
  const app = createApp({ store, token, ingest: apiIngest(store) });
  const server = await serveHttp({ app, port, host });
  process.stdout.write(
    `claimtrail: serving ${path} at ${server.url}/ (API: ${server.url}/api, ${token ? 'writes need the bearer token' : 'read-only: set CLAIMTRAIL_TOKEN to allow POST /api/articles'})\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return EXIT.OK;
}

/** The API's ingest callback: the same pipeline and store path as `claimtrail ingest`. */
export function apiIngest(store: Store): IngestCallback {
  const pipeline = createDefaultPipeline();
  return async (records) => {
    const summary = await ingestArticles(recordOutcomes(records, 'api'), {
      store,
      pipeline,
      keepResults: true,
    });
    const at = new Date().toISOString();
    return {
      results: summary.results,
      failures: summary.failed.map((f) => ({
        origin: f.origin,
        articleId: f.articleId,
        code: f.code,
        message: f.reason,
        at,
      })),
    };
  };
}
