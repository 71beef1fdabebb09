import { describe, expect, it } from 'vitest';
import { createApp } from './index.js';
import { createFakeStore } from './test-helpers/index.js';

const app = createApp({ store: createFakeStore() });

describe('security headers', () => {
  it.each([
    ['the UI page', '/'],
    ['a UI script', '/js/main.js'],
    ['a JSON response', '/api/health'],
    ['a problem response', '/api/propositions/99'],
  ])('%s carries a strict CSP and the other headers', async (_name, path) => {
    const res = await app.request(path);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('static UI files', () => {
  it.each([
    ['index page', '/', 200, /^text\/html/],
    ['stylesheet', '/app.css', 200, /^text\/css/],
    ['module script', '/js/main.js', 200, /^text\/javascript/],
    ['missing file', '/nope.html', 404, /^application\/problem\+json/],
    ['path escaping the folder', '/../package.json', 404, /^application\/problem\+json/],
    ['encoded path escaping the folder', '/%2e%2e/package.json', 404, /^application\/problem\+json/],
    ['file of an unserved type', '/../src/api/app.ts', 404, /^application\/problem\+json/],
  ])('%s', async (_name, path, status, type) => {
    const res = await app.request(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(type);
  });

  it('the page loads no inline script and no external origin', async () => {
    const html = await (await app.request('/')).text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/\sstyle=|\son\w+=/);
  });

  it('webDir false serves the API only', async () => {
    const apiOnly = createApp({ store: createFakeStore(), webDir: false });
    expect((await apiOnly.request('/')).status).toBe(404);
    expect((await apiOnly.request('/api/health')).status).toBe(200);
  });
});
