import type Database from 'better-sqlite3';
import type { Proposition, TrailEntry } from '../../ledger/index.js';
import type { Page, PropositionQuery } from '../store.js';
import { paging } from './page.js';
import {
  PROPOSITION_COLUMNS,
  TRAIL_COLUMNS,
  toProposition,
  toTrailEntry,
  type PropositionRow,
  type TrailRow,
} from './rows.js';

const ORDER: Record<NonNullable<PropositionQuery['sort']>, string> = {
  'contested-first': 'p.status_rank ASC, p.last_seen DESC, p.id DESC',
  newest: 'p.last_seen DESC, p.id DESC',
  oldest: 'p.first_seen ASC, p.id ASC',
  'most-statements': 'p.trail_count DESC, p.id DESC',
};

/** WHERE clause and parameters for a proposition query; each filter is one indexed condition. */
function whereOf(q: PropositionQuery): { sql: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const party = (role: string, code: string): void => {
    conditions.push(
      `p.id IN (SELECT proposition_id FROM proposition_parties WHERE code = ? AND role = '${role}')`,
    );
    params.push(code.toUpperCase());
  };
  if (q.actor) party('actor', q.actor);
  if (q.recipient) party('recipient', q.recipient);
  for (const [column, value] of [
    ['category', q.category],
    ['status', q.status],
    ['object_class', q.objectClass],
  ] as const) {
    if (value) {
      conditions.push(`p.${column} = ?`);
      params.push(value);
    }
  }
  if (q.holder) {
    // A holder is a country code or a holder's name, as the API's holder filter takes either.
    // Two IN terms joined by OR let each use its own index without sorting a UNION.
    conditions.push(`(p.id IN (SELECT proposition_id FROM proposition_tallies WHERE holder_country = ?)
      OR p.id IN (SELECT proposition_id FROM trail_entries WHERE holder_name_lc = ?))`);
    params.push(q.holder.toUpperCase(), q.holder.toLowerCase());
  }
  const since = q.since?.slice(0, 10);
  const until = q.until?.slice(0, 10);
  // One-sided ranges are answered exactly by last_seen / first_seen; a window needs a statement inside it.
  if (since && until) {
    conditions.push('p.id IN (SELECT proposition_id FROM trail_entries WHERE day >= ? AND day <= ?)');
    params.push(since, until);
  } else if (since) {
    conditions.push('p.last_seen >= ?');
    params.push(since);
  } else if (until) {
    conditions.push('p.first_seen <= ?');
    params.push(until);
  }
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** Above this many matches, walking the sort index beats fetching every match and sorting. */
export const BROAD_MATCH = 2000;

/**
 * For a filter matching many propositions (a big actor or holder), `+p.id IN (...)` stops the
 * planner from fetching every match by id and sorting them: it walks the ORDER BY index instead
 * and tests membership, stopping at the page's end. For few matches the plain form is faster.
 *
 * @example
 * broadMatch('WHERE p.id IN (SELECT ...)', 25000); // 'WHERE +p.id IN (SELECT ...)'
 */
export function broadMatch(where: string, matches: number): string {
  return matches > BROAD_MATCH ? where.replaceAll('p.id IN (', '+p.id IN (') : where;
}

/** Proposition reads: filtered pages, one proposition, its trail. */
export class PropositionReader {
  private readonly cache = new Map<string, Database.Statement>();
  private readonly one;
  private readonly trail;

  constructor(private readonly db: Database.Database) {
    this.one = db.prepare(`SELECT ${PROPOSITION_COLUMNS} FROM propositions p WHERE p.id = ?`);
    // Date order, and within a date the assertions before the denials.
    this.trail = db.prepare(
      `SELECT ${TRAIL_COLUMNS} FROM trail_entries t JOIN events e ON e.id = t.event_id WHERE t.proposition_id = ?
       ORDER BY t.day, CASE t.polarity WHEN 'asserted' THEN 0 ELSE 1 END, t.id`,
    );
  }

  /** Statements are prepared once per distinct filter combination. */
  private prepared(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  list(q: PropositionQuery): Page<Proposition> {
    const { limit, offset } = paging(q);
    const where = whereOf(q);
    const total = this.prepared(`SELECT COUNT(*) FROM propositions p ${where.sql}`)
      .pluck()
      .get(...where.params) as number;
    // Under a status filter the contested-first rank is constant; dropping it lets the status index order the rows.
    const sort = q.sort === 'contested-first' || !q.sort ? (q.status ? 'newest' : 'contested-first') : q.sort;
    const rows = this.prepared(
      `SELECT ${PROPOSITION_COLUMNS} FROM propositions p ${broadMatch(where.sql, total)} ORDER BY ${ORDER[sort]} LIMIT ? OFFSET ?`,
    ).all(...where.params, limit, offset) as PropositionRow[];
    return { items: rows.map(toProposition), total, limit, offset };
  }

  get(id: number): Proposition | null {
    const row = this.one.get(id) as PropositionRow | undefined;
    return row ? toProposition(row) : null;
  }

  getTrail(id: number): TrailEntry[] {
    return (this.trail.all(id) as TrailRow[]).map(toTrailEntry);
  }
}
