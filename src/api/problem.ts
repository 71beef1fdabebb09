import { ClaimtrailError, httpStatusOf, titleOf } from '../errors.js';

/** One failing input field of a request, as listed in a validation problem. */
export interface FieldError {
  field: string;
  message: string;
}

/** An RFC 9457 problem document. `code` and `errors` are claimtrail's extension members. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  errors?: FieldError[];
}

/**
 * The one place that turns any thrown value into an `application/problem+json` response.
 * Catalogue errors keep their message; anything else (and every 5xx) is reported without
 * internals, because messages of storage errors can carry SQL and file paths.
 *
 * @example
 * problemResponse(new ClaimtrailError('E_NOT_FOUND', 'No proposition 7'), '/api/propositions/7');
 * // -> 404, {"type":"urn:claimtrail:problem:E_NOT_FOUND","title":"Not found",...}
 */
export function problemResponse(error: unknown, instance: string): Response {
  const problem = problemOf(error, instance);
  const headers = new Headers({ 'content-type': 'application/problem+json; charset=utf-8' });
  if (problem.status === 401) headers.set('www-authenticate', 'Bearer realm="claimtrail"');
  return new Response(JSON.stringify(problem), { status: problem.status, headers });
}

/** The problem document for an error, without the response around it. */
export function problemOf(error: unknown, instance: string): Problem {
  const status = httpStatusOf(error);
  const code = error instanceof ClaimtrailError ? error.code : 'E_INTERNAL';
  const exposed = error instanceof ClaimtrailError && status < 500;
  const problem: Problem = {
    type: `urn:claimtrail:problem:${code}`,
    title: titleOf(error),
    status,
    detail: exposed ? error.message : 'The server failed to answer this request; the error is in its log.',
    instance,
    code,
  };
  const fieldErrors = exposed ? error.details['errors'] : undefined;
  if (Array.isArray(fieldErrors)) problem.errors = fieldErrors as FieldError[];
  return problem;
}
