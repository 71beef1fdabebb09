/**
 * The error catalogue: every error claimtrail raises has a code from here, a message that
 * names the input and the reason, and the details needed to act on it. The HTTP API maps
 * codes to statuses in one table (`httpStatusOf`).
 */
export const ERROR_CODES = {
  E_INPUT_NOT_FOUND: { status: 404, title: 'Input not found' },
  E_INPUT_EMPTY: { status: 422, title: 'Input is empty' },
  E_INPUT_BINARY: { status: 415, title: 'Input is binary, not text' },
  E_INPUT_UNDECODABLE: { status: 415, title: 'Input cannot be decoded as text' },
  E_INPUT_TOO_LARGE: { status: 413, title: 'Input is over the size limit' },
  E_INPUT_FORMAT: { status: 400, title: 'Input is not in a supported format' },
  E_INPUT_RECORD: { status: 400, title: 'Input record is invalid' },
  E_LEXICON: { status: 500, title: 'Lexicon file is invalid' },
  E_PIPELINE: { status: 500, title: 'Pipeline is misconfigured' },
  E_COMPONENT: { status: 500, title: 'A pipeline stage failed on an article' },
  E_STORE: { status: 500, title: 'Storage failed' },
  E_MIGRATION: { status: 500, title: 'Database migration failed' },
  E_NOT_FOUND: { status: 404, title: 'Not found' },
  E_VALIDATION: { status: 400, title: 'Request is invalid' },
  E_UNAUTHORIZED: { status: 401, title: 'Authentication required' },
  E_FORBIDDEN: { status: 403, title: 'Writes are disabled' },
  E_BODY_TOO_LARGE: { status: 413, title: 'Request body is too large' },
  E_USAGE: { status: 400, title: 'Wrong usage' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The one error type of claimtrail. `details` carries file, line, article id, SQL... */
export class ClaimtrailError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ClaimtrailError';
    this.code = code;
    this.details = details;
  }
}

/** HTTP status for an error: catalogue errors by code, anything else 500. */
export function httpStatusOf(error: unknown): number {
  return error instanceof ClaimtrailError ? ERROR_CODES[error.code].status : 500;
}

/** Short title for an error code, for problem+json responses. */
export function titleOf(error: unknown): string {
  return error instanceof ClaimtrailError ? ERROR_CODES[error.code].title : 'Internal error';
}

/**
 * Any thrown value as a catalogue error; a foreign error becomes E_COMPONENT naming `origin`.
 *
 * @example
 * asClaimtrailError(new Error('boom'), 'a.txt').message; // 'a.txt: boom'
 */
export function asClaimtrailError(error: unknown, origin: string): ClaimtrailError {
  if (error instanceof ClaimtrailError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ClaimtrailError('E_COMPONENT', `${origin}: ${reason}`, { origin }, { cause: error });
}
