#!/usr/bin/env node
// Ingest throughput into SQLite (one core, full pipeline) against bare extraction in the same run,
// then query latency (p50/p95) of the overview, filters, a dossier, the actor page and search at that size.
// Usage: npm run bench:ingest [-- CORPUS.jsonl.gz] [-- --limit N] [-- --keep FILE] [-- --db FILE] [-- --repeat N]
//   --keep FILE  ingest into FILE (must not exist) and keep it, for later --db runs
//   --db FILE    skip extraction and ingest; measure the queries on an already-ingested FILE
//   --repeat N   run each query N times (default 200)
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: {
    limit: { type: 'string' },
    db: { type: 'string' },
    keep: { type: 'string' },
    repeat: { type: 'string' },
  },
  allowPositionals: true,
});
const corpus = resolve(positionals[0] ?? '../shared/corpus/news-22k.jsonl.gz');
const limit = values.limit ? Number(values.limit) : Infinity;
const repeat = values.repeat ? Number(values.repeat) : 200;
const { openSqliteStore } = await import('../dist/store/index.js');
const rate = (n, s) => (n / s).toFixed(1);

async function ingest() {
  if (!existsSync(corpus)) {
    console.log(`bench:ingest: ${corpus} not found; pass a JSONL(.gz) corpus path.`);
    process.exit(0);
  }
  const { readInputs } = await import('../dist/ingest/index.js');
  const { createDefaultPipeline } = await import('../dist/pipeline/default.js');
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
  // CPU time too: on a shared machine the wall-clock ratio moves with other people's load.
  const cpu = (from) => {
    const u = process.cpuUsage(from);
    return (u.user + u.system) / 1e6;
  };
  let c = process.cpuUsage();
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
  const extractCpu = cpu(c);

  // 2. Ingest into a fresh SQLite database.
  const file = values.keep
    ? resolve(values.keep)
    : join(mkdtempSync(join(tmpdir(), 'claimtrail-ingest-')), 'bench.db');
  if (existsSync(file)) throw new Error(`--keep ${file}: file exists`);
  const store = openSqliteStore(file);
  c = process.cpuUsage();
  t = performance.now();
  const summary = await ingestArticles(limited(readInputs([corpus], {})), { store, pipeline });
  const ingestSecs = (performance.now() - t) / 1000;
  const ingestCpu = cpu(c);
  t = performance.now();
  store.close(); // runs PRAGMA optimize
  const closeSecs = (performance.now() - t) / 1000;
  console.log(`corpus             ${corpus}`);
  console.log(
    `bare extraction    ${extracted} articles in ${extractSecs.toFixed(1)} s = ${rate(extracted, extractSecs)} articles/s (CPU ${extractCpu.toFixed(1)} s)`,
  );
  console.log(
    `ingest to SQLite   ${summary.stored + summary.nearDuplicates + summary.newVersions} stored, ${summary.duplicates} duplicates, ` +
      `${summary.failed.length} failed in ${ingestSecs.toFixed(1)} s = ${rate(summary.read, ingestSecs)} articles/s (CPU ${ingestCpu.toFixed(1)} s, close ${closeSecs.toFixed(1)} s)`,
  );
  console.log(
    `ratio              ingest speed is ${(extractSecs / ingestSecs).toFixed(3)} of bare extraction (target >= 0.80); by CPU time ${(extractCpu / ingestCpu).toFixed(3)}`,
  );
  return file;
}

const file = values.db ? resolve(values.db) : await ingest();
if (!existsSync(file)) throw new Error(`--db ${file}: no such file`);
console.log(`database           ${file} (${(statSync(file).size / 2 ** 20).toFixed(1)} MiB)`);

// 3. Query latency at this size.
const store = openSqliteStore(file);
function time(fn, n = repeat) {
  const ms = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    fn(i);
    ms.push(performance.now() - s);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(n * 0.5)], p95: ms[Math.floor(n * 0.95)], max: ms[n - 1] };
}
// The biggest actor, holder and actor+recipient pair make the slowest filters; read them from the file itself.
const pluck = (sql) => store.db.prepare(sql).pluck().get();
const topActor = pluck(
  `SELECT code FROM proposition_parties WHERE role = 'actor' GROUP BY code ORDER BY COUNT(*) DESC LIMIT 1`,
);
const topHolder = pluck(
  `SELECT holder_country FROM proposition_tallies WHERE holder_country <> '' GROUP BY holder_country ORDER BY COUNT(*) DESC LIMIT 1`,
);
const topPair = store.db
  .prepare(
    `SELECT a.code AS actor, r.code AS recipient FROM proposition_parties a JOIN proposition_parties r
       ON r.proposition_id = a.proposition_id AND r.role = 'recipient' AND r.code <> a.code
     WHERE a.role = 'actor' GROUP BY a.code, r.code ORDER BY COUNT(*) DESC LIMIT 1`,
  )
  .get();
// Common words: everyday news words that match most articles; rare words: a handful of articles each.
store.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, articles_fts, row)`);
const articlesTotal = pluck('SELECT COUNT(*) FROM articles');
const commonWords = ['said', 'government', 'people', 'minister said', 'president', 'year'];
const rareWords = store.db
  .prepare(
    `SELECT term FROM temp.bench_vocab WHERE doc BETWEEN 3 AND 10 AND term GLOB '[a-z][a-z][a-z][a-z]*' ORDER BY term LIMIT 6 OFFSET 500`,
  )
  .pluck()
  .all();
const mixedWords = ['sanctions', 'oil prices', 'minister said', 'drone', 'trade deficit', 'bank'];
const overview = store.listPropositions({ sort: 'contested-first', limit: 50 });
const ids = overview.items.map((p) => p.id);
const dossier = (i) => {
  const id = ids[i % Math.max(1, ids.length)];
  if (id !== undefined) {
    store.getProposition(id);
    store.getTrail(id);
  }
};
const matches = (q) => store.listPropositions({ ...q, limit: 1 }).total;
const q = {
  overview: time(() => store.listPropositions({ sort: 'contested-first', limit: 50 })),
  'overview filtered': time(() => store.listPropositions({ status: 'contested', sort: 'newest', limit: 50 })),
  [`holder ${topHolder} (${matches({ holder: topHolder })})`]: time(() =>
    store.listPropositions({ holder: topHolder, limit: 50 }),
  ),
  [`actor ${topActor} (${matches({ actor: topActor })})`]: time(() =>
    store.listPropositions({ actor: topActor, limit: 50 }),
  ),
  [`actor+recipient ${topPair?.actor}>${topPair?.recipient} (${matches({ actor: topPair?.actor, recipient: topPair?.recipient })})`]:
    time(() => store.listPropositions({ actor: topPair?.actor, recipient: topPair?.recipient, limit: 50 })),
  dossier: time(dossier),
  [`actor page ${topActor}`]: time(() => store.actor(topActor)),
  'search mixed': time((i) => store.search(mixedWords[i % mixedWords.length], { limit: 20 })),
  'search common': time((i) => store.search(commonWords[i % commonWords.length], { limit: 20 })),
  'search rare': time((i) => store.search(rareWords[i % rareWords.length], { limit: 20 })),
};
store.close();

console.log(`ledger size        ${articlesTotal} articles, ${overview.total} propositions`);
console.log(`common words       ${commonWords.join(', ')}`);
console.log(`rare words         ${rareWords.join(', ')}`);
let over = 0;
for (const [name, v] of Object.entries(q)) {
  if (v.p95 >= 50) over++;
  console.log(
    `${name.padEnd(34)} p50 ${v.p50.toFixed(2).padStart(7)} ms, p95 ${v.p95.toFixed(2).padStart(7)} ms, max ${v.max.toFixed(1).padStart(6)} ms${v.p95 >= 50 ? '  OVER' : ''}`,
  );
}
console.log(`queries over p95 50 ms: ${over} of ${Object.keys(q).length}`);
