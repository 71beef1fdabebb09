#!/usr/bin/env node
// The ledger on the development story: ingest shared/eval/dev-story through the CLI into a fresh
// database, print the ledger as eval-ledger, and score it with score.mjs --story.
// Usage: npm run bench:ledger [-- --verbose]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const shared = resolve(process.env.CLAIMTRAIL_SHARED ?? '../shared');
const storyDir = join(shared, 'eval', 'dev-story');
if (!existsSync(storyDir)) {
  console.log(`bench:ledger: ${storyDir} not found; nothing to measure.`);
  process.exit(0);
}
const cli = resolve('dist/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'claimtrail-ledger-'));
const db = join(work, 'story.db');
const articles = readdirSync(storyDir)
  .filter((f) => /^dsa-\d+\.json$/.test(f))
  .sort()
  .map((f) => join(storyDir, f));

const ingest = spawnSync('node', [cli, 'ingest', '--db', db, '--quiet', ...articles], { encoding: 'utf8' });
process.stderr.write(ingest.stderr);
if (ingest.status !== 0) process.exit(ingest.status ?? 3);
const ledger = spawnSync('node', [cli, 'ledger', '--db', db, '--format', 'eval-ledger'], {
  encoding: 'utf8',
  maxBuffer: 1 << 28,
});
if (ledger.status !== 0) {
  process.stderr.write(ledger.stderr);
  process.exit(ledger.status ?? 3);
}
const pred = join(work, 'ledger.json');
writeFileSync(pred, ledger.stdout);
console.log(`ledger: ${JSON.parse(ledger.stdout).propositions.length} propositions (${pred})`);
const extra = process.argv.includes('--verbose') ? ['--verbose'] : [];
console.log(
  execFileSync(
    'node',
    [
      join(shared, 'eval', 'score.mjs'),
      '--story',
      join(storyDir, 'story.json'),
      '--pred-ledger',
      pred,
      ...extra,
    ],
    {
      encoding: 'utf8',
    },
  ),
);
