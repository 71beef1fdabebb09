import { describe, expect, it, vi } from 'vitest';
import { createApp, type IngestCallback } from './index.js';
import { createFakeStore, jsonOf } from './test-helpers/index.js';

const TOKEN = 'test-token-123';
const article = {
  id: 'new-1',
  title: 'A harbour reopens',
  text: 'The harbour reopened on Tuesday.',
  published: '2026-05-02',
  source: 'Test',
  url: 'https://news.example/new-1',
};

const ingestOk: IngestCallback = async (records) => ({
  results: records.map((r) => ({
    status: 'stored',
    articleId: r.id ?? 'derived',
    duplicateOf: null,
    trailEntries: 0,
  })),
  failures: [],
});

function post(
  body: unknown,
  headers: Record<string, string> = {},
  options: Parameters<typeof createApp>[0] = { store: createFakeStore(), ingest: ingestOk, token: TOKEN },
) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  return createApp(options).request('/api/articles', {
    method: 'POST',
    body: raw,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers },
  });
}

describe('POST /api/articles: access', () => {
  it.each([
    [
      'no token configured: read-only, 403 even with a header',
      { store: createFakeStore(), ingest: ingestOk },
      {},
      403,
      'E_FORBIDDEN',
    ],
    ['token but no ingest pipeline: 403', { store: createFakeStore(), token: TOKEN }, {}, 403, 'E_FORBIDDEN'],
    [
      'missing Authorization header: 401',
      { store: createFakeStore(), ingest: ingestOk, token: TOKEN },
      { authorization: '' },
      401,
      'E_UNAUTHORIZED',
    ],
    [
      'wrong token: 401',
      { store: createFakeStore(), ingest: ingestOk, token: TOKEN },
      { authorization: 'Bearer nope' },
      401,
      'E_UNAUTHORIZED',
    ],
    [
      'token of another scheme: 401',
      { store: createFakeStore(), ingest: ingestOk, token: TOKEN },
      { authorization: `Basic ${TOKEN}` },
      401,
      'E_UNAUTHORIZED',
    ],
  ])('%s', async (_name, options, headers, status, code) => {
    const res = await post(article, headers, options);
    expect(res.status).toBe(status);
    expect(await jsonOf(res)).toMatchObject({ status, code });
    if (status === 401) expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it.each([
    ['one article object', article, 1],
    ['an array of articles', [article, { ...article, id: 'new-2', text: undefined, html: '<p>Hi</p>' }], 2],
  ])('right token and %s: 201 with the ingest summary', async (_name, body, count) => {
    const ingest = vi.fn(ingestOk);
    const res = await post(body, {}, { store: createFakeStore(), ingest, token: TOKEN });
    expect(res.status).toBe(201);
    expect((await jsonOf(res)).results).toHaveLength(count);
    expect(ingest).toHaveBeenCalledWith(
      expect.arrayContaining([expect.objectContaining({ title: 'A harbour reopens' })]),
    );
  });

  it('a batch where every article failed answers 200 with the failures', async () => {
    const ingest: IngestCallback = async () => ({
      results: [],
      failures: [
        {
          origin: 'api',
          articleId: 'new-1',
          code: 'E_INPUT_EMPTY',
          message: 'empty',
          at: '2026-05-02T00:00:00Z',
        },
      ],
    });
    const res = await post(article, {}, { store: createFakeStore(), ingest, token: TOKEN });
    expect(res.status).toBe(200);
    expect((await jsonOf(res)).failures).toHaveLength(1);
  });
});

describe('POST /api/articles: validation', () => {
  it.each([
    ['neither text nor html', { id: 'x', title: 't' }, ['text']],
    ['an unknown field', { ...article, body: 'x' }, ['body']],
    [
      'a non-http url and a bad date',
      { ...article, url: 'javascript:alert(1)', published: 'May 2' },
      ['published', 'url'],
    ],
    ['a bad element of an array', [article, { ...article, text: '' }], ['1.text']],
    ['an empty array', [], ['(root)']],
    ['a JSON string instead of an object', '"just text"', ['(root)']],
  ])('rejects %s with 400 naming the fields', async (_name, body, fields) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const problem = await jsonOf(res);
    expect(problem.code).toBe('E_VALIDATION');
    expect(problem.errors.map((e: { field: string }) => e.field).sort()).toEqual(fields);
  });

  it('rejects a body that is not JSON', async () => {
    const res = await post('{"id": ');
    expect(res.status).toBe(400);
    expect(await jsonOf(res)).toMatchObject({ code: 'E_VALIDATION', errors: [{ field: '(body)' }] });
  });

  it('rejects a body that is not declared as JSON', async () => {
    const res = await post(article, { 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
    expect(await jsonOf(res)).toMatchObject({ code: 'E_INPUT_FORMAT' });
  });
});

describe('POST /api/articles: size limit', () => {
  const options = { store: createFakeStore(), ingest: vi.fn(ingestOk), token: TOKEN, maxBodyBytes: 100 };
  const big = { ...article, text: 'x'.repeat(200) };

  it('refuses a declared content-length over the limit before reading', async () => {
    const res = await post(big, { 'content-length': '5000' }, options);
    expect(res.status).toBe(413);
    expect(await jsonOf(res)).toMatchObject({ code: 'E_BODY_TOO_LARGE', status: 413 });
  });

  it('counts streamed bytes when no length is declared', async () => {
    const chunks = [JSON.stringify(big).slice(0, 80), JSON.stringify(big).slice(80)];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    });
    const res = await createApp(options).request('/api/articles', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(options.ingest).not.toHaveBeenCalled();
  });

  it('accepts a body under the limit', async () => {
    const res = await post({ text: 'short' }, {}, options);
    expect(res.status).toBe(201);
  });
});
