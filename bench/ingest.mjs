#!/usr/bin/env node
// Ingest throughput into SQLite (one core, full pipeline) against bare extraction in the same run,
// then query latency (p50/p95) of the overview, a dossier and search at that size.
// Usage: npm run bench:ingest [-- CORPUS.jsonl.gz] [-- --limit N]
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ options: { limit: { type: 'string' } }, allowPositionals: true });
const corpus = resolve(positionals[0] ?? '../shared/corpus/news-22k.jsonl.gz');
const limit = values.limit ? Number(values.limit) : Infinity;
if (!existsSync(corpus)) {
  console.log(`bench:ingest: ${corpus} not found; pass a JSONL(.gz) corpus path.`);
  process.exit(0);
}
const { readInputs } = await import('../dist/ingest/index.js');
const { createDefaultPipeline } = await import('../dist/pipeline/default.js');
const { openSqliteStore } = await import('../dist/store/index.js');
const { ingestArticles } = await import('../dist/batch/index.js');

async function* limited(source) {
  let n = 0;
  for await (const r of source) {
    if (n++ >= limit) return;
    yield r;
  }
}

// 1. Bare extraction: read + analyse, nothing stored.
const pipeline = createDefaultPipeline();
let t = performance.now();
let extracted = 0;
for await (const r of limited(readInputs([corpus], {}))) {
  if (!r.ok) continue;
  try {
    pipeline.analyse(r.article);
    extracted++;
  } catch {
    /* counted below as failures by ingest */
  }
}
const extractSecs = (performance.now() - t) / 1000;

// 2. Ingest into a fresh SQLite database.
const db = join(mkdtempSync(join(tmpdir(), 'claimtrail-ingest-')), 'bench.db');
const store = openSqliteStore(db);
t = performance.now();
const summary = await ingestArticles(limited(readInputs([corpus], {})), { store, pipeline });
const ingestSecs = (performance.now() - t) / 1000;

// 3. Query latency at this size.
function time(fn, n = 200) {
  const ms = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    fn(i);
    ms.push(performance.now() - s);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(n * 0.5)], p95: ms[Math.floor(n * 0.95)] };
}
const overview = store.listPropositions({ sort: 'contested-first', limit: 50 });
const ids = overview.items.map((p) => p.id);
const words = ['sanctions', 'oil prices', 'minister said', 'drone', 'trade deficit', 'bank'];
const q = {
  overview: time(() => store.listPropositions({ sort: 'contested-first', limit: 50 })),
  'overview filtered': time(() => store.listPropositions({ status: 'contested', sort: 'newest', limit: 50 })),
  dossier: time((i) => {
    const id = ids[i % Math.max(1, ids.length)];
    if (id !== undefined) {
      store.getProposition(id);
      store.getTrail(id);
    }
  }),
  search: time((i) => store.search(words[i % words.length], { limit: 20 })),
};
store.close();

const rate = (n, s) => (n / s).toFixed(1);
console.log(`corpus             ${corpus}`);
console.log(`bare extraction    ${extracted} articles in ${extractSecs.toFixed(1)} s = ${rate(extracted, extractSecs)} articles/s`);
console.log(`ingest to SQLite   ${summary.stored + summary.nearDuplicates + summary.newVersions} stored, ${summary.duplicates} duplicates, ${summary.failed.length} failed in ${ingestSecs.toFixed(1)} s = ${rate(summary.read, ingestSecs)} articles/s`);
console.log(`ratio              ingest speed is ${(extractSecs / ingestSecs).toFixed(3)} of bare extraction (target >= 0.80)`);
console.log(`ledger size        ${overview.total} propositions`);
for (const [name, v] of Object.entries(q)) console.log(`${name.padEnd(18)} p50 ${v.p50.toFixed(2)} ms, p95 ${v.p95.toFixed(2)} ms (target p95 < 50 ms)`);
