import { describe, expect, it, vi } from 'vitest';
import { createApp } from './index.js';
import { createFakeStore, jsonOf } from './test-helpers/index.js';

const app = createApp({ store: createFakeStore() });

async function getJson(path: string) {
  const res = await app.request(path);
  return { res, body: await jsonOf(res) };
}

describe('read endpoints', () => {
  it.each([
    [
      'health reports a read-only server and the article count',
      '/api/health',
      { status: 'ok', writable: false, articles: 2 },
    ],
    ['articles are paged', '/api/articles?limit=1', { total: 2, limit: 1, offset: 0 }],
    ['quotes list every quote', '/api/quotes', { total: 3 }],
    ['quotes filter by article', '/api/quotes?articleId=east-wire-7', { total: 1 }],
    ['quotes filter by speaker name, any case', '/api/quotes?speaker=ilse%20varga', { total: 1 }],
    ['quotes filter by the country spoken for', '/api/quotes?speaker=VLD', { total: 1 }],
    ['search finds articles and quotes', '/api/search?q=drone', { total: 3 }],
    ['search with no match is an empty page', '/api/search?q=zeppelin', { total: 0, items: [] }],
    ['actor summary lists what it is accused of', '/api/actors/VLD', { code: 'VLD', name: 'Valdoria' }],
    ['actor codes are case-insensitive', '/api/actors/vld', { code: 'VLD' }],
  ])('%s', async (_name, path, expected) => {
    const { res, body } = await getJson(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(body).toMatchObject(expected);
  });

  it('article detail is the full record: text, removed, entities, quotes, events', async () => {
    const { res, body } = await getJson('/api/articles/harbour-post-1');
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ id: 'harbour-post-1', removed: [{ reason: 'newsletter' }] });
    for (const layer of ['entities', 'quotes', 'events'])
      expect((body[layer] as unknown[]).length).toBeGreaterThan(0);
    expect(body['text']).toContain('Ostmark accused Valdoria');
  });

  it('article ids with reserved characters round-trip when encoded', async () => {
    const store = createFakeStore();
    store.putArticle({ ...store.articles[0]!, id: 'feeds/a b?c' });
    const res = await createApp({ store }).request(`/api/articles/${encodeURIComponent('feeds/a b?c')}`);
    expect(res.status).toBe(200);
    expect(await jsonOf(res)).toMatchObject({ id: 'feeds/a b?c' });
  });

  it('actor summary carries the monthly timeline', async () => {
    const { body } = await getJson('/api/actors/VLD');
    expect(body['timeline']).toEqual([
      { month: '2026-03', asserted: 0, denied: 1, accused: 2, targeted: 0 },
      { month: '2026-04', asserted: 0, denied: 0, accused: 1, targeted: 0 },
    ]);
    expect((body['accusedOf'] as { id: number }[]).map((p) => p.id)).toEqual([1]);
  });

  it.each([
    ['unknown article', '/api/articles/nope', 404, 'E_NOT_FOUND'],
    ['unknown actor', '/api/actors/ZZZ', 404, 'E_NOT_FOUND'],
    ['unknown api route', '/api/nothing-here', 404, 'E_NOT_FOUND'],
    ['a misspelt query parameter', '/api/articles?lmit=5', 400, 'E_VALIDATION'],
    ['search without q', '/api/search', 400, 'E_VALIDATION'],
    ['limit over the maximum', '/api/articles?limit=5000', 400, 'E_VALIDATION'],
  ])('%s answers problem+json', async (_name, path, status, code) => {
    const res = await app.request(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = await jsonOf(res);
    expect(problem).toMatchObject({
      status,
      code,
      instance: path.split('?')[0],
      type: `urn:claimtrail:problem:${code}`,
    });
    expect(typeof problem.title).toBe('string');
    expect(typeof problem.detail).toBe('string');
  });

  it('a store failure is a 500 problem without internals', async () => {
    const store = createFakeStore();
    store.listArticles = () => {
      throw new Error('SELECT * FROM secret_table failed');
    };
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await createApp({ store }).request('/api/articles');
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('secret_table');
  });
});
