import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingestArticles } from '../../batch/index.js';
import { readInputs } from '../../ingest/index.js';
import { ledgerSummary } from '../../output/summary.js';
import { createDefaultPipeline } from '../../pipeline/default.js';
import { EXIT, intFlag, parseFlags } from '../args.js';
import { DB_FLAG, withStore } from '../store.js';
import { runServer } from './serve.js';

/** The shipped sample articles (fictional, written for the project). */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/', import.meta.url));

export const DEMO_HELP = `Usage: claimtrail demo [--db FILE] [--no-serve] [--port N] [INPUT...]

The main job on the embedded default: ingest the shipped sample articles (or INPUT) into the
SQLite ledger, print who asserts what and who denies what, with the quotes, then serve the
ledger's web UI and API (printing the URL) until interrupted. --no-serve stops after printing.

Exit codes: 0 ok, 1 some inputs failed, 2 wrong usage, 3 storage error.`;

/** `claimtrail demo`: ingest samples, print the ledger, serve it. */
export async function demo(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    { ...DB_FLAG, 'no-serve': { type: 'boolean' }, port: { type: 'string' } },
    'demo',
  );
  if (values.help) {
    process.stdout.write(`${DEMO_HELP}\n`);
    return EXIT.OK;
  }
  const inputs = positionals.length ? positionals : [SAMPLES_DIR];
  if (!positionals.length && !existsSync(SAMPLES_DIR))
    throw new Error(`shipped samples not found at ${SAMPLES_DIR}`);
  const port = intFlag(values.port as string | undefined, 'port', 8080);
  return withStore(values.db as string | undefined, async (store, path) => {
    const summary = await ingestArticles(readInputs(inputs, {}), {
      store,
      pipeline: createDefaultPipeline(),
    });
    process.stdout.write(
      `Ingested ${summary.read} articles into ${path}: ${summary.stored} new, ${summary.duplicates} already stored, ` +
        `${summary.nearDuplicates} near-duplicates, ${summary.failed.length} failed.\n\n`,
    );
    for (const f of summary.failed) process.stdout.write(`  failed: ${f.reason}\n`);
    process.stdout.write(`${await ledgerSummary(store, { limit: 40 })}\n`);
    if (values['no-serve']) return summary.failed.length ? EXIT.INPUT_FAILURES : EXIT.OK;
    return runServer(store, path, port, '127.0.0.1');
  });
}
