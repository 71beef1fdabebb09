#!/usr/bin/env node
// Ingest throughput into SQLite (one core, full pipeline) against bare extraction in the same run,
// then query latency (p50/p95) of the overview, filters, a dossier, the actor page, quotes by speaker and search at that size.
// Usage: npm run bench:ingest [-- CORPUS.jsonl.gz] [-- --limit N] [-- --keep FILE] [-- --db FILE] [-- --repeat N]
//   --chunk N    alternate bare extraction and ingest every N articles (default 500), so both see the same load
//   --sequential bare extraction over the whole corpus first, then ingest (both read the corpus)
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
    chunk: { type: 'string' },
    sequential: { type: 'boolean' },
  },
  allowPositionals: true,
});
const corpus = resolve(positionals[0] ?? '../shared/corpus/news-22k.jsonl.gz');
const limit = values.limit ? Number(values.limit) : Infinity;
const repeat = values.repeat ? Number(values.repeat) : 200;
const chunkSize = values.chunk ? Number(values.chunk) : 500;
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

  const pipeline = createDefaultPipeline();
  // CPU time too: on a shared machine the wall-clock ratio moves with other people's load.
  const cpu = (from) => {
    const u = process.cpuUsage(from);
    return (u.user + u.system) / 1e6;
  };
  const clock = () => ({ c: process.cpuUsage(), t: performance.now() });
  const since = (from) => ({ wall: (performance.now() - from.t) / 1000, cpu: cpu(from.c) });
  const add = (a, b) => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu });
  const file = values.keep
    ? resolve(values.keep)
    : join(mkdtempSync(join(tmpdir(), 'claimtrail-ingest-')), 'bench.db');
  if (existsSync(file)) throw new Error(`--keep ${file}: file exists`);
  const store = openSqliteStore(file);
  const totals = { read: 0, stored: 0, duplicates: 0, failed: 0 };
  const count = (summary) => {
    totals.read += summary.read;
    totals.stored += summary.stored + summary.nearDuplicates + summary.newVersions;
    totals.duplicates += summary.duplicates;
    totals.failed += summary.failed.length;
  };
  const bare = (outcomes) => {
    let n = 0;
    for (const r of outcomes) {
      if (!r.ok) continue;
      try {
        pipeline.analyse(r.article);
        n++;
      } catch {
        /* counted as failures by ingest */
      }
    }
    return n;
  };
  // Warm up the pipeline (JIT, lazily built lexicon structures) so that neither side pays for it.
  let warm = 0;
  for await (const r of readInputs([corpus], {})) {
    bare([r]);
    if (++warm >= Math.min(chunkSize, limit)) break;
  }
  let extracted = 0;
  let extract = { wall: 0, cpu: 0 };
  let stored = { wall: 0, cpu: 0 };
  if (values.sequential) {
    // 1. Bare extraction over the whole corpus (read + analyse, nothing stored), then 2. ingest.
    let from = clock();
    for await (const r of limited(readInputs([corpus], {}))) extracted += bare([r]);
    extract = since(from);
    from = clock();
    count(await ingestArticles(limited(readInputs([corpus], {})), { store, pipeline }));
    store.close(); // indexes the search backlog, runs PRAGMA optimize
    stored = since(from);
  } else {
    // The same two passes, alternating every `chunkSize` articles, each over its own reader of the
    // corpus (so each side reads as it goes, as in the sequential run): both sides run under the
    // same load from other people's jobs, which moved the sequential ratio by up to a third
    // between runs.
    const bareInput = limited(readInputs([corpus], {}))[Symbol.asyncIterator]();
    const ingestInput = limited(readInputs([corpus], {}))[Symbol.asyncIterator]();
    async function* take(iterator, n) {
      for (let i = 0; i < n; i++) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    }
    for (;;) {
      let from = clock();
      let seen = 0;
      for await (const r of take(bareInput, chunkSize)) {
        seen++;
        extracted += bare([r]);
      }
      extract = add(extract, since(from));
      if (seen === 0) break;
      from = clock();
      count(await ingestArticles(take(ingestInput, chunkSize), { store, pipeline }));
      stored = add(stored, since(from));
    }
    const from = clock();
    store.close(); // indexes the search backlog, runs PRAGMA optimize
    stored = add(stored, since(from));
  }
  const n = totals.read;
  console.log(`corpus             ${corpus}`);
  console.log(
    `method             ${values.sequential ? 'sequential' : `interleaved in chunks of ${chunkSize}`}`,
  );
  console.log(
    `bare extraction    ${extracted} articles in ${extract.wall.toFixed(1)} s = ${rate(extracted, extract.wall)} articles/s (CPU ${extract.cpu.toFixed(1)} s)`,
  );
  console.log(
    `ingest to SQLite   ${totals.stored} stored, ${totals.duplicates} duplicates, ${totals.failed} failed in ${stored.wall.toFixed(1)} s = ` +
      `${rate(n, stored.wall)} articles/s (CPU ${stored.cpu.toFixed(1)} s, closing included)`,
  );
  console.log(
    `storing            ${((1000 * (stored.wall - extract.wall)) / n).toFixed(2)} ms/article wall, ${((1000 * (stored.cpu - extract.cpu)) / n).toFixed(2)} ms CPU (ingest minus bare extraction)`,
  );
  console.log(
    `ratio              ingest speed is ${(extract.wall / stored.wall).toFixed(3)} of bare extraction (target >= 0.80); by CPU time ${(extract.cpu / stored.cpu).toFixed(3)}`,
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
// The speakers quoted most, by name and by the country they speak for: the biggest speaker filters.
const topSpeaker = pluck(
  `SELECT speaker_name FROM quotes WHERE speaker_name IS NOT NULL GROUP BY speaker_name_lc ORDER BY COUNT(*) DESC LIMIT 1`,
);
const topSpeakerCountry = pluck(
  `SELECT speaker_country FROM quotes WHERE speaker_country IS NOT NULL GROUP BY speaker_country ORDER BY COUNT(*) DESC LIMIT 1`,
);
const quotesBy = (speaker) => store.listQuotes({ speaker, limit: 1 }).total;
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
  [`quotes by ${topSpeaker} (${quotesBy(topSpeaker)})`]: time(() =>
    store.listQuotes({ speaker: topSpeaker, limit: 20 }),
  ),
  [`quotes by ${topSpeakerCountry} (${quotesBy(topSpeakerCountry)})`]: time(() =>
    store.listQuotes({ speaker: topSpeakerCountry, limit: 20 }),
  ),
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
