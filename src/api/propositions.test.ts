import { describe, expect, it } from 'vitest';
import { createApp } from './index.js';
import { createFakeStore, jsonOf } from './test-helpers/index.js';

const app = createApp({ store: createFakeStore() });

describe('GET /api/propositions', () => {
  it.each([
    ['no filter lists all, contested first', '', [1, 2]],
    ['actor filter', '?actor=KST', [2]],
    ['recipient filter', '?recipient=KST', [1]],
    ['category filter', '?category=THREATEN', [2]],
    ['status filter', '?status=contested', [1]],
    ['holder filter', '?holder=VLD', [1]],
    ['object class filter', '?objectClass=drones', [1]],
    ['since keeps what was still said after the date', '?since=2026-04-01', [1, 2]],
    ['until keeps what was first said before the date', '?until=2026-03-31', [1]],
    ['sort most-statements', '?sort=most-statements', [1, 2]],
    ['sort oldest', '?sort=oldest', [1, 2]],
    ['paging with offset', '?limit=1&offset=1', [2]],
    ['filters combine', '?actor=VLD&status=alleged', []],
  ])('%s', async (_name, query, ids) => {
    const res = await app.request(`/api/propositions${query}`);
    expect(res.status).toBe(200);
    const body = await jsonOf(res);
    expect(body.items.map((p: { id: number }) => p.id)).toEqual(ids);
  });

  it('counts per status ignore the status filter but honour the others', async () => {
    const body = await jsonOf(app.request('/api/propositions?status=alleged&category=AID'));
    expect(body.counts).toEqual({ alleged: 0, denied: 0, contested: 1, confirmed: 0 });
    expect(body.total).toBe(0);
  });

  it.each([
    ['an unknown category', '?category=HUG', ['category']],
    ['an unknown status', '?status=maybe', ['status']],
    ['a date that is not a date', '?since=yesterday', ['since']],
    ['a negative offset and a zero limit', '?offset=-1&limit=0', ['limit', 'offset']],
    ['an unknown sort', '?sort=random', ['sort']],
    ['an unknown parameter', '?colour=red', ['colour']],
  ])('rejects %s and lists the failing fields', async (_name, query, fields) => {
    const res = await app.request(`/api/propositions${query}`);
    expect(res.status).toBe(400);
    const problem = await jsonOf(res);
    expect(problem.code).toBe('E_VALIDATION');
    expect(problem.errors.map((e: { field: string }) => e.field).sort()).toEqual(fields);
  });
});

describe('GET /api/propositions/:id', () => {
  it('returns the proposition with its trail and each entry’s article', async () => {
    const res = await app.request('/api/propositions/1');
    expect(res.status).toBe(200);
    const body = await jsonOf(res);
    expect(body.proposition).toMatchObject({ id: 1, status: 'contested' });
    expect(body.trail.map((t: { polarity: string }) => t.polarity)).toEqual([
      'asserted',
      'denied',
      'asserted',
    ]);
    expect(body.trail[0].article).toEqual({
      id: 'harbour-post-1',
      title: 'Ostmark accuses Valdoria of arming Kestria',
      source: 'Harbour Post',
      url: 'https://news.example/harbour-post-1',
      published: '2026-03-02',
    });
  });

  it.each([
    ['an unknown id is 404', '/api/propositions/99', 404],
    ['a non-numeric id is 400', '/api/propositions/abc', 400],
    ['a zero id is 400', '/api/propositions/0', 400],
  ])('%s', async (_name, path, status) => {
    const res = await app.request(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
