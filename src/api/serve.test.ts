import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, serve, type RunningServer } from './index.js';
import { createFakeStore } from './test-helpers/index.js';

let server: RunningServer;

beforeAll(async () => {
  server = await serve({
    app: createApp({
      store: createFakeStore(),
      maxBodyBytes: 50,
      token: 't',
      ingest: async () => ({ results: [], failures: [] }),
    }),
    port: 0,
  });
});
afterAll(() => server.close());

describe('serve over real HTTP', () => {
  it('binds 127.0.0.1 by default on the port the OS gave', () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it.each([
    ['the API', '/api/propositions?status=contested', 200, /^application\/json/],
    ['the UI', '/', 200, /^text\/html/],
    ['a missing dossier', '/api/propositions/42', 404, /^application\/problem\+json/],
  ])('answers %s', async (_name, path, status, type) => {
    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(type);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('refuses an oversized body with 413', async () => {
    const res = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body: JSON.stringify({ text: 'y'.repeat(500) }),
    });
    expect(res.status).toBe(413);
  });
});
