import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EDITED_COPY, OTHER_STORY, STORY } from '../dedup/test-helpers/texts.js';
import { ClaimtrailError } from '../errors.js';
import type { Proposition } from '../ledger/index.js';
import { ledgerExport } from './export.js';
import type { PropositionQuery, Store } from './store.js';
import { SEARCH_MARKS } from './store.js';
import { article, type ArticleSpec } from '../core/test-helpers/records.js';

/**
 * The storage contract: every adapter must pass this suite unchanged.
 *
 * @example
 * runStoreContract('sqlite', () => openSqliteStore(':memory:'));
 */
export function runStoreContract(name: string, makeStore: () => Store | Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    const put = (spec: ArticleSpec) => store.putArticle(article(spec));
    const only = async (q: PropositionQuery = {}): Promise<Proposition> => {
      const page = await store.listPropositions(q);
      expect(page.total).toBe(1);
      return page.items[0] as Proposition;
    };

    describe('storing articles', () => {
      it('stores a record and gives it back unchanged', async () => {
        const record = article({
          id: 'a1',
          events: [{ holder: 'USA' }],
          quotes: [{ text: 'we saw the convoy leave', speaker: 'Ann Lee', country: 'USA' }],
        });
        expect(await store.putArticle(record)).toEqual({
          status: 'stored',
          articleId: 'a1',
          duplicateOf: null,
          trailEntries: 1,
        });
        expect(await store.getArticle('a1')).toEqual(record);
        expect(await store.getArticle('missing')).toBeNull();
      });

      it('is idempotent: the same record again is a duplicate and adds nothing', async () => {
        await put({ id: 'a1', events: [{ holder: 'USA' }] });
        expect(await put({ id: 'a1', events: [{ holder: 'USA' }] })).toMatchObject({
          status: 'duplicate',
          duplicateOf: 'a1',
          trailEntries: 0,
        });
        expect((await store.listArticles({})).total).toBe(1);
        expect(await only()).toMatchObject({ trailCount: 1, assertedCount: 1 });
      });

      it('same id with changed text is a new version; the old version leaves the ledger', async () => {
        await put({
          id: 'a1',
          text: 'first text of the report',
          events: [{ holder: 'UKR', polarity: 'denied' }],
        });
        const result = await put({
          id: 'a1',
          text: 'second text of the report',
          events: [{ holder: 'USA' }],
        });
        expect(result).toMatchObject({ status: 'new-version', articleId: 'a1' });
        expect((await store.listArticles({})).items[0]).toMatchObject({ id: 'a1', version: 2 });
        const p = await only();
        expect(p).toMatchObject({ status: 'alleged', assertedCount: 1, deniedCount: 0, trailCount: 1 });
        expect((await store.getArticle('a1'))?.text).toBe('second text of the report');
      });

      it('same URL under another id is a new version of that article', async () => {
        await put({ id: 'a1', text: 'first text', url: 'https://x.example/1', events: [{ holder: 'USA' }] });
        expect(
          await put({
            id: 'a2',
            text: 'corrected text',
            url: 'https://x.example/1',
            events: [{ holder: 'GBR' }],
          }),
        ).toMatchObject({
          status: 'new-version',
          articleId: 'a2',
        });
        expect((await store.listArticles({})).total).toBe(1);
        expect((await store.getTrail((await only()).id)).map((t) => t.articleId)).toEqual(['a2']);
      });

      it('a syndicated copy is linked to the original and not counted twice', async () => {
        await put({
          id: 'orig',
          text: STORY,
          events: [{ holder: 'USA' }, { holder: 'UKR', polarity: 'denied' }],
        });
        const copy = await put({
          id: 'copy',
          text: EDITED_COPY,
          events: [{ holder: 'USA' }, { holder: 'UKR', polarity: 'denied' }],
        });
        expect(copy).toMatchObject({ status: 'near-duplicate', duplicateOf: 'orig', trailEntries: 2 });
        const p = await only();
        expect(p).toMatchObject({ assertedCount: 1, deniedCount: 1, trailCount: 4, status: 'contested' });
        const trail = await store.getTrail(p.id);
        expect(trail.filter((t) => t.duplicateOf === 'orig').map((t) => t.articleId)).toEqual([
          'copy',
          'copy',
        ]);
      });

      it('a different story on the same topic is not a copy', async () => {
        await put({ id: 'orig', text: STORY });
        expect(await put({ id: 'other', text: OTHER_STORY })).toMatchObject({
          status: 'stored',
          duplicateOf: null,
        });
      });

      it('an identical text under another id and URL is a copy of the first', async () => {
        await put({ id: 'a1', text: STORY, events: [{ holder: 'USA' }] });
        expect(await put({ id: 'a2', text: STORY, events: [{ holder: 'USA' }] })).toMatchObject({
          status: 'near-duplicate',
          duplicateOf: 'a1',
        });
        expect(await only()).toMatchObject({ assertedCount: 1, trailCount: 2 });
      });

      it('a copy adds its own statements to the count', async () => {
        await put({ id: 'orig', text: STORY, events: [{ holder: 'USA' }] });
        await put({
          id: 'copy',
          text: EDITED_COPY,
          events: [{ holder: 'USA' }, { holder: 'UKR', polarity: 'denied' }],
        });
        expect(await only()).toMatchObject({ assertedCount: 1, deniedCount: 1, status: 'contested' });
      });

      it('keeps an event with neither actor nor recipient out of the ledger', async () => {
        expect(
          await put({ id: 'a1', events: [{ actor: [], recipient: [] }, { holder: 'USA' }] }),
        ).toMatchObject({ trailEntries: 1 });
        expect((await store.listPropositions({})).total).toBe(1);
        expect((await store.getArticle('a1'))?.events).toHaveLength(2);
      });

      it("an actor's name comes from the current version of each article", async () => {
        await put({ id: 'n1', events: [{ holder: 'USA' }] });
        expect((await store.actor('RUS')).name).toBe('Ruritania');
        const next = article({ id: 'n1', text: 'a later text', events: [{ holder: 'USA' }] });
        next.entities = [{ ...next.entities[0]!, name: 'Republic of Ruritania' }];
        await store.putArticle(next);
        expect((await store.actor('RUS')).name).toBe('Republic of Ruritania');
        next.entities = [];
        await store.putArticle({ ...next, text: 'a third text' });
        expect((await store.actor('RUS')).name).toBeNull();
      });

      it('records and lists ingest failures', async () => {
        const failure = {
          origin: 'feed.xml',
          articleId: null,
          code: 'E_INPUT_EMPTY',
          message: 'feed.xml: empty',
          at: '2026-01-01T00:00:00Z',
        };
        await store.recordFailure(failure);
        await store.recordFailure({ ...failure, origin: 'b.html', articleId: 'b' });
        expect(await store.listFailures()).toEqual([
          failure,
          { ...failure, origin: 'b.html', articleId: 'b' },
        ]);
      });
    });

    describe('status as articles arrive', () => {
      const steps: [string, ArticleSpec[], string][] = [
        ['an accusation is alleged', [{ id: 's1', events: [{ holder: 'USA' }] }], 'alleged'],
        [
          'then a denial by the accused: contested',
          [
            { id: 's1', events: [{ holder: 'USA' }] },
            { id: 's2', events: [{ holder: 'UKR', polarity: 'denied' }] },
          ],
          'contested',
        ],
        [
          'a denial alone is denied',
          [{ id: 's1', events: [{ holder: 'UKR', polarity: 'denied' }] }],
          'denied',
        ],
        [
          'the actor admitting it: confirmed',
          [
            { id: 's1', events: [{ holder: 'USA' }] },
            { id: 's2', events: [{ holder: 'UKR' }] },
          ],
          'confirmed',
        ],
        [
          'an act with no actor named, asserted by two countries: confirmed',
          [
            { id: 's1', events: [{ actor: [], holder: 'SWE' }] },
            { id: 's2', events: [{ actor: [], holder: 'DNK' }] },
          ],
          'confirmed',
        ],
      ];
      it.each(steps)('%s', async (_name, specs, status) => {
        for (const spec of specs) await put(spec);
        expect((await only()).status).toBe(status);
      });

      it('moves alleged -> contested -> alleged as a denial is corrected away', async () => {
        const seen: string[] = [];
        await put({ id: 's1', events: [{ holder: 'USA' }] });
        seen.push((await only()).status);
        await put({ id: 's2', text: 'version one', events: [{ holder: 'UKR', polarity: 'denied' }] });
        seen.push((await only()).status);
        await put({ id: 's2', text: 'version two', events: [{ holder: 'GBR' }] });
        seen.push((await only()).status);
        expect(seen).toEqual(['alleged', 'contested', 'alleged']);
        expect((await store.actor('UKR')).timeline).toEqual([
          { month: '2024-01', asserted: 0, denied: 0, accused: 2, targeted: 0 },
        ]);
        expect((await store.actor('GBR')).timeline).toEqual([
          { month: '2024-01', asserted: 1, denied: 0, accused: 0, targeted: 0 },
        ]);
      });

      it('an event without an object joins the single object class in play; a partial admission is noted', async () => {
        const aid = { category: 'AID' as const, mode: 'military', actor: ['PRK'], recipient: ['RUS'] };
        await put({ id: 'k1', events: [{ ...aid, object: 'artillery shells', holder: 'USA' }] });
        await put({ id: 'k2', events: [{ ...aid, object: null, holder: 'PRK', polarity: 'denied' }] });
        const shells = await only();
        expect(shells).toMatchObject({
          objectClass: 'ammunition',
          object: 'artillery shells',
          status: 'contested',
          notes: [],
        });
        await put({
          id: 'k3',
          events: [{ ...aid, mode: 'humanitarian', object: 'wheat flour', holder: 'PRK' }],
        });
        expect(await store.getProposition(shells.id)).toMatchObject({ notes: ['partially admitted'] });
        expect((await store.getProposition(shells.id))?.statusNote).toContain(
          'PRK admits a related statement',
        );
        expect(await only({ objectClass: 'food' })).toMatchObject({ status: 'confirmed', notes: [] });
      });

      it('an event with a guessed recipient joins the one recipient other articles state for the act', async () => {
        const attack = { category: 'ASSAULT' as const, mode: null, actor: ['VOS'] };
        await put({ id: 'g1', events: [{ ...attack, recipient: ['KEL'], holder: 'DOV' }] });
        const guessed = { ...attack, recipient: ['DOV'], recipientGuessed: true as const };
        await put({ id: 'g2', events: [{ ...guessed, holder: 'VOS', polarity: 'denied' }] });
        expect(await only()).toMatchObject({ recipient: ['KEL'], status: 'contested', trailCount: 2 });
        expect((await store.getArticle('g2'))?.events[0]).toMatchObject({
          recipient: ['DOV'],
          recipientGuessed: true,
        });
        // A stated recipient is never replaced.
        await put({ id: 'g3', events: [{ ...attack, recipient: ['DOV'], holder: 'KEL' }] });
        expect((await store.listPropositions({})).total).toBe(2);
        // With two recipients stated, a guess has no one to join: it stays with its own guess.
        await put({
          id: 'g4',
          events: [{ ...guessed, recipient: ['LOR'], holder: 'VOS', polarity: 'denied' }],
        });
        expect((await store.listPropositions({})).total).toBe(3);
      });
    });

    describe('queries', () => {
      beforeEach(async () => {
        await put({
          id: 'q1',
          published: '2023-03-07',
          events: [
            { holder: 'USA', holderName: 'Ann Lee' },
            { holder: 'UKR', polarity: 'denied' },
          ],
        });
        await put({
          id: 'q2',
          published: '2023-11-13',
          events: [
            { actor: ['USA'], holder: 'RUS' },
            { actor: ['USA'], holder: 'USA', polarity: 'denied' },
          ],
        });
        await put({
          id: 'q3',
          published: '2024-08-15',
          events: [
            { holder: 'DEU' },
            { category: 'AID', mode: 'military', actor: ['IRN'], object: 'drones', holder: 'USA' },
          ],
        });
        await put({
          id: 'q4',
          published: '2022-10-29',
          title: 'Lighthouse talks stall',
          events: [{ actor: ['GBR'], holder: 'RUS' }],
          quotes: [
            {
              text: 'the lighthouse keeper will not sail until the storm ends',
              speaker: 'Ann Lee',
              country: 'USA',
            },
          ],
        });
      });

      const ids = async (q: PropositionQuery) =>
        (await store.listPropositions(q)).items.map((p) => p.actor.join(',') || '-');

      it.each<[string, PropositionQuery, string[]]>([
        ['contested first, then newest', {}, ['UKR', 'USA', 'IRN', 'GBR']],
        ['newest (ties: newest proposition first)', { sort: 'newest' }, ['IRN', 'UKR', 'USA', 'GBR']],
        ['oldest', { sort: 'oldest' }, ['GBR', 'UKR', 'USA', 'IRN']],
        ['actor', { actor: 'usa' }, ['USA']],
        ['recipient', { recipient: 'RUS', category: 'AID' }, ['IRN']],
        ['status', { status: 'alleged' }, ['IRN', 'GBR']],
        ['holder by country', { holder: 'RUS' }, ['USA', 'GBR']],
        ['holder by name', { holder: 'ann lee' }, ['UKR']],
        ['object class', { objectClass: 'drones' }, ['IRN']],
        ['since', { since: '2023-11-01' }, ['UKR', 'USA', 'IRN']],
        ['until', { until: '2023-03-07' }, ['UKR', 'GBR']],
        ['a window with no statement inside', { since: '2023-04-01', until: '2023-10-01' }, []],
        ['a window with one', { since: '2023-04-01', until: '2023-12-01' }, ['USA']],
      ])('listPropositions: %s', async (_name, q, expected) => {
        expect(await ids(q)).toEqual(expected);
      });

      it('paginates with a total', async () => {
        const page = await store.listPropositions({ sort: 'oldest', limit: 2, offset: 1 });
        expect([page.total, page.limit, page.offset, page.items.map((p) => p.actor[0])]).toEqual([
          4,
          2,
          1,
          ['UKR', 'USA'],
        ]);
      });

      it('rejects a bad page size', async () => {
        await expect(async () => store.listPropositions({ limit: 0 })).rejects.toThrow(ClaimtrailError);
      });

      it('orders a trail by date, assertions before denials', async () => {
        await put({
          id: 'q0',
          published: '2023-03-07',
          events: [{ holder: 'UKR', polarity: 'denied' }, { holder: 'GBR' }],
        });
        const p = await only({ actor: 'UKR' });
        const trail = await store.getTrail(p.id);
        expect(trail.map((t) => `${t.date} ${t.holder.country} ${t.polarity}`)).toEqual([
          '2023-03-07 USA asserted',
          '2023-03-07 GBR asserted',
          '2023-03-07 UKR denied',
          '2023-03-07 UKR denied',
          '2024-08-15 DEU asserted',
        ]);
        expect(trail[0]).toMatchObject({
          articleId: 'q1',
          eventIndex: 0,
          holder: { name: 'Ann Lee' },
          duplicateOf: null,
          certainty: 'certain',
        });
      });

      it('summarises an actor', async () => {
        const usa = await store.actor('USA');
        expect(usa.asserts.map((p) => p.actor[0])).toEqual(['IRN', 'UKR']);
        expect(usa.denies.map((p) => p.actor[0])).toEqual(['USA']);
        expect(usa.accusedOf.map((p) => p.actor[0])).toEqual(['USA']);
        expect(usa.timeline).toEqual([
          { month: '2023-03', asserted: 1, denied: 0, accused: 0, targeted: 0 },
          { month: '2023-11', asserted: 0, denied: 1, accused: 2, targeted: 0 },
          { month: '2024-08', asserted: 1, denied: 0, accused: 0, targeted: 0 },
        ]);
        expect((await store.actor('RUS')).name).toBe('Ruritania');
      });

      it.each([
        ['by article', { articleId: 'q4' }, 1],
        ['by speaker name in any case', { speaker: 'ANN LEE' }, 1],
        ['by speaker country', { speaker: 'usa' }, 1],
        ['no match', { speaker: 'nobody' }, 0],
      ])('lists quotes %s', async (_name, opts, n) => {
        const page = await store.listQuotes(opts);
        expect(page.total).toBe(n);
        if (n)
          expect(page.items[0]).toMatchObject({
            articleId: 'q4',
            index: 0,
            text: 'the lighthouse keeper will not sail until the storm ends',
          });
      });

      it('searches titles, text and quotes with marked snippets', async () => {
        const page = await store.search('lighthouse keeper');
        expect(page.items.map((h) => h.kind).sort()).toEqual(['article', 'quote']);
        expect(page.items.every((h) => h.articleId === 'q4' && h.snippet.includes(SEARCH_MARKS[0]))).toBe(
          true,
        );
        expect(page.total).toBe(2);
        expect((await store.search('"will not sail"')).items.find((h) => h.kind === 'quote')).toMatchObject({
          quoteIndex: 0,
        });
        expect((await store.search('stall')).items[0]).toMatchObject({
          kind: 'article',
          title: 'Lighthouse talks stall',
        });
      });

      it.each(['"', 'AND', 'lighthouse OR', 'x:', '*', 'NEAR(a b', '(-)', "o'neil", '^lighthouse', ''])(
        'search never fails on %j',
        async (q) => {
          await expect(Promise.resolve(store.search(q))).resolves.toHaveProperty('items');
        },
      );

      it('exports the ledger in the evaluation shape', async () => {
        const ledger = await ledgerExport(store, { actor: 'UKR' });
        expect(ledger).toEqual({
          propositions: [
            {
              id: expect.stringMatching(/^p\d+$/),
              category: 'ASSAULT',
              actor: ['UKR'],
              recipient: ['RUS'],
              status: 'contested',
              trail: [
                { article: 'q1', holder: { name: 'Ann Lee', country: 'USA' }, polarity: 'asserted' },
                { article: 'q1', holder: { name: null, country: 'UKR' }, polarity: 'denied' },
                { article: 'q3', holder: { name: null, country: 'DEU' }, polarity: 'asserted' },
              ],
            },
          ],
        });
      });
    });
  });
}
