import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ClaimtrailError } from '../errors.js';
import { formatOfPath } from './format.js';

/**
 * Stat an input path, turning a missing or unreadable path into E_INPUT_NOT_FOUND.
 *
 * @example
 * await statInput('in/'); // Stats (isDirectory() true)
 */
export async function statInput(path: string): Promise<Awaited<ReturnType<typeof stat>>> {
  try {
    return await stat(path);
  } catch (cause) {
    const reason =
      (cause as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no such file or directory'
        : (cause as Error).message;
    throw new ClaimtrailError('E_INPUT_NOT_FOUND', `${path}: ${reason}`, { origin: path }, { cause });
  }
}

/**
 * Read a whole file, refusing files over `maxFileBytes` before reading them.
 *
 * @example
 * await readWholeFile('a.txt', 64 * 1024 * 1024); // Buffer
 */
export async function readWholeFile(path: string, maxFileBytes: number): Promise<Buffer> {
  const info = await statInput(path);
  if (info.size > maxFileBytes) {
    throw new ClaimtrailError(
      'E_INPUT_TOO_LARGE',
      `${path}: file is ${info.size} bytes, over the limit of ${maxFileBytes}`,
      { origin: path, bytes: info.size, limit: maxFileBytes },
    );
  }
  return readFile(path);
}

/**
 * Files under a directory that a reader knows, recursively, in sorted path order. Hidden
 * files and folders are skipped (editor and VCS litter); symbolic links to folders are not
 * followed, which rules out cycles.
 *
 * @example
 * await listInputFiles('corpus'); // ['corpus/a.txt', 'corpus/b/c.jsonl']
 */
export async function listInputFiles(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await listInputFiles(path)));
    else if ((e.isFile() || e.isSymbolicLink()) && formatOfPath(e.name) !== null) files.push(path);
  }
  return files;
}
