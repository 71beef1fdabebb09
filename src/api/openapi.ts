import { z } from 'zod';
import { RESPONSE_SCHEMAS } from './openapi-components.js';
import { articleBody, pageQuery, propositionQuery, quoteQuery, searchQuery } from './schemas.js';

type JsonObject = Record<string, unknown>;

/** Query parameters straight from the zod schema that validates them. */
function queryParameters(schema: z.ZodObject, required: string[] = []): JsonObject[] {
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties: Record<string, JsonObject> };
  return Object.entries(json.properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    schema: property,
  }));
}

const pathParameter = (name: string, schema: JsonObject) => ({ name, in: 'path', required: true, schema });
const json = (schemaName: string) => ({
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName}` } } },
});
const ok = (description: string, schemaName: string) => ({ description, ...json(schemaName) });
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const readErrors = { '400': problem('Invalid query or path parameter; `errors` lists the fields.') };
const notFound = { '404': problem('Nothing with that id or code.') };

/**
 * The OpenAPI 3.1 document served at /api/openapi.json. Request parameters and bodies come
 * from the zod schemas that validate them; openapi.test.ts checks every app route is here.
 *
 * @example
 * app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
 */
export function openApiDocument(): JsonObject {
  return {
    openapi: '3.1.0',
    info: {
      title: 'claimtrail',
      version: '0.1.0',
      description: 'A ledger of who claims what in the news, who denies it, and how that changed over time.',
    },
    paths: {
      '/api/health': {
        get: {
          summary: 'Liveness and whether writes are enabled',
          responses: { '200': ok('Server is up', 'Health') },
        },
      },
      '/api/openapi.json': {
        get: {
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1 document', content: { 'application/json': {} } } },
        },
      },
      '/api/propositions': {
        get: {
          summary: 'List propositions with filters, sorting and paging, plus totals per status',
          parameters: queryParameters(propositionQuery),
          responses: { '200': ok('A page of propositions', 'PropositionPage'), ...readErrors },
        },
      },
      '/api/propositions/{id}': {
        get: {
          summary: 'One proposition with its trail of statements',
          parameters: [pathParameter('id', { type: 'integer', minimum: 1 })],
          responses: {
            '200': ok('The proposition and its trail', 'PropositionDossier'),
            ...readErrors,
            ...notFound,
          },
        },
      },
      '/api/actors/{code}': {
        get: {
          summary: 'What an actor asserts, denies and is accused of, with counts by month',
          parameters: [pathParameter('code', { type: 'string', minLength: 1, maxLength: 64 })],
          responses: { '200': ok('The actor summary', 'ActorSummary'), ...readErrors, ...notFound },
        },
      },
      '/api/articles': {
        get: {
          summary: 'List stored articles',
          parameters: queryParameters(pageQuery),
          responses: { '200': ok('A page of articles', 'ArticlePage'), ...readErrors },
        },
        post: {
          summary: 'Analyse and store one article or an array of articles',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: z.toJSONSchema(articleBody, { io: 'input' }) } },
          },
          responses: {
            '200': ok('Nothing was stored; `failures` says why', 'IngestSummary'),
            '201': ok('At least one article was stored', 'IngestSummary'),
            '400': problem('Body is not JSON or fails validation; `errors` lists the fields.'),
            '401': problem('Missing or wrong bearer token.'),
            '403': problem('The server is read-only (no token or no ingest pipeline configured).'),
            '413': problem('Body is over the size limit.'),
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'The full analysed article: clean text, removed debris, entities, quotes, events',
          parameters: [pathParameter('id', { type: 'string', minLength: 1, maxLength: 300 })],
          responses: { '200': ok('The article record', 'ArticleRecord'), ...readErrors, ...notFound },
        },
      },
      '/api/quotes': {
        get: {
          summary: 'List quotes, optionally of one article or speaker',
          parameters: queryParameters(quoteQuery),
          responses: { '200': ok('A page of quotes', 'QuotePage'), ...readErrors },
        },
      },
      '/api/search': {
        get: {
          summary: 'Full-text search across articles and quotes',
          parameters: queryParameters(searchQuery, ['q']),
          responses: { '200': ok('A page of hits', 'SearchPage'), ...readErrors },
        },
      },
    },
    components: {
      schemas: RESPONSE_SCHEMAS,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The CLAIMTRAIL_TOKEN of the server.' },
      },
    },
  };
}
