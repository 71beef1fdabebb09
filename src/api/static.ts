import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Handler } from 'hono';
import { ClaimtrailError } from '../errors.js';

/** The shipped `web/` folder; the same relative path works from `src/api/` and `dist/api/`. */
export const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the UI's static files from `root`; `/` is `index.html`. Only files with a known type
 * inside `root` are served, so a crafted path cannot reach anything else on disk.
 *
 * @example
 * app.get('*', staticFiles(WEB_DIR));
 */
export function staticFiles(root: string): Handler {
  const base = resolve(root);
  return async (c) => {
    const relative = c.req.path === '/' ? 'index.html' : c.req.path.slice(1);
    const file = resolve(join(base, relative));
    const type = CONTENT_TYPES[extname(file)];
    const inside = file.startsWith(base + sep);
    if (!inside || !type || !(await isFile(file))) {
      throw new ClaimtrailError('E_NOT_FOUND', `No such page: ${c.req.path}`, { path: c.req.path });
    }
    const body = await readFile(file);
    // `no-cache` still lets the browser revalidate, and edits to web/ show up at once.
    return c.body(body, 200, { 'content-type': type, 'cache-control': 'no-cache' });
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
