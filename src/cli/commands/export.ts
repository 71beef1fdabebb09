import { eventRows, toCsvLines, toJsonlLines } from '../../ledger/index.js';
import { ploverRecords } from '../../ledger/export-plover.js';
import type { Store } from '../../store/store.js';
import { choiceFlag, EXIT, parseFlags } from '../args.js';
import { DB_FLAG, withStore } from '../store.js';

export const EXPORT_HELP = `Usage: claimtrail export [--db FILE] [--format jsonl|csv|plover]

Print every stored event, one record per event, with actor, recipient, category, mode, date,
polarity, certainty, holder and the evidence text with its offsets.

Formats:
  jsonl    flat event rows, one JSON object per line (default)
  csv      the same rows as CSV with a header line (RFC 4180)
  plover   PLOVER JSON records (id, date, actor, recipient, event, mode, context, text, cite_info)

Exit codes: 0 ok, 2 wrong usage, 3 storage error.`;

/** `claimtrail export`: stream every stored event. */
export async function exportEvents(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, { ...DB_FLAG, format: { type: 'string' } }, 'export');
  if (values.help) {
    process.stdout.write(`${EXPORT_HELP}\n`);
    return EXIT.OK;
  }
  const format = choiceFlag(
    values.format as string | undefined,
    'format',
    ['jsonl', 'csv', 'plover'] as const,
    'jsonl',
  );
  return withStore(values.db as string | undefined, async (store) => {
    let first = true;
    for await (const record of allRecords(store)) {
      const lines =
        format === 'plover'
          ? ploverRecords(record).map((r) => `${JSON.stringify(r)}\n`)
          : format === 'csv'
            ? toCsvLines(eventRows(record), first)
            : toJsonlLines(eventRows(record));
      first = false;
      for (const line of lines)
        if (!process.stdout.write(line)) await new Promise((r) => process.stdout.once('drain', r));
    }
    if (first && format === 'csv') process.stdout.write(toCsvLines([], true).join(''));
    return EXIT.OK;
  });
}

async function* allRecords(store: Store) {
  for (let offset = 0; ; offset += 200) {
    const page = await store.listArticles({ limit: 200, offset });
    for (const a of page.items) {
      const record = await store.getArticle(a.id);
      if (record) yield record;
    }
    if (page.items.length < 200) return;
  }
}
