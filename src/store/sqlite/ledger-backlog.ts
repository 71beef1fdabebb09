import type Database from 'better-sqlite3';
import type { LedgerWriter, TrailSource } from './ledger-writer.js';
import { articleRows } from './row-keys.js';
import { EVENT_COLUMNS, toEvent, type EventTableRow } from './stored-record.js';

interface BacklogEventRow extends EventTableRow {
  eventId: number;
  seq: number;
  articleId: string;
  day: string | null;
  duplicateOf: string | null;
}

/**
 * Links stored articles into the ledger in batches. `ledger_progress` holds the last article seq
 * whose events are in the ledger; the articles past it are the backlog. `catchUp` links the
 * backlog's events in article order (as one article at a time would; guessed recipients last)
 * and then recomputes each touched proposition once.
 *
 * Why: linking an article's events in its own commit rewrote about half of the pages the commit
 * wrote (proposition, trail, tally and timeline index pages, one or more per event, each a 4 KiB
 * WAL frame); a batch of 256 articles rewrites each of those pages once, and a proposition that
 * several articles of a batch touch is recomputed once. The store catches up before every read
 * of the ledger, so a connection always reads a ledger with everything it stored.
 */
export class LedgerBacklog {
  private readonly s;

  constructor(
    db: Database.Database,
    private readonly ledger: LedgerWriter,
  ) {
    this.s = {
      progress: db.prepare('SELECT article_seq FROM ledger_progress').pluck(),
      setProgress: db.prepare('UPDATE ledger_progress SET article_seq = ?'),
      events: db.prepare(
        `SELECT e.id AS eventId, a.seq, a.id AS articleId, a.day, a.duplicate_of AS duplicateOf, ${EVENT_COLUMNS}
         FROM events e JOIN articles a ON a.seq = e.article_seq
         WHERE e.id BETWEEN ? AND ? ORDER BY e.id`,
      ),
    };
  }

  /** The last article seq whose events are in the ledger. */
  progress(): number {
    return this.s.progress.get() as number;
  }

  /** Whether article `seq`'s events are in the ledger (else they wait in the backlog). */
  linked(seq: number): boolean {
    return seq <= this.progress();
  }

  /**
   * Link the events of every article past the mark up to `last`, in article order: first every
   * event whose recipient is stated, then those whose recipient the events stage guessed, so that
   * a guess made anywhere in the batch meets the recipients the batch's other articles state
   * (`statedRecipient`), whatever the order the articles came in. Call inside a write transaction.
   */
  catchUp(last: number): void {
    const done = this.progress();
    if (last <= done) return;
    const touched = new Set<number>();
    const rows = this.s.events.all(articleRows(done + 1)[0], articleRows(last)[1]) as BacklogEventRow[];
    const articles: BacklogEventRow[][] = [];
    for (const row of rows) {
      const current = articles.at(-1);
      if (current?.[0]!.seq === row.seq) current.push(row);
      else articles.push([row]);
    }
    for (const guessed of [false, true]) {
      for (const article of articles) {
        const events = article.filter((r) => Boolean(r.recipient_guessed) === guessed);
        if (!events.length) continue;
        const [first] = events as [BacklogEventRow];
        const source: TrailSource = {
          seq: first.seq,
          id: first.articleId,
          day: first.day,
          duplicateOf: first.duplicateOf,
        };
        const attached = this.ledger.attach(
          source,
          events.map(toEvent),
          events.map((r) => r.eventId),
        );
        for (const id of attached.touched) touched.add(id);
      }
    }
    this.ledger.recompute(touched);
    this.s.setProgress.run(last);
  }
}
