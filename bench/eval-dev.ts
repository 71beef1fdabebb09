/**
 * Developer loop for extraction quality, no build needed:
 *   node --import tsx bench/eval-dev.ts [dev|polnear|plover|samples] [extra score.mjs flags]
 * Reads the gold files directly, runs the default pipeline, writes .bench/<set>.pred.jsonl and
 * prints the scorer's tables. `npm run bench:quality` is the user-facing version through the CLI.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createDefaultPipeline } from '../src/pipeline/default.js';
import { toEvalShape } from '../src/output/eval.js';
import type { Article } from '../src/core/types.js';

const EVAL = '../shared/eval';
const [set = 'dev', ...flags] = process.argv.slice(2);
const pipeline = createDefaultPipeline();
mkdirSync('.bench', { recursive: true });
const pred = `.bench/${set}.pred.jsonl`;

function article(o: Record<string, unknown>, origin: string): Article {
  return {
    id: String(o.id),
    title: (o.title as string) ?? null,
    text: String(o.text).normalize('NFC'),
    published: (o.published as string) ?? null,
    source: (o.source as string) ?? null,
    url: (o.url as string) ?? null,
    origin,
    meta: {},
  };
}

function goldDir(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'story.json')
    .sort()
    .map((f) => article(JSON.parse(readFileSync(join(dir, f), 'utf8')), join(dir, f)));
}

let args: string[];
let articles: Article[];
if (set === 'plover') {
  const file = `${EVAL}/plover-gsr/sentences.jsonl`;
  articles = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => article(JSON.parse(l), file));
  args = ['--sentences', file, '--pred', pred];
} else {
  const dir =
    set === 'polnear'
      ? `${EVAL}/polnear-dev`
      : set === 'samples'
        ? 'test/fixtures/samples-expected'
        : set === 'story'
          ? `${EVAL}/dev-story`
          : `${EVAL}/dev`;
  if (!existsSync(dir)) throw new Error(`${dir} not found`);
  articles = set === 'samples' ? [] : goldDir(dir);
  args = ['--gold', dir, '--pred', pred, ...(set === 'polnear' ? ['--only', 'quotes'] : [])];
}
const t0 = performance.now();
const lines = articles.map((a) => JSON.stringify(toEvalShape(pipeline.analyse(a))));
const ms = performance.now() - t0;
writeFileSync(pred, lines.join('\n') + '\n');
console.log(`${articles.length} articles in ${ms.toFixed(0)} ms -> ${pred}`);
console.log(execFileSync('node', [`${EVAL}/score.mjs`, ...args, ...flags], { encoding: 'utf8' }));
