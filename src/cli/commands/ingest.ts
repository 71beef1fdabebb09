import { ingestArticles } from '../../batch/index.js';
import { ClaimtrailError } from '../../errors.js';
import { ReadProgress, readInputs } from '../../ingest/index.js';
import { createDefaultPipeline } from '../../pipeline/default.js';
import { EXIT, intFlag, parseFlags } from '../args.js';
import { Progress } from '../progress.js';
import { DB_FLAG, withStore } from '../store.js';

export const INGEST_HELP = `Usage: claimtrail ingest [--db FILE] [--max-bytes N] [--quiet] INPUT...

Analyse articles and store them, with their entities, quotes and events, in the ledger database;
link every event into the trail of its proposition and recompute statuses.

Idempotent: an article already stored (same content) is counted as a duplicate; the same URL
with changed text is stored as a new version; a near-duplicate (a syndicated copy) is linked to
its original and adds no statements twice. Each article is one transaction: a killed batch
loses nothing committed, and running the same command again continues where it stopped.

INPUT: files, directories, - (stdin), JSONL(.gz) of {id, title, text|html, published, source, url}.

Options:
  --db FILE       database file (default: $CLAIMTRAIL_DB, else ./claimtrail.db)
  --max-bytes N   largest article text accepted, in bytes (default 5242880)
  --quiet         no progress on standard error (a bar on a terminal, plain lines otherwise)
  -h, --help      this help

Exit codes: 0 all stored, 1 some inputs failed (listed at the end), 2 wrong usage, 3 storage error.`;

/** `claimtrail ingest`: analyse and store inputs, then print the batch summary. */
export async function ingest(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    { ...DB_FLAG, 'max-bytes': { type: 'string' }, quiet: { type: 'boolean' } },
    'ingest',
  );
  if (values.help) {
    process.stdout.write(`${INGEST_HELP}\n`);
    return EXIT.OK;
  }
  if (positionals.length === 0)
    throw new ClaimtrailError('E_USAGE', 'claimtrail ingest: no INPUT given (see --help)');
  const maxBytes = intFlag(values['max-bytes'] as string | undefined, 'max-bytes', 5 * 1024 * 1024);
  return withStore(values.db as string | undefined, async (store, path) => {
    const input = new ReadProgress();
    const progress = new Progress('ingest', { quiet: Boolean(values.quiet), input });
    const summary = await ingestArticles(readInputs(positionals, { maxBytes, progress: input }), {
      store,
      pipeline: createDefaultPipeline(),
      onResult: (ok) => progress.tick(ok),
    });
    progress.done();
    const out = process.stderr;
    out.write(
      `ingest into ${path}: ${summary.read} read, ${summary.stored} stored, ${summary.newVersions} new versions, ` +
        `${summary.nearDuplicates} near-duplicates linked, ${summary.duplicates} already stored, ` +
        `${summary.failed.length} failed; ${summary.trailEntries} trail entries\n`,
    );
    for (const f of summary.failed) out.write(`  failed: ${f.reason}\n`);
    return summary.failed.length > 0 ? EXIT.INPUT_FAILURES : EXIT.OK;
  });
}
