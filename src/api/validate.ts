import type { z } from 'zod';
import { ClaimtrailError } from '../errors.js';
import type { FieldError } from './problem.js';

/**
 * Parses `value` with a zod schema or throws an `E_VALIDATION` error listing every failing
 * field, so the problem response tells the client all of its mistakes at once.
 *
 * @example
 * const { limit } = parseOrThrow(pageQuery, { limit: '20' }, 'query'); // limit === 20
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = result.error.issues.flatMap(fieldErrorsOf);
  const fields = [...new Set(errors.map((e) => e.field))].join(', ');
  throw new ClaimtrailError('E_VALIDATION', `Invalid ${where}: ${fields}`, { errors });
}

/** Paths read `0.text`; an unknown key is reported as its own field, not as its parent object. */
function fieldErrorsOf(issue: z.core.$ZodIssue): FieldError[] {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ field: [...path, key].join('.'), message: 'unknown field' }));
  }
  return [{ field: path.length > 0 ? path.join('.') : '(root)', message: issue.message }];
}
