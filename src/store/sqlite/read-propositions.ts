import type Database from 'better-sqlite3';
import type { Proposition, TrailEntry } from '../../ledger/index.js';
import type { Page, PropositionQuery } from '../store.js';
import { paging } from './page.js';
import { PROPOSITION_COLUMNS, TRAIL_COLUMNS, toProposition, toTrailEntry, type PropositionRow, type TrailRow } from './rows.js';

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
    conditions.push(`p.id IN (SELECT proposition_id FROM proposition_parties WHERE code = ? AND role = '${role}')`);
    params.push(code.toUpperCase());
  };
  if (q.actor) party('actor', q.actor);
  if (q.recipient) party('recipient', q.recipient);
  for (const [column, value] of [['category', q.category], ['status', q.status], ['object_class', q.objectClass]] as const) {
    if (value) {
      conditions.push(`p.${column} = ?`);
      params.push(value);
    }
  }
  if (q.holder) {
    // A holder is a country code or a holder's name, as the API's holder filter takes either.
    conditions.push(`p.id IN (SELECT proposition_id FROM trail_entries WHERE holder_country = ?
      UNION SELECT proposition_id FROM trail_entries WHERE holder_name_lc = ?)`);
    params.push(q.holder.toUpperCase(), q.holder.toLowerCase());
  }
  // last_seen/first_seen answer a one-sided range exactly; the EXISTS checks a two-sided one.
  if (q.since) {
    conditions.push('p.last_seen >= ?');
    params.push(q.since.slice(0, 10));
  }
  if (q.until) {
    conditions.push('p.first_seen <= ?');
    params.push(q.until.slice(0, 10));
  }
  if (q.since && q.until) {
    conditions.push('EXISTS (SELECT 1 FROM trail_entries t WHERE t.proposition_id = p.id AND t.day >= ? AND t.day <= ?)');
    params.push(q.since.slice(0, 10), q.until.slice(0, 10));
  }
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
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
    const total = this.prepared(`SELECT COUNT(*) FROM propositions p ${where.sql}`).pluck().get(...where.params) as number;
    const rows = this.prepared(
      `SELECT ${PROPOSITION_COLUMNS} FROM propositions p ${where.sql} ORDER BY ${ORDER[q.sort ?? 'contested-first']} LIMIT ? OFFSET ?`,
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
