import { ClaimtrailError } from '../../errors.js';
import { choiceFlag, EXIT, intFlag, parseFlags } from '../args.js';
import { DB_FLAG, withStore } from '../store.js';

export const SEARCH_HELP = `Usage: claimtrail search [--db FILE] [--limit N] [--format text|json] QUERY...

Full-text search over stored article texts, titles and quotes. Words are matched as words
(any FTS syntax in QUERY is taken literally).

Exit codes: 0 ok (also with no hits), 2 wrong usage, 3 storage error.`;

/** `claimtrail search QUERY`: full-text search. */
export async function search(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    { ...DB_FLAG, limit: { type: 'string' }, format: { type: 'string' } },
    'search',
  );
  if (values.help) {
    process.stdout.write(`${SEARCH_HELP}\n`);
    return EXIT.OK;
  }
  const query = positionals.join(' ').trim();
  if (!query)
    throw new ClaimtrailError(
      'E_USAGE',
      'claimtrail search: give a query, e.g. `claimtrail search artillery shells`',
    );
  const format = choiceFlag(values.format as string | undefined, 'format', ['text', 'json'] as const, 'text');
  const limit = intFlag(values.limit as string | undefined, 'limit', 20);
  return withStore(values.db as string | undefined, async (store) => {
    const page = await store.search(query, { limit });
    if (format === 'json') process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
    else {
      const lines = [`${page.total} hits for "${query}"`];
      for (const h of page.items) {
        lines.push(
          `  [${h.kind}] ${h.articleId}${h.title ? ` — ${h.title}` : ''}`,
          `      ${h.snippet.replace(/\s+/g, ' ')}`,
        );
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return EXIT.OK;
  });
}
