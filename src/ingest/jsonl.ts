import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { ClaimtrailError } from '../errors.js';
import { assertNotBinary } from './decode.js';
import { maxBytesOf, type IngestOptions } from './options.js';
import { articleFromRecord } from './record.js';
import { failure, settle, type ReadResult } from './result.js';

/**
 * Read JSON Lines from a byte stream (a file, a gunzip stream, stdin), one line at a time so
 * memory stays flat however big the input. Each line is one record; a bad line is one
 * failure naming `origin:line` and the rest go on. Blank lines are skipped. A record without
 * an id gets `stem#line`.
 *
 * @example
 * for await (const r of readJsonl(createReadStream('a.jsonl'), 'a.jsonl', 'a', {})) console.log(r.ok);
 */
export async function* readJsonl(
  bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  origin: string,
  stem: string,
  opts: IngestOptions,
): AsyncGenerator<ReadResult> {
  // JSON escapes make a line longer than the text it carries; allow for that.
  const maxLineChars = 2 * maxBytesOf(opts) + 65536;
  const lines = createInterface({ input: Readable.from(checkedBytes(bytes, origin)), crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = (lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
      if (line === '') continue;
      const where = `${origin}:${lineNo}`;
      if (line.length > maxLineChars) {
        yield failure(
          new ClaimtrailError(
            'E_INPUT_TOO_LARGE',
            `${where}: line is ${line.length} characters, over the limit`,
            { origin, line: lineNo },
          ),
          where,
        );
        continue;
      }
      yield settle(where, () =>
        articleFromRecord(parseLine(line, where, origin, lineNo), where, {
          ...opts,
          defaultId: `${stem}#${lineNo}`,
        }),
      );
    }
  } catch (error) {
    // A stream error (unreadable file, corrupt gzip) ends the input: one failure, not a crash.
    if (error instanceof ClaimtrailError) yield failure(error, origin);
    else
      yield failure(
        new ClaimtrailError(
          'E_INPUT_FORMAT',
          `${origin}: read failed after line ${lineNo}: ${(error as Error).message}`,
          { origin, line: lineNo },
          { cause: error },
        ),
        origin,
      );
  } finally {
    lines.close();
  }
}

function parseLine(line: string, where: string, origin: string, lineNo: number): unknown {
  try {
    return JSON.parse(line);
  } catch (cause) {
    throw new ClaimtrailError(
      'E_INPUT_RECORD',
      `${where}: invalid JSON line: ${(cause as Error).message}`,
      { origin, line: lineNo },
      { cause },
    );
  }
}

/** Pass bytes through, refusing binary input by its first chunk rather than line by line. */
async function* checkedBytes(
  bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  origin: string,
): AsyncGenerator<Uint8Array> {
  let first = true;
  for await (const chunk of bytes) {
    if (first) assertNotBinary(chunk, origin);
    first = false;
    yield chunk;
  }
}
