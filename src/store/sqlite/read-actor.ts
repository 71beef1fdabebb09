import type Database from 'better-sqlite3';
import type { ActorSummary } from '../store.js';
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
    const held = `SELECT DISTINCT proposition_id FROM trail_entries WHERE holder_country = ? AND counted = 1 AND polarity = ?`;
    const accused = `SELECT proposition_id FROM proposition_parties WHERE code = ? AND role = 'actor'`;
    const list = (ids: string): Database.Statement =>
      db.prepare(`SELECT ${PROPOSITION_COLUMNS} FROM propositions p WHERE p.id IN (${ids}) ORDER BY p.last_seen DESC, p.id DESC LIMIT ?`);
    const count = (ids: string): Database.Statement => db.prepare(`SELECT COUNT(*) FROM (${ids})`).pluck();
    this.s = {
      name: db.prepare('SELECT name FROM entities WHERE code = ? GROUP BY name ORDER BY COUNT(*) DESC, name LIMIT 1').pluck(),
      held: list(held),
      heldCount: count(held),
      accused: list(accused),
      accusedCount: count(accused),
      holderMonths: db.prepare(
        `SELECT month, polarity, COUNT(*) AS n FROM trail_entries WHERE holder_country = ? AND counted = 1 AND month IS NOT NULL
         GROUP BY month, polarity`,
      ),
      partyMonths: db.prepare(
        `SELECT pp.role, substr(t.day, 1, 7) AS month, COUNT(*) AS n FROM proposition_parties pp
         JOIN trail_entries t ON t.proposition_id = pp.proposition_id
         WHERE pp.code = ? AND t.counted = 1 AND t.day IS NOT NULL GROUP BY pp.role, month`,
      ),
    };
  }

  summary(code: string): ActorSummary {
    const c = code.toUpperCase();
    const props = (s: Database.Statement, ...params: unknown[]) => (s.all(...params, ACTOR_LIST_LIMIT) as PropositionRow[]).map(toProposition);
    const months = new Map<string, ActorSummary['timeline'][number]>();
    const month = (m: string) => {
      let row = months.get(m);
      if (!row) months.set(m, (row = { month: m, asserted: 0, denied: 0, accused: 0, targeted: 0 }));
      return row;
    };
    for (const r of this.s.holderMonths.all(c) as { month: string; polarity: string; n: number }[]) {
      month(r.month)[r.polarity === 'asserted' ? 'asserted' : 'denied'] += r.n;
    }
    for (const r of this.s.partyMonths.all(c) as { role: string; month: string; n: number }[]) {
      const row = month(r.month);
      if (r.role === 'actor') row.accused += r.n;
      else row.targeted = (row.targeted ?? 0) + r.n;
    }
    return {
      code: c,
      name: (this.s.name.get(c) as string | undefined) ?? null,
      asserts: props(this.s.held, c, 'asserted'),
      denies: props(this.s.held, c, 'denied'),
      accusedOf: props(this.s.accused, c),
      timeline: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
      totals: {
        asserts: this.s.heldCount.get(c, 'asserted') as number,
        denies: this.s.heldCount.get(c, 'denied') as number,
        accusedOf: this.s.accusedCount.get(c) as number,
      },
    };
  }
}
