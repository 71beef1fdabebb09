import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRecord } from '../../core/types.js';
import { asClaimtrailError, ClaimtrailError } from '../../errors.js';
import { ReadProgress, readInputs } from '../../ingest/index.js';
import { toEvalShape } from '../../output/eval.js';
import { createDefaultPipeline } from '../../pipeline/default.js';
import { choiceFlag, EXIT, intFlag, parseFlags } from '../args.js';
import { FailureLog } from '../failures.js';
import { Progress } from '../progress.js';

export const EXTRACT_HELP = `Usage: claimtrail extract [--format json|eval] [--out DIR] [--max-bytes N] INPUT...

Read articles and print what was found in each: entities, quotes with speakers, PLOVER
events with polarity, certainty, time and holder, and the boilerplate removed.

INPUT is a file (.txt, .html, .json, .jsonl, .jsonl.gz, RSS or Atom .xml), a directory
(read recursively), or - for standard input. JSONL records are
{id, title, text|html, published, source, url}.

Options:
  --format json   the full native record (offsets, mentions, confidences, pipeline version);
                  one JSON object per line (default)
  --format eval   the evaluation shape of shared/eval/SCHEMA.md plus id, one object per line
  --out DIR       write one <id>.json file per article into DIR instead of standard output
  --max-bytes N   largest article text accepted, in bytes (default 5242880)
  --quiet         no progress on standard error (a bar on a terminal, plain lines otherwise)
  -h, --help      this help

Exit codes: 0 all inputs read, 1 some inputs failed (listed at the end), 2 wrong usage.`;

/** `claimtrail extract`: analyse inputs and print one record per article, in input order. */
export async function extract(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
      format: { type: 'string' },
      out: { type: 'string' },
      'max-bytes': { type: 'string' },
      quiet: { type: 'boolean' },
    },
    'extract',
  );
  if (values.help) {
    process.stdout.write(`${EXTRACT_HELP}\n`);
    return EXIT.OK;
  }
  if (positionals.length === 0)
    throw new ClaimtrailError('E_USAGE', 'claimtrail extract: no INPUT given (see --help)');
  const format = choiceFlag(values.format as string | undefined, 'format', ['json', 'eval'] as const, 'json');
  const maxBytes = intFlag(values['max-bytes'] as string | undefined, 'max-bytes', 5 * 1024 * 1024);
  const outDir = values.out as string | undefined;
  if (outDir) mkdirSync(outDir, { recursive: true });

  const pipeline = createDefaultPipeline();
  const input = new ReadProgress();
  const progress = new Progress('extract', { quiet: Boolean(values.quiet), input });
  const failures = new FailureLog((line) => progress.print(line));
  let total = 0;
  for await (const result of readInputs(positionals, { maxBytes, progress: input })) {
    total++;
    if (!result.ok) {
      failures.add(result.error);
      progress.tick(false);
      continue;
    }
    let record: ArticleRecord;
    try {
      record = pipeline.analyse(result.article);
    } catch (error) {
      failures.add(asClaimtrailError(error, result.article.origin));
      progress.tick(false);
      continue;
    }
    const json = JSON.stringify(format === 'eval' ? toEvalShape(record) : record);
    if (outDir) writeFileSync(join(outDir, `${safeFileName(record.id)}.json`), `${json}\n`);
    else await write(`${json}\n`);
    progress.tick(true);
  }
  progress.done();
  return failures.summarise(total) ? EXIT.INPUT_FAILURES : EXIT.OK;
}

function safeFileName(id: string): string {
  return id.replace(/[^\w.-]+/g, '_').slice(0, 200);
}

/** Write to stdout, waiting when the pipe is full so memory stays flat on large batches. */
function write(chunk: string): Promise<void> | void {
  if (process.stdout.write(chunk)) return;
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}
