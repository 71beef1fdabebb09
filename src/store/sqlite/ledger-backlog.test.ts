import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { article, filler, type ArticleSpec } from '../../core/test-helpers/records.js';
import { BACKLOG_BATCH } from './put-article.js';
import { openSqliteStore, type SqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-ledger-backlog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const tempDb = () => join(dir, `l${n++}.db`);

/** Articles stored but not yet linked into the ledger. */
const backlog = (store: SqliteStore): number =>
  store.db
    .prepare('SELECT (SELECT COALESCE(MAX(seq), 0) FROM articles) - article_seq FROM ledger_progress')
    .pluck()
    .get() as number;

const trailRows = (store: SqliteStore): number =>
  store.db.prepare('SELECT COUNT(*) FROM trail_entries').pluck().get() as number;

/** Each proposition as `category actor>recipient status asserted/denied trail`, sorted. */
function ledger(store: SqliteStore): string[] {
  return store
    .listPropositions({ limit: 500 })
    .items.map(
      (p) =>
        `${p.category} ${p.actor.join('+')}>${p.recipient.join('+')} ${p.status} ${p.assertedCount}/${p.deniedCount} ${p.trailCount}`,
    )
    .sort();
}

/**
 * Articles on a few propositions: assertions by third parties, the actor's own assertions and
 * denials, and every seventh article a copy of the one before it (a near-duplicate, whose
 * statements the ledger keeps but does not count twice).
 */
function stories(count: number): ArticleSpec[] {
  const pairs = [
    ['UKR', 'RUS'],
    ['IRN', 'ISR'],
    ['USA', 'CHN'],
  ];
  return Array.from({ length: count }, (_, i) => {
    const story = i % 7 === 6 ? i - 1 : i;
    const [actor, recipient] = pairs[story % pairs.length]!;
    return {
      id: `s${i}`,
      text: filler(story, 80),
      published: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`,
      events: [
        { actor: [actor!], recipient: [recipient!], holder: story % 2 ? 'USA' : 'GBR' },
        {
          actor: [actor!],
          recipient: [recipient!],
          holder: actor!,
          polarity: story % 5 === 0 ? 'denied' : 'asserted',
        },
      ],
    };
  });
}

describe('the ledger written in batches', () => {
  it('links a batch with the write that fills it, and the rest before a read', () => {
    const store = openSqliteStore(':memory:');
    for (const spec of stories(BACKLOG_BATCH + 4)) store.putArticle(article(spec));
    expect(backlog(store)).toBe(4);
    expect(trailRows(store)).toBe(2 * BACKLOG_BATCH);
    const propositions = store.listPropositions({});
    expect(backlog(store)).toBe(0);
    expect(trailRows(store)).toBe(2 * (BACKLOG_BATCH + 4));
    expect(propositions.items.reduce((sum, p) => sum + p.trailCount, 0)).toBe(2 * (BACKLOG_BATCH + 4));
    store.close();
  });

  it('with stated recipients, gives the same ledger as linking each article as it is stored', () => {
    // The same articles, read after every write (each read links the one article waiting) and
    // read once at the end (the batch and the rest linked together).
    const specs = stories(BACKLOG_BATCH + 40);
    const oneByOne = openSqliteStore(':memory:');
    const batched = openSqliteStore(':memory:');
    for (const spec of specs) {
      oneByOne.putArticle(article(spec));
      oneByOne.listPropositions({ limit: 1 });
      batched.putArticle(article(spec));
    }
    expect(batched.listArticles({ limit: 500 }).items.filter((a) => a.duplicateOf)).toHaveLength(
      Math.floor(specs.length / 7),
    );
    expect(ledger(batched)).toEqual(ledger(oneByOne));
    for (const id of oneByOne.listPropositions({}).items.map((p) => p.id)) {
      const trail = (s: SqliteStore) =>
        s.getTrail(id).map((t) => `${t.articleId} ${t.holder.country} ${t.polarity} ${t.date}`);
      expect(trail(batched)).toEqual(trail(oneByOne));
    }
    oneByOne.close();
    batched.close();
  });

  it('within a batch, a guessed recipient meets the one the other articles state, whatever their order', () => {
    const guess = article({
      id: 'g1',
      events: [{ actor: ['VOS'], recipient: ['KEL'], recipientGuessed: true, holder: 'GBR' }],
    });
    const stated = article({ id: 's1', events: [{ actor: ['VOS'], recipient: ['DOV'], holder: 'USA' }] });
    for (const order of [
      [guess, stated],
      [stated, guess],
    ]) {
      const store = openSqliteStore(':memory:');
      for (const a of order) store.putArticle(a);
      expect(ledger(store)).toEqual(['ASSAULT VOS>DOV alleged 2/0 2']);
      store.close();
    }
  });

  describe('a guess linked before any article stated the recipient', () => {
    const guess = (id: string, day: string) =>
      article({
        id,
        published: day,
        events: [{ actor: ['VOS'], recipient: ['KEL'], recipientGuessed: true, holder: 'GBR' }],
      });
    const stated = (id: string, recipient: string) =>
      article({
        id,
        published: '2024-05-03',
        events: [{ actor: ['VOS'], recipient: [recipient], holder: 'USA' }],
      });
    const timeline = (store: SqliteStore, code: string) =>
      store
        .actor(code)
        .timeline.map((m) => `${m.month} accused ${m.accused} targeted ${m.targeted ?? 0}`)
        .join('; ');

    it('moves to the one recipient stated since, with its counts', () => {
      const store = openSqliteStore(':memory:');
      store.putArticle(guess('g1', '2024-04-20'));
      store.putArticle(guess('g2', '2024-05-01'));
      expect(ledger(store)).toEqual(['ASSAULT VOS>KEL alleged 2/0 2']);
      store.putArticle(stated('s1', 'DOV'));
      expect(ledger(store)).toEqual(['ASSAULT VOS>DOV alleged 3/0 3']);
      const [moved] = store.listPropositions({}).items;
      expect(moved).toMatchObject({ firstSeen: '2024-04-20', lastSeen: '2024-05-03' });
      expect(store.getTrail(moved!.id).map((t) => t.articleId)).toEqual(['g1', 'g2', 's1']);
      expect(timeline(store, 'KEL')).toBe('');
      expect(timeline(store, 'DOV')).toBe('2024-04 accused 0 targeted 1; 2024-05 accused 0 targeted 2');
      expect(timeline(store, 'VOS')).toBe('2024-04 accused 1 targeted 0; 2024-05 accused 2 targeted 0');
      store.close();
    });

    it('stays when two recipients are stated', () => {
      const store = openSqliteStore(':memory:');
      store.putArticle(guess('g1', '2024-04-20'));
      store.listPropositions({});
      store.putArticle(stated('s1', 'DOV'));
      store.putArticle(stated('s2', 'ZEM'));
      expect(ledger(store)).toEqual([
        'ASSAULT VOS>DOV alleged 1/0 1',
        'ASSAULT VOS>KEL alleged 1/0 1',
        'ASSAULT VOS>ZEM alleged 1/0 1',
      ]);
      store.close();
    });
  });

  it.each([
    ['linked', true],
    ['still in the backlog', false],
  ])('a new version of an article %s replaces its statements in the ledger', (_name, linked) => {
    const store = openSqliteStore(':memory:');
    store.putArticle(article({ id: 'a1', events: [{ actor: ['IRN'], recipient: ['ISR'], holder: 'USA' }] }));
    store.putArticle(article({ id: 'a2', events: [{ actor: ['UKR'], recipient: ['RUS'], holder: 'GBR' }] }));
    if (linked) store.listPropositions({});
    expect(backlog(store)).toBe(linked ? 0 : 2);
    const denial = article({
      id: 'a1',
      text: 'A second version of the first story, rewritten.',
      events: [{ actor: ['IRN'], recipient: ['ISR'], holder: 'IRN', polarity: 'denied' }],
    });
    expect(store.putArticle(denial).status).toBe('new-version');
    expect(ledger(store)).toEqual(['ASSAULT IRN>ISR denied 0/1 1', 'ASSAULT UKR>RUS alleged 1/0 1']);
    store.close();
  });

  it("a read on another connection links the writer's backlog", () => {
    const file = tempDb();
    const writer = openSqliteStore(file);
    const reader = openSqliteStore(file);
    writer.putArticle(article({ id: 'a1', events: [{ actor: ['IRN'], recipient: ['ISR'], holder: 'USA' }] }));
    expect(ledger(reader)).toEqual(['ASSAULT IRN>ISR alleged 1/0 1']);
    writer.putArticle(
      article({
        id: 'a2',
        events: [{ actor: ['IRN'], recipient: ['ISR'], holder: 'IRN', polarity: 'denied' }],
      }),
    );
    expect(ledger(writer)).toEqual(['ASSAULT IRN>ISR contested 1/1 2']);
    reader.close();
    writer.close();
  });

  it('a file closed without linking (a killed writer) is linked by the next read; closing links the backlog', () => {
    const killed = tempDb();
    const crashed = openSqliteStore(killed);
    crashed.putArticle(
      article({ id: 'a1', events: [{ actor: ['IRN'], recipient: ['ISR'], holder: 'USA' }] }),
    );
    crashed.db.close(); // as a SIGKILL would leave it: committed, not linked
    const reopened = openSqliteStore(killed);
    expect(backlog(reopened)).toBe(1);
    expect(reopened.actor('IRN').accusedOf).toHaveLength(1);
    expect(backlog(reopened)).toBe(0);
    reopened.putArticle(
      article({ id: 'a2', events: [{ actor: ['UKR'], recipient: ['RUS'], holder: 'GBR' }] }),
    );
    reopened.close();
    const again = openSqliteStore(killed);
    expect(backlog(again)).toBe(0);
    expect(trailRows(again)).toBe(2);
    again.close();
  });
});
