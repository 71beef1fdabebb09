import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { ClaimtrailError } from '../errors.js';
import { decodeBytes } from './decode.js';
import { readFeed } from './feed.js';
import { listInputFiles, readWholeFile, statInput } from './files.js';
import { formatOfPath, sniffFormat, stemOf, type InputFormat } from './format.js';
import { readHtml } from './html.js';
import { finishArticle } from './article.js';
import { readJsonDocument } from './json.js';
import { readJsonl } from './jsonl.js';
import { maxFileBytesOf, type IngestOptions } from './options.js';
import type { ReadProgress } from './progress.js';
import { failure, settle, type ReadResult } from './result.js';
import { readTextArticle } from './text.js';

export interface ReadInputsOptions extends IngestOptions {
  /** Bytes read for the input `-` (default `process.stdin`); tests pass their own. */
  stdin?: AsyncIterable<Uint8Array>;
  /** Kept up to date with how much of the input is read, for a progress display. */
  progress?: ReadProgress;
}

/** One input resolved before reading: its files, or why it has none. */
type PlannedInput =
  | { kind: 'stdin' }
  | { kind: 'files'; input: string; files: string[] }
  | { kind: 'unreadable'; input: string; error: unknown };

/**
 * Read articles from files, directories (recursive, sorted) and `-` (stdin), in input order.
 * One result per article or per failure: a missing file, a bad line or an empty article is
 * recorded and the batch goes on.
 *
 * @example
 * for await (const r of readInputs(['in/', 'feed.xml', '-'], {})) {
 *   if (r.ok) store(r.article); else report(r.error);
 * }
 */
export async function* readInputs(
  inputs: string[],
  opts: ReadInputsOptions = {},
): AsyncGenerator<ReadResult> {
  // Every input is listed first, so a progress display knows the total before the first article.
  const plan = await planInputs(inputs);
  const progress = opts.progress;
  if (progress) {
    progress.files = plan.reduce((n, p) => n + (p.kind === 'files' ? p.files.length : 0), 0);
    progress.stdin = plan.some((p) => p.kind === 'stdin');
  }
  for (const p of plan) {
    if (p.kind === 'unreadable') {
      yield failure(p.error, p.input);
      continue;
    }
    if (p.kind === 'stdin') {
      yield* guarded('stdin', () => readStdin(opts));
      continue;
    }
    if (p.files.length === 0) {
      const reason = `${p.input}: directory holds no readable input files`;
      yield failure(new ClaimtrailError('E_INPUT_EMPTY', reason, { origin: p.input }), p.input);
    }
    for (const file of p.files) {
      yield* guarded(file, () => readInputFile(file, opts, progress));
      progress?.fileRead();
    }
  }
}

async function planInputs(inputs: string[]): Promise<PlannedInput[]> {
  const plan: PlannedInput[] = [];
  for (const input of inputs) {
    if (input === '-') {
      plan.push({ kind: 'stdin' });
      continue;
    }
    try {
      const files = (await statInput(input)).isDirectory() ? await listInputFiles(input) : [input];
      plan.push({ kind: 'files', input, files });
    } catch (error) {
      plan.push({ kind: 'unreadable', input, error });
    }
  }
  return plan;
}

/**
 * Read one file by its ending (sniffing the content when the ending is unknown).
 *
 * @example
 * for await (const r of readInputFile('story.html', {})) console.log(r.ok && r.article.title);
 */
export async function* readInputFile(
  file: string,
  opts: IngestOptions = {},
  progress?: ReadProgress,
): AsyncGenerator<ReadResult> {
  const format = formatOfPath(file);
  const stem = stemOf(file);
  if (format === 'jsonl' || format === 'jsonl.gz') {
    const { size } = await statInput(file);
    const raw = createReadStream(file);
    // The stream counts its bytes anyway (compressed ones for .gz): reading the count costs nothing.
    progress?.streaming(Number(size), () => raw.bytesRead);
    const bytes = format === 'jsonl' ? raw : raw.pipe(createGunzip());
    // pipe() does not forward errors; a read error must still end the gunzip stream.
    if (bytes !== raw) raw.on('error', (e) => bytes.destroy(e));
    yield* readJsonl(bytes, file, stem, opts);
    return;
  }
  const content = decodeWhole(await readWholeFile(file, maxFileBytesOf(opts)), file);
  yield* readContent(content, format ?? sniffFormat(content), file, stem, opts);
}

async function* readStdin(opts: ReadInputsOptions): AsyncGenerator<ReadResult> {
  const limit = maxFileBytesOf(opts);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of opts.stdin ?? process.stdin) {
    size += chunk.length;
    if (size > limit)
      throw new ClaimtrailError('E_INPUT_TOO_LARGE', `stdin: over the limit of ${limit} bytes`, {
        origin: 'stdin',
        limit,
      });
    chunks.push(Buffer.from(chunk));
  }
  const content = decodeWhole(Buffer.concat(chunks), 'stdin');
  yield* readContent(content, sniffFormat(content), 'stdin', 'stdin', opts);
}

function decodeWhole(bytes: Buffer, origin: string): string {
  const content = decodeBytes(bytes, origin);
  if (content.trim() === '')
    throw new ClaimtrailError('E_INPUT_EMPTY', `${origin}: input is empty`, { origin });
  return content;
}

async function* readContent(
  content: string,
  format: InputFormat,
  origin: string,
  stem: string,
  opts: IngestOptions,
): AsyncGenerator<ReadResult> {
  switch (format) {
    case 'text':
      yield settle(origin, () => readTextArticle(content, origin, stem, opts));
      return;
    case 'html':
      yield settle(origin, () => {
        const page = readHtml(content);
        const { text, byline, lang, extraction, ...fields } = page;
        return finishArticle({ ...fields, id: stem, text, meta: { byline, lang, extraction } }, origin, opts);
      });
      return;
    case 'json':
      // JSON Lines saved as .json is a common slip; read it as what it is.
      if (sniffFormat(content) === 'jsonl')
        yield* readJsonl([Buffer.from(content, 'utf8')], origin, stem, opts);
      else yield* readJsonDocument(content, origin, stem, opts);
      return;
    case 'jsonl':
    case 'jsonl.gz':
      yield* readJsonl([Buffer.from(content, 'utf8')], origin, stem, opts);
      return;
    case 'feed':
      yield* readFeed(content, origin, stem, opts);
      return;
  }
}

/** Run one input's reader; an error it throws becomes that input's one failure. */
async function* guarded(origin: string, read: () => AsyncGenerator<ReadResult>): AsyncGenerator<ReadResult> {
  try {
    yield* read();
  } catch (error) {
    yield failure(error, origin);
  }
}
