import { describe, expect, it } from 'vitest';
import { createApp } from './index.js';
import { createFakeStore, jsonOf } from './test-helpers/index.js';

const app = createApp({ store: createFakeStore() });

interface Doc {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      { responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> }
    >
  >;
  components: { schemas: Record<string, { required?: string[] }> };
}

const doc = (await jsonOf(app.request('/api/openapi.json'))) as Doc;

/** The app's own routes, `:id` written `{id}`; middleware and the UI's catch-all are not endpoints. */
const appRoutes = [
  ...new Set(
    app.routes
      .filter((r) => r.path.startsWith('/api/') && !r.path.includes('*') && r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
  ),
].map((route) => route.split(' ') as [string, string]);

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1', () => {
    expect(doc.openapi).toBe('3.1.0');
  });

  it.each(appRoutes)('describes %s %s', (method, path) => {
    expect(doc.paths[path]?.[method]).toBeDefined();
  });

  it('describes nothing the app does not serve', () => {
    const described = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m} ${path}`),
    );
    expect(described.sort()).toEqual(appRoutes.map((route) => route.join(' ')).sort());
  });

  it.each([
    ['/api/health', '/api/health'],
    ['/api/propositions', '/api/propositions'],
    ['/api/propositions/{id}', '/api/propositions/1'],
    ['/api/actors/{code}', '/api/actors/OST'],
    ['/api/articles', '/api/articles'],
    ['/api/articles/{id}', '/api/articles/harbour-post-1'],
    ['/api/quotes', '/api/quotes'],
    ['/api/search', '/api/search?q=drones'],
  ])('the 200 schema of %s lists fields the response has', async (path, url) => {
    const ref = doc.paths[path]!['get']!.responses['200']!.content!['application/json']!.schema!.$ref!;
    const schema = doc.components.schemas[ref.split('/').pop()!]!;
    const body = await jsonOf(app.request(url));
    for (const field of schema.required ?? []) expect(body).toHaveProperty(field);
  });
});
