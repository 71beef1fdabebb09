import { createHash } from 'node:crypto';

/**
 * Exact-duplicate key of a text: hex sha256 of its NFC form with runs of white space folded,
 * so re-reading the same story with other line breaks hashes the same.
 *
 * @example
 * textHash('A  b\n'); // same as textHash('A b')
 */
export function textHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\s+/g, ' ').trim(), 'utf8').digest('hex');
}
