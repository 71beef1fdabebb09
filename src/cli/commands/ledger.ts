import { PLOVER_CATEGORIES, type PloverCategory } from '../../core/types.js';
import { toEvalLedger } from '../../ledger/index.js';
import type { PropositionStatus } from '../../ledger/types.js';
import { propositionLine, trailLine } from '../../output/summary.js';
import type { PropositionQuery, Store } from '../../store/store.js';
import { choiceFlag, EXIT, intFlag, parseFlags } from '../args.js';
import { DB_FLAG, withStore } from '../store.js';

export const LEDGER_HELP = `Usage: claimtrail ledger [--db FILE] [filters] [--format table|json|eval-ledger]

List the propositions of the ledger, contested and newest first, with their status.

Filters:
  --actor CODE       propositions whose actor set has CODE (e.g. PRK)
  --recipient CODE   propositions whose recipient set has CODE
  --category C       PLOVER category (AID, ASSAULT, ACCUSE, ...)
  --status S         alleged | denied | contested | confirmed
  --holder CODE      with a statement held by CODE
  --object CLASS     object class (ammunition, drones, missiles, ...)
  --since DATE       statements on or after DATE (YYYY-MM-DD)
  --until DATE       statements on or before DATE
  --limit N          at most N propositions (default 50; eval-ledger prints all)
  --trail            table: also print each proposition's trail

Formats:
  table        readable lines (default)
  json         {items, total, limit, offset}, each proposition with its trail
  eval-ledger  the story shape of shared/eval/README.md section 3

Exit codes: 0 ok, 2 wrong usage, 3 storage error.`;

const STATUSES = ['alleged', 'denied', 'contested', 'confirmed'] as const;

/** `claimtrail ledger`: list propositions. */
export async function ledger(argv: string[]): Promise<number> {
  const { values } = parseFlags(
    argv,
    {
      ...DB_FLAG,
      actor: { type: 'string' },
      recipient: { type: 'string' },
      category: { type: 'string' },
      status: { type: 'string' },
      holder: { type: 'string' },
      object: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string' },
      trail: { type: 'boolean' },
    },
    'ledger',
  );
  if (values.help) {
    process.stdout.write(`${LEDGER_HELP}\n`);
    return EXIT.OK;
  }
  const format = choiceFlag(
    values.format as string | undefined,
    'format',
    ['table', 'json', 'eval-ledger'] as const,
    'table',
  );
  const query: PropositionQuery = {
    actor: upper(values.actor),
    recipient: upper(values.recipient),
    category: values.category
      ? choiceFlag(
          String(values.category).toUpperCase(),
          'category',
          PLOVER_CATEGORIES,
          'AID' as PloverCategory,
        )
      : undefined,
    status: values.status
      ? choiceFlag(values.status as string, 'status', STATUSES, 'alleged' as PropositionStatus)
      : undefined,
    holder: upper(values.holder),
    objectClass: values.object as string | undefined,
    since: values.since as string | undefined,
    until: values.until as string | undefined,
    sort: 'contested-first',
    limit:
      format === 'eval-ledger'
        ? Number.MAX_SAFE_INTEGER
        : intFlag(values.limit as string | undefined, 'limit', 50),
  };
  return withStore(values.db as string | undefined, async (store) => {
    const page = await allPages(store, query, format === 'eval-ledger');
    if (format === 'table') {
      const lines = [
        `${page.total} propositions${page.total > page.items.length ? ` (showing ${page.items.length}; --limit for more)` : ''}`,
      ];
      for (const p of page.items) {
        lines.push(propositionLine(p), `    ${p.statusNote}`);
        if (values.trail) for (const t of await store.getTrail(p.id)) lines.push(`    ${trailLine(t, 140)}`);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    } else {
      const items = await Promise.all(
        page.items.map(async (p) => ({ proposition: p, trail: await store.getTrail(p.id) })),
      );
      const out =
        format === 'json'
          ? {
              items: items.map((i) => ({ ...i.proposition, trail: i.trail })),
              total: page.total,
              limit: page.limit,
              offset: page.offset,
            }
          : toEvalLedger(items);
      process.stdout.write(`${JSON.stringify(out, null, format === 'json' ? 2 : undefined)}\n`);
    }
    return EXIT.OK;
  });
}

async function allPages(store: Store, query: PropositionQuery, all: boolean) {
  if (!all) return store.listPropositions(query);
  const first = await store.listPropositions({ ...query, limit: 500, offset: 0 });
  const items = [...first.items];
  while (items.length < first.total) {
    const next = await store.listPropositions({ ...query, limit: 500, offset: items.length });
    if (next.items.length === 0) break;
    items.push(...next.items);
  }
  return { ...first, items, limit: items.length };
}

function upper(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v.toUpperCase() : undefined;
}
