import { z } from 'zod';
import { PLOVER_CATEGORIES } from '../core/types.js';

/**
 * Request schemas. They validate input and, through `z.toJSONSchema`, describe it in the
 * OpenAPI document, so the two cannot drift apart.
 */

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, {
    message: 'expected an ISO date (YYYY-MM-DD) or timestamp',
    abort: true,
  })
  .refine((value) => !Number.isNaN(Date.parse(value)), 'not a real date');

/** Query strings carry text, so numbers are coerced; bounds keep one request cheap. */
export const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const code = z.string().trim().min(1).max(64);

export const propositionQuery = pageQuery.extend({
  actor: code.optional(),
  recipient: code.optional(),
  holder: z.string().trim().min(1).max(200).optional(),
  category: z.enum(PLOVER_CATEGORIES).optional(),
  status: z.enum(['alleged', 'denied', 'contested', 'confirmed']).optional(),
  objectClass: z.string().trim().min(1).max(64).optional(),
  since: isoDate.optional(),
  until: isoDate.optional(),
  sort: z.enum(['contested-first', 'newest', 'oldest', 'most-statements']).default('contested-first'),
});

export const quoteQuery = pageQuery.extend({
  articleId: z.string().min(1).max(300).optional(),
  speaker: z.string().trim().min(1).max(200).optional(),
});

export const searchQuery = pageQuery.extend({
  q: z.string().trim().min(1, 'q must not be empty').max(300),
});

export const propositionIdParam = z.strictObject({ id: z.coerce.number().int().positive() });
export const articleIdParam = z.strictObject({ id: z.string().min(1).max(300) });
export const actorCodeParam = z.strictObject({ code });

const httpUrl = z.url({ protocol: /^https?$/ });

/** One submitted article: `text` or `html` (at least one), the rest optional. */
export const articleInput = z
  .strictObject({
    id: z.string().trim().min(1).max(300).optional(),
    title: z.string().max(1000).nullable().optional(),
    text: z.string().min(1).optional(),
    html: z.string().min(1).optional(),
    published: isoDate.nullable().optional(),
    source: z.string().max(300).nullable().optional(),
    url: httpUrl.nullable().optional(),
  })
  .refine((a) => a.text !== undefined || a.html !== undefined, {
    message: 'either text or html is required',
    path: ['text'],
  });

/** A batch of submitted articles. */
export const articleList = z.array(articleInput).min(1).max(1000);

/** The POST body: one article or a non-empty array of them. */
export const articleBody = z.union([articleInput, articleList]);

export type ArticleInput = z.infer<typeof articleInput>;
