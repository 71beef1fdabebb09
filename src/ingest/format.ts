import { basename } from 'node:path';

export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'jsonl.gz' | 'feed';

/** File name endings the readers know, longest first so `.jsonl.gz` wins over `.gz`. */
const EXTENSIONS: [string, InputFormat][] = [
  ['.jsonl.gz', 'jsonl.gz'],
  ['.ndjson.gz', 'jsonl.gz'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.json', 'json'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.txt', 'text'],
  ['.rss', 'feed'],
  ['.atom', 'feed'],
  ['.xml', 'feed'],
];

/**
 * The format a file name announces, or null for an unknown ending.
 *
 * @example
 * formatOfPath('news/2024.jsonl.gz'); // 'jsonl.gz'
 */
export function formatOfPath(path: string): InputFormat | null {
  const name = path.toLowerCase();
  return EXTENSIONS.find(([ext]) => name.endsWith(ext))?.[1] ?? null;
}

/**
 * File name without directory and known extension: the id of a single-article file.
 *
 * @example
 * stemOf('/in/story-7.html'); // 'story-7'
 */
export function stemOf(path: string): string {
  const name = basename(path);
  const ext = EXTENSIONS.find(([e]) => name.toLowerCase().endsWith(e))?.[0];
  return ext ? name.slice(0, -ext.length) : name;
}

/**
 * Guess the format of decoded content (stdin, unknown endings): XML feeds by their root
 * element, other markup as HTML, JSON Lines when the first line is a whole JSON value and
 * more lines follow, JSON when it starts with `{` or `[`, else plain text.
 *
 * @example
 * sniffFormat('{"text":"a"}\n{"text":"b"}'); // 'jsonl'
 */
export function sniffFormat(content: string): Exclude<InputFormat, 'jsonl.gz'> {
  const s = content.replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('<')) {
    const root = /^(?:<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<![^>]*>\s*)*<([A-Za-z][\w:.-]*)/
      .exec(s)?.[1]
      ?.toLowerCase();
    return root === 'rss' || root === 'feed' || root === 'rdf:rdf' ? 'feed' : 'html';
  }
  if (s.startsWith('{')) {
    const firstLine = s.split('\n', 1)[0]!.trim();
    if (firstLine.length < s.trimEnd().length && isJson(firstLine)) return 'jsonl';
    return 'json';
  }
  if (s.startsWith('[')) return 'json';
  return 'text';
}

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
