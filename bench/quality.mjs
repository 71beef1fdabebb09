#!/usr/bin/env node
// Extraction quality through the built CLI, as a user would run it, scored by shared/eval/score.mjs.
// Usage: npm run bench:quality [-- --set dev|plover|polnear|story|samples ...] [-- --verbose]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    set: { type: 'string', multiple: true },
    verbose: { type: 'boolean' },
    shared: { type: 'string' },
  },
});
const shared = resolve(values.shared ?? process.env.CLAIMTRAIL_SHARED ?? '../shared');
const evalDir = join(shared, 'eval');
const cli = resolve('dist/cli/main.js');
const work = resolve('.bench');
mkdirSync(work, { recursive: true });

function extract(inputs, pred) {
  const r = spawnSync('node', [cli, 'extract', '--format', 'eval', '--quiet', ...inputs], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`extract failed (${r.status}): ${r.stderr}`);
  writeFileSync(pred, r.stdout);
}

function score(title, args) {
  console.log(`\n## ${title}\n`);
  console.log(
    execFileSync('node', [join(evalDir, 'score.mjs'), ...args, ...(values.verbose ? ['--verbose'] : [])], {
      encoding: 'utf8',
    }),
  );
}

const goldFiles = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'story.json')
    .sort()
    .map((f) => join(dir, f));

const sets = {
  dev: () => {
    const dir = join(evalDir, 'dev');
    extract(goldFiles(dir), join(work, 'dev.jsonl'));
    score('dev (12 articles): removed, entities, quotes, events', [
      '--gold',
      dir,
      '--pred',
      join(work, 'dev.jsonl'),
    ]);
  },
  plover: () => {
    const file = join(evalDir, 'plover-gsr', 'sentences.jsonl');
    extract([file], join(work, 'plover.jsonl'));
    score('PLOVER gold sentences', ['--sentences', file, '--pred', join(work, 'plover.jsonl')]);
  },
  polnear: () => {
    const dir = join(evalDir, 'polnear-dev');
    extract(goldFiles(dir), join(work, 'polnear.jsonl'));
    score('PolNeAR dev: direct quotes and speakers', [
      '--only',
      'quotes',
      '--gold',
      dir,
      '--pred',
      join(work, 'polnear.jsonl'),
    ]);
  },
  story: () => {
    const dir = join(evalDir, 'dev-story');
    extract(goldFiles(dir), join(work, 'story-articles.jsonl'));
    score('dev-story articles (per article)', ['--gold', dir, '--pred', join(work, 'story-articles.jsonl')]);
  },
  samples: () => {
    const dir = resolve('test/fixtures/samples-expected');
    if (!existsSync(dir)) return;
    // The project's own samples with its own expectations: the gold files hold no text, so
    // extract the samples folder and score against the expectations.
    extract([resolve('samples')], join(work, 'samples.jsonl'));
    score('shipped samples against test/fixtures/samples-expected', [
      '--gold',
      dir,
      '--pred',
      join(work, 'samples.jsonl'),
    ]);
  },
};

if (!existsSync(evalDir)) {
  console.log(`bench:quality: ${evalDir} not found; nothing to measure (set CLAIMTRAIL_SHARED or --shared).`);
  process.exit(0);
}
if (!existsSync(cli)) {
  console.error('bench:quality: dist/cli/main.js missing; run `npm run build` first');
  process.exit(2);
}
for (const name of values.set ?? ['dev', 'plover', 'polnear']) {
  if (!sets[name]) {
    console.error(`bench:quality: unknown set "${name}" (one of ${Object.keys(sets).join(', ')})`);
    process.exit(2);
  }
  sets[name]();
}
