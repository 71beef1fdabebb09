import {
  eventRows,
  toEvalLedger,
  type EvalLedger,
  type EventRow,
  type Proposition,
  type TrailEntry,
} from '../ledger/index.js';
import type { PropositionQuery, Store } from './store.js';

const PAGE = 500;

/**
 * Every proposition matching `query` with its trail, page by page (oldest first).
 *
 * @example
 * for await (const { proposition, trail } of propositionsWithTrails(store, { category: 'AID' })) ...
 */
export async function* propositionsWithTrails(
  store: Store,
  query: Omit<PropositionQuery, 'limit' | 'offset' | 'sort'> = {},
): AsyncGenerator<{ proposition: Proposition; trail: TrailEntry[] }> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listPropositions({ ...query, sort: 'oldest', limit: PAGE, offset });
    for (const proposition of page.items) yield { proposition, trail: await store.getTrail(proposition.id) };
    if (offset + PAGE >= page.total) return;
  }
}

/**
 * The whole ledger (or the part matching `query`) in the evaluation shape
 * (`{"propositions":[{"id","category","actor","recipient","status","trail":[...]}]}`).
 *
 * @example
 * JSON.stringify(await ledgerExport(store)); // for score.mjs --pred-ledger
 */
export async function ledgerExport(
  store: Store,
  query: Omit<PropositionQuery, 'limit' | 'offset' | 'sort'> = {},
): Promise<EvalLedger> {
  const items: { proposition: Proposition; trail: TrailEntry[] }[] = [];
  for await (const item of propositionsWithTrails(store, query)) items.push(item);
  return toEvalLedger(items);
}

/**
 * The event rows of every stored article, one article at a time (for `export --format csv|jsonl`).
 *
 * @example
 * for await (const rows of storedEventRows(store)) process.stdout.write(toJsonlLines(rows).join(''));
 */
export async function* storedEventRows(store: Store): AsyncGenerator<EventRow[]> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listArticles({ limit: PAGE, offset });
    for (const a of page.items) {
      const record = await store.getArticle(a.id);
      if (record) yield eventRows(record);
    }
    if (offset + PAGE >= page.total) return;
  }
}
