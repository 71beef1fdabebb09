import type Database from 'better-sqlite3';
import type { ActorSummary } from '../store.js';
import { BROAD_MATCH, broadMatch } from './read-propositions.js';
import { PROPOSITION_COLUMNS, toProposition, type PropositionRow } from './rows.js';

/** How many propositions each list of an actor summary holds (newest first); `totals` gives the full counts. */
export const ACTOR_LIST_LIMIT = 100;

/**
 * The actor dossier: what a state or group asserts and denies as a holder, what it is accused
 * of (it is in the actor set), and a monthly timeline of counted statements.
 */
export class ActorReader {
  private readonly s;

  constructor(db: Database.Database) {
    const held = `SELECT proposition_id FROM proposition_tallies WHERE holder_country = ? AND polarity = ?`;
    const accused = `SELECT proposition_id FROM proposition_parties WHERE code = ? AND role = 'actor'`;
    const list = (ids: string): { narrow: Database.Statement; broad: Database.Statement } => {
      const sql = `SELECT ${PROPOSITION_COLUMNS} FROM propositions p WHERE p.id IN (${ids}) ORDER BY p.last_seen DESC, p.id DESC LIMIT ?`;
      return { narrow: db.prepare(sql), broad: db.prepare(broadMatch(sql, Infinity)) };
    };
    const count = (ids: string): Database.Statement => db.prepare(`SELECT COUNT(*) FROM (${ids})`).pluck();
    this.s = {
      name: db
        .prepare('SELECT name FROM actor_names WHERE code = ? ORDER BY entity_count DESC, name LIMIT 1')
        .pluck(),
      held: list(held),
      heldCount: count(held),
      accused: list(accused),
      accusedCount: count(accused),
      months: db.prepare(
        `SELECT month, asserted, denied, accused, targeted FROM actor_months
         WHERE code = ? AND (asserted <> 0 OR denied <> 0 OR accused <> 0 OR targeted <> 0) ORDER BY month`,
      ),
    };
  }

  summary(code: string): ActorSummary {
    const c = code.toUpperCase();
    const props = (
      s: { narrow: Database.Statement; broad: Database.Statement },
      total: number,
      ...params: unknown[]
    ) =>
      ((total > BROAD_MATCH ? s.broad : s.narrow).all(...params, ACTOR_LIST_LIMIT) as PropositionRow[]).map(
        toProposition,
      );
    const totals = {
      asserts: this.s.heldCount.get(c, 'asserted') as number,
      denies: this.s.heldCount.get(c, 'denied') as number,
      accusedOf: this.s.accusedCount.get(c) as number,
    };
    return {
      code: c,
      name: (this.s.name.get(c) as string | undefined) ?? null,
      asserts: props(this.s.held, totals.asserts, c, 'asserted'),
      denies: props(this.s.held, totals.denies, c, 'denied'),
      accusedOf: props(this.s.accused, totals.accusedOf, c),
      timeline: this.s.months.all(c) as ActorSummary['timeline'],
      totals,
    };
  }
}
