import { ClaimtrailError } from '../errors.js';
import type { IngestOptions } from './options.js';
import { articleFromRecord } from './record.js';
import { settle, type ReadResult } from './result.js';

/**
 * Read a JSON document holding one record or an array of records (an evaluation file with
 * extra fields such as `gold` reads the same). A record without an id gets `stem` (one
 * record) or `stem#n` (n counts from 1 in an array).
 *
 * @example
 * readJsonDocument('[{"text":"A."},{"text":"B."}]', 'x.json', 'x', {}).map((r) => r.ok && r.article.id);
 * // ['x#1', 'x#2']
 */
export function readJsonDocument(
  content: string,
  origin: string,
  stem: string,
  opts: IngestOptions,
): ReadResult[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (cause) {
    throw new ClaimtrailError(
      'E_INPUT_FORMAT',
      `${origin}: invalid JSON: ${(cause as Error).message}`,
      { origin },
      { cause },
    );
  }
  if (!Array.isArray(data))
    return [settle(origin, () => articleFromRecord(data, origin, { ...opts, defaultId: stem }))];
  if (data.length === 0)
    throw new ClaimtrailError('E_INPUT_EMPTY', `${origin}: JSON array holds no records`, { origin });
  return data.map((record, k) =>
    settle(`${origin}#${k + 1}`, () =>
      articleFromRecord(record, `${origin}#${k + 1}`, { ...opts, defaultId: `${stem}#${k + 1}` }),
    ),
  );
}
