import type Database from 'better-sqlite3';
import type { ClaimEvent } from '../../core/types.js';
import {
  actorStance,
  baseKey,
  countKey,
  deriveStatus,
  facetsOf,
  familyKey,
  partialAdmissions,
  propositionKey,
  resolveProposition,
  statedRecipient,
  type FamilyMember,
  type LinkCandidate,
  type PropositionFacets,
  type RecipientCandidate,
  type StatementTally,
} from '../../ledger/index.js';
import { articleRows } from './row-keys.js';
import { EVENT_COLUMNS, toEvent, type EventTableRow } from './stored-record.js';

/** The article an event comes from, as the trail needs it. */
export interface TrailSource {
  seq: number;
  id: string;
  day: string | null;
  duplicateOf: string | null;
}

const codes = (s: string): string[] => (s ? s.split(',') : []);

/** A proposition row as `recompute` and `relinkGuesses` read it (codes comma-joined). */
interface PropositionRow {
  category: string;
  actor: string;
  recipient: string;
  mode: string | null;
  objectClass: string | null;
  family: string;
  trailCount: number;
  admittedBy: string;
  deniedBy: string;
}

/** A counted statement as the actor timeline needs it (codes as stored, comma-joined). */
interface CountedStatement {
  month: string | null;
  holderCountry: string | null;
  polarity: string;
  actor: string;
  recipient: string;
}

/**
 * Keeps propositions and trail entries in step with stored events: links each event to a
 * proposition (creating or refining one), marks which entries count (a near-duplicate's
 * repeat does not), and recomputes counts, status and partial-admission notes of every
 * proposition an article touched.
 */
export class LedgerWriter {
  private readonly s;
  /**
   * Statements that read `events.recipient_guessed` (migration 14), prepared on first use: the
   * migration tests link a schema-5 file with this writer, and no event of that era was guessed.
   */
  private guessStatements: { stated: Database.Statement; entriesOfProposition: Database.Statement } | null =
    null;

  constructor(private readonly db: Database.Database) {
    this.s = {
      candidates: db.prepare('SELECT id, mode, object_class AS objectClass FROM propositions WHERE base = ?'),
      // The bases of one category and actor set are one range of the base index ('ASSAULT|VOS|...').
      // The bases of one category and actor set are one range of the base index ('ASSAULT|VOS|...').
      sameActs: db.prepare(
        `SELECT id, recipient, mode, object_class AS objectClass FROM propositions WHERE base > ? AND base < ? || '~'`,
      ),
      deleteEntriesOf: db.prepare('DELETE FROM trail_entries WHERE proposition_id = ?'),
      emptied: db.prepare('UPDATE propositions SET trail_count = 0 WHERE id = ?'),
      insertProposition: db.prepare(
        `INSERT INTO propositions (key, base, family, category, mode, actor, recipient, object_class, object, status, status_rank,
          status_note, partial_note, admitted_by, denied_by_actor, first_seen, last_seen, asserted_count, denied_count, trail_count)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'alleged', 1, '', NULL, '', '', NULL, NULL, 0, 0, 0)`,
      ),
      insertParty: db.prepare(
        'INSERT OR IGNORE INTO proposition_parties (proposition_id, role, code) VALUES (?, ?, ?)',
      ),
      refine: db.prepare('UPDATE propositions SET key = ?, mode = ?, object_class = ? WHERE id = ?'),
      object: db.prepare('UPDATE propositions SET object = COALESCE(object, ?) WHERE id = ?'),
      keyTaken: db.prepare('SELECT 1 FROM trail_entries WHERE proposition_id = ? AND count_key = ? LIMIT 1'),
      insertEntry: db.prepare(
        `INSERT INTO trail_entries (id, proposition_id, event_id, article_seq, article_id, day, month, holder_country,
          holder_name_lc, polarity, duplicate_of, count_key, counted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      entriesOf: db.prepare(
        'SELECT DISTINCT proposition_id AS id, count_key AS countKey FROM trail_entries WHERE id BETWEEN ? AND ?',
      ),
      deleteEntries: db.prepare('DELETE FROM trail_entries WHERE id BETWEEN ? AND ?'),
      countedOf: db.prepare(
        `SELECT t.month, t.holder_country AS holderCountry, t.polarity, p.actor, p.recipient
         FROM trail_entries t JOIN propositions p ON p.id = t.proposition_id WHERE t.id BETWEEN ? AND ? AND t.counted = 1`,
      ),
      firstOfKey: db.prepare(
        `SELECT t.id, t.counted, t.month, t.holder_country AS holderCountry, t.polarity, p.actor, p.recipient
         FROM trail_entries t JOIN propositions p ON p.id = t.proposition_id
         WHERE t.proposition_id = ? AND t.count_key = ? ORDER BY t.id LIMIT 1`,
      ),
      markCounted: db.prepare('UPDATE trail_entries SET counted = 1 WHERE id = ?'),
      month: db.prepare(
        `INSERT INTO actor_months (code, month, asserted, denied, accused, targeted) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (code, month) DO UPDATE SET asserted = asserted + excluded.asserted, denied = denied + excluded.denied,
           accused = accused + excluded.accused, targeted = targeted + excluded.targeted`,
      ),
      addTally: db.prepare(
        `INSERT INTO proposition_tallies (proposition_id, holder_country, polarity, count) VALUES (?, ?, ?, 1)
         ON CONFLICT (proposition_id, holder_country, polarity) DO UPDATE SET count = count + 1`,
      ),
      // `first_seen` and `last_seen` are indexed (`propositions_contested_first`): an UPDATE that
      // names an indexed column rewrites its index entry even when the value stays, so each is
      // set only by a statement whose WHERE finds it moving.
      count: db.prepare('UPDATE propositions SET trail_count = trail_count + 1 WHERE id = ?'),
      earlier: db.prepare(
        'UPDATE propositions SET first_seen = ? WHERE id = ? AND (first_seen IS NULL OR first_seen > ?)',
      ),
      later: db.prepare(
        'UPDATE propositions SET last_seen = ? WHERE id = ? AND (last_seen IS NULL OR last_seen < ?)',
      ),
      clearTallies: db.prepare('DELETE FROM proposition_tallies WHERE proposition_id = ?'),
      rebuildTallies: db.prepare(
        `INSERT INTO proposition_tallies (proposition_id, holder_country, polarity, count)
         SELECT proposition_id, COALESCE(holder_country, ''), polarity, COUNT(*) FROM trail_entries
         WHERE proposition_id = ? AND counted = 1 GROUP BY proposition_id, COALESCE(holder_country, ''), polarity`,
      ),
      rebuildSpan: db.prepare(
        `UPDATE propositions SET
           trail_count = (SELECT COUNT(*) FROM trail_entries WHERE proposition_id = ?),
           first_seen = (SELECT MIN(day) FROM trail_entries WHERE proposition_id = ?),
           last_seen = (SELECT MAX(day) FROM trail_entries WHERE proposition_id = ?)
         WHERE id = ?`,
      ),
      tallies: db.prepare(
        'SELECT holder_country AS country, polarity, count FROM proposition_tallies WHERE proposition_id = ?',
      ),
      proposition: db.prepare(
        `SELECT category, actor, recipient, mode, object_class AS objectClass, family, trail_count AS trailCount,
           admitted_by AS admittedBy, denied_by_actor AS deniedBy FROM propositions WHERE id = ?`,
      ),
      update: db.prepare(
        `UPDATE propositions SET status = ?, status_note = ?, admitted_by = ?, denied_by_actor = ?,
           asserted_count = ?, denied_count = ? WHERE id = ?`,
      ),
      // Indexed (see `earlier`): set only when it changes.
      rank: db.prepare('UPDATE propositions SET status_rank = ? WHERE id = ? AND status_rank <> ?'),
      deleteParties: db.prepare('DELETE FROM proposition_parties WHERE proposition_id = ?'),
      deleteProposition: db.prepare('DELETE FROM propositions WHERE id = ?'),
      family: db.prepare(
        `SELECT id, actor, mode, object_class AS objectClass, admitted_by AS admittedBy, denied_by_actor AS deniedBy,
           partial_note AS partialNote
         FROM propositions WHERE family = ? AND (admitted_by <> '' OR denied_by_actor <> '' OR partial_note IS NOT NULL)`,
      ),
      partial: db.prepare('UPDATE propositions SET partial_note = ? WHERE id = ?'),
    };
  }

  /** Remove an article's trail entries (for a new version); returns the propositions touched. */
  detach(articleSeq: number): Set<number> {
    // An article's trail entries are a range of ids: each takes its event's (`row-keys.ts`).
    const rows = articleRows(articleSeq);
    for (const c of this.s.countedOf.all(...rows) as CountedStatement[]) this.countMonth(c, -1);
    const affected = this.s.entriesOf.all(...rows) as { id: number; countKey: string }[];
    this.s.deleteEntries.run(...rows);
    // A statement that a removed entry shadowed (same story, holder, polarity) counts again.
    for (const a of affected) {
      const first = this.s.firstOfKey.get(a.id, a.countKey) as
        (CountedStatement & { id: number; counted: number }) | undefined;
      if (first && !first.counted) {
        this.s.markCounted.run(first.id);
        this.countMonth(first, 1);
      }
    }
    const ids = new Set(affected.map((a) => a.id));
    // Rare (new versions only), so the tallies and span are rebuilt from the trail.
    for (const id of ids) {
      this.s.clearTallies.run(id);
      this.s.rebuildTallies.run(id);
      this.s.rebuildSpan.run(id, id, id, id);
    }
    return ids;
  }

  /** Add (`delta` 1) or take away (-1) a counted statement in the actor timeline. */
  private countMonth(c: CountedStatement, delta: number): void {
    if (!c.month) return;
    if (c.holderCountry) {
      this.s.month.run(
        c.holderCountry,
        c.month,
        c.polarity === 'asserted' ? delta : 0,
        c.polarity === 'denied' ? delta : 0,
        0,
        0,
      );
    }
    for (const code of codes(c.actor)) this.s.month.run(code, c.month, 0, 0, delta, 0);
    for (const code of codes(c.recipient)) this.s.month.run(code, c.month, 0, 0, 0, delta);
  }

  /**
   * Link an article's events (with their event row ids) into the ledger; returns the propositions
   * touched and the number of trail entries written. An event with neither actor nor recipient
   * stays in the article's record but not in the ledger: nothing would tell its statements apart.
   */
  attach(
    source: TrailSource,
    events: ClaimEvent[],
    eventIds: number[],
  ): { touched: Set<number>; entries: number } {
    const touched = new Set<number>();
    let entries = 0;
    events.forEach((event, i) => {
      if (event.actor.length === 0 && event.recipient.length === 0) return;
      entries++;
      const facets = this.linkedFacets(event);
      const id = this.propositionFor(facets);
      if (event.object) this.s.object.run(event.object, id);
      const holder = {
        name: event.holder.name,
        country: event.holder.country,
        entityId: event.holder.entityId,
      };
      const key = countKey({
        articleId: source.id,
        duplicateOf: source.duplicateOf,
        holder,
        polarity: event.polarity,
      });
      const counted = this.s.keyTaken.get(id, key) ? 0 : 1;
      // A trail entry takes its event's id (keyed by article, `row-keys.ts`).
      this.s.insertEntry.run(
        eventIds[i],
        id,
        eventIds[i],
        source.seq,
        source.id,
        source.day,
        source.day?.slice(0, 7) ?? null,
        event.holder.country,
        event.holder.name?.toLowerCase() ?? null,
        event.polarity,
        source.duplicateOf,
        key,
        counted,
      );
      if (counted) {
        this.s.addTally.run(id, event.holder.country ?? '', event.polarity);
        const month = source.day?.slice(0, 7) ?? null;
        this.countMonth(
          {
            month,
            holderCountry: event.holder.country,
            polarity: event.polarity,
            actor: facets.actor.join(','),
            recipient: facets.recipient.join(','),
          },
          1,
        );
      }
      this.s.count.run(id);
      if (source.day) {
        this.s.earlier.run(source.day, id, source.day);
        this.s.later.run(source.day, id, source.day);
      }
      touched.add(id);
    });
    return { touched, entries };
  }

  private get g(): { stated: Database.Statement; entriesOfProposition: Database.Statement } {
    const db = this.db;
    this.guessStatements ??= {
      // Whether a proposition has a statement whose recipient was stated, not guessed.
      stated: db
        .prepare(
          `SELECT EXISTS (SELECT 1 FROM trail_entries t JOIN events e ON e.id = t.event_id
             WHERE t.proposition_id = ? AND e.recipient_guessed IS NULL)`,
        )
        .pluck(),
      entriesOfProposition: db.prepare(
        `SELECT t.event_id AS eventId, t.article_seq AS seq, t.article_id AS articleId, t.day, t.duplicate_of AS duplicateOf,
           t.counted, t.month, t.holder_country AS holderCountry, t.polarity, ${EVENT_COLUMNS}
         FROM trail_entries t JOIN events e ON e.id = t.event_id WHERE t.proposition_id = ? ORDER BY t.id`,
      ),
    };
    return this.guessStatements;
  }

  /** Propositions of one category and actor set (any recipient). */
  private sameActs(facets: PropositionFacets): (RecipientCandidate & { id: number })[] {
    const prefix = baseKey({ ...facets, recipient: [] }).slice(0, -1);
    const rows = this.s.sameActs.all(prefix, prefix) as {
      id: number;
      recipient: string;
      mode: string | null;
      objectClass: string | null;
    }[];
    return rows.map((r) => ({ ...r, recipient: codes(r.recipient) }));
  }

  /** Whether proposition `id` has a statement whose recipient was stated. */
  private isStated(id: number): boolean {
    return this.g.stated.get(id) === 1;
  }

  /**
   * The event's facets, with the recipient other articles state in place of a guessed one
   * (`statedRecipient`). Only propositions with a stated recipient count: one made by guesses alone
   * does not hold a guess to itself.
   */
  private linkedFacets(event: ClaimEvent): PropositionFacets {
    const facets = facetsOf(event);
    if (!event.recipientGuessed || !facets.actor.length) return facets;
    const stated = this.sameActs(facets).filter((c) => this.isStated(c.id));
    return { ...facets, recipient: statedRecipient(facets, stated) ?? facets.recipient };
  }

  /**
   * A proposition made by guessed recipients alone, linked before any article stated the recipient,
   * moves to the recipient stated since (`statedRecipient`): its statements are taken out and
   * linked again. Runs for every touched proposition that has a stated recipient; returns the
   * propositions this touched.
   */
  private relinkGuesses(ids: Set<number>): Set<number> {
    const touched = new Set<number>();
    for (const id of ids) {
      const p = this.s.proposition.get(id) as PropositionRow | undefined;
      if (!p || !p.actor || !p.recipient) continue;
      const facets: PropositionFacets = {
        category: p.category as PropositionFacets['category'],
        mode: p.mode,
        actor: codes(p.actor),
        recipient: codes(p.recipient),
        objectClass: p.objectClass,
      };
      const acts = this.sameActs(facets);
      // Nearly always the proposition alone: nothing to move.
      if (acts.length < 2 || !this.isStated(id)) continue;
      const flagged = acts.map((c) => ({ ...c, stated: c.id === id || this.isStated(c.id) }));
      const stated = flagged.filter((c) => c.stated);
      for (const guessOnly of flagged.filter((c) => !c.stated)) {
        const target = statedRecipient({ ...facets, ...guessOnly }, stated);
        if (!target || target.join(',') === guessOnly.recipient.join(',')) continue;
        for (const moved of this.relink(guessOnly.id, p.actor, guessOnly.recipient)) touched.add(moved);
      }
    }
    return touched;
  }

  /** Take every statement out of proposition `id` (`actor`, `recipient`; left empty, for `recompute` to drop) and link it again. */
  private relink(id: number, actor: string, recipient: string[]): Set<number> {
    const entries = this.g.entriesOfProposition.all(id) as (EventTableRow &
      Omit<TrailSource, 'id'> &
      Omit<CountedStatement, 'actor' | 'recipient'> & {
        eventId: number;
        articleId: string;
        counted: number;
      })[];
    for (const e of entries) {
      if (e.counted) this.countMonth({ ...e, actor, recipient: recipient.join(',') }, -1);
    }
    this.s.deleteEntriesOf.run(id);
    this.s.clearTallies.run(id);
    this.s.emptied.run(id);
    const touched = new Set<number>([id]);
    for (const e of entries) {
      const source: TrailSource = { seq: e.seq, id: e.articleId, day: e.day, duplicateOf: e.duplicateOf };
      for (const moved of this.attach(source, [toEvent(e)], [e.eventId]).touched) touched.add(moved);
    }
    return touched;
  }

  private propositionFor(facets: PropositionFacets): number {
    const base = baseKey(facets);
    const decision = resolveProposition(facets, this.s.candidates.all(base) as LinkCandidate[]);
    if (decision.kind === 'join') {
      if (decision.refine) {
        const refined = { ...facets, ...decision.refine };
        this.s.refine.run(propositionKey(refined), refined.mode, refined.objectClass, decision.id);
      }
      return decision.id;
    }
    const info = this.s.insertProposition.run(
      propositionKey(facets),
      base,
      familyKey(facets),
      facets.category,
      facets.mode,
      facets.actor.join(','),
      facets.recipient.join(','),
      facets.objectClass,
      null,
    );
    const id = Number(info.lastInsertRowid);
    for (const code of facets.actor) this.s.insertParty.run(id, 'actor', code);
    for (const code of facets.recipient) this.s.insertParty.run(id, 'recipient', code);
    return id;
  }

  /** Recompute status, counts and notes of the given propositions from their tallies; empty ones are dropped. */
  recompute(touched: Set<number>): void {
    const ids = new Set([...touched, ...this.relinkGuesses(touched)]);
    const families = new Set<string>();
    for (const id of ids) {
      const p = this.s.proposition.get(id) as PropositionRow | undefined;
      if (!p) continue;
      if (p.trailCount === 0) {
        if (p.admittedBy || p.deniedBy) families.add(p.family);
        this.s.clearTallies.run(id);
        this.s.deleteParties.run(id);
        this.s.deleteProposition.run(id);
        continue;
      }
      const tallies = (this.s.tallies.all(id) as StatementTally[]).map((t) => ({
        ...t,
        country: t.country || null,
      }));
      const subject = {
        category: p.category as PropositionFacets['category'],
        actor: codes(p.actor),
        recipient: codes(p.recipient),
      };
      const verdict = deriveStatus(subject, tallies);
      const stance = actorStance(subject.actor, tallies);
      const sum = (polarity: string): number =>
        tallies.filter((t) => t.polarity === polarity).reduce((n, t) => n + t.count, 0);
      const admittedBy = stance.admittedBy.join(',');
      const deniedBy = stance.deniedBy.join(',');
      const rank = verdict.status === 'contested' ? 0 : 1;
      this.s.rank.run(rank, id, rank);
      this.s.update.run(
        verdict.status,
        verdict.note,
        admittedBy,
        deniedBy,
        sum('asserted'),
        sum('denied'),
        id,
      );
      // Partial-admission notes depend only on the actors' stances: renote a family when one changes.
      if (admittedBy !== p.admittedBy || deniedBy !== p.deniedBy) families.add(p.family);
    }
    for (const family of families) this.renote(family);
  }

  private renote(family: string): void {
    const rows = this.s.family.all(family) as {
      id: number;
      actor: string;
      mode: string | null;
      objectClass: string | null;
      admittedBy: string;
      deniedBy: string;
      partialNote: string | null;
    }[];
    const members: FamilyMember[] = rows.map((r) => ({
      id: r.id,
      actor: codes(r.actor),
      mode: r.mode,
      objectClass: r.objectClass,
      admittedBy: codes(r.admittedBy),
      deniedBy: codes(r.deniedBy),
    }));
    const notes = partialAdmissions(members);
    rows.forEach((r) => {
      const note = notes.get(r.id) ?? null;
      if (note !== r.partialNote) this.s.partial.run(note, r.id);
    });
  }
}
