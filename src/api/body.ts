import { ClaimtrailError } from '../errors.js';

/** The default request body limit: 1 MB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads a JSON request body of at most `maxBytes`. A declared `content-length` over the limit
 * is refused before anything is read; bytes are also counted as they stream in, because
 * chunked bodies declare no length and a client may under-declare it.
 *
 * @example
 * const body = await readJsonBody(c.req.raw, 1024 * 1024);
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(contentType)) {
    throw new ClaimtrailError(
      'E_INPUT_FORMAT',
      `Expected a JSON body (content-type application/json), got "${contentType}"`,
    );
  }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const text = await readLimited(request, maxBytes);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ClaimtrailError('E_VALIDATION', `Body is not valid JSON: ${(error as Error).message}`, {
      errors: [{ field: '(body)', message: 'not valid JSON' }],
    });
  }
}

async function readLimited(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

function tooLarge(maxBytes: number): ClaimtrailError {
  return new ClaimtrailError('E_BODY_TOO_LARGE', `Request body is over the limit of ${maxBytes} bytes`, {
    maxBytes,
  });
}
