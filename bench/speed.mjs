#!/usr/bin/env node
// End-to-end extraction speed on one core, against wink-nlp's bare tokenise+POS pass over the
// same text in the same run. Usage: npm run bench:speed [-- CORPUS.jsonl.gz] [-- --limit N]
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const { values, positionals } = parseArgs({ options: { limit: { type: 'string' } }, allowPositionals: true });
const corpus = resolve(positionals[0] ?? '../shared/corpus/news-22k.jsonl.gz');
const limit = values.limit ? Number(values.limit) : Infinity;
if (!existsSync(corpus)) {
  console.log(`bench:speed: ${corpus} not found; pass a JSONL(.gz) corpus path.`);
  process.exit(0);
}

const { readInputs } = await import('../dist/ingest/index.js');
const { createDefaultPipeline } = await import('../dist/pipeline/default.js');

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const countWords = (t) => (t.match(/\S+/g) ?? []).length;

async function* corpusTexts() {
  const input = createReadStream(corpus);
  const lines = createInterface({
    input: corpus.endsWith('.gz') ? input.pipe(createGunzip()) : input,
    crlfDelay: Infinity,
  });
  let n = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    if (n++ >= limit) break;
    const o = JSON.parse(line);
    if (typeof o.text === 'string') yield o.text;
  }
}

// 1. Full pipeline, reading the corpus through the same streaming reader the CLI uses.
const pipeline = createDefaultPipeline();
let words = 0;
let articles = 0;
let failed = 0;
let events = 0;
let quotes = 0;
const t0 = performance.now();
for await (const r of readInputs([corpus], {})) {
  if (articles + failed >= limit) break;
  if (!r.ok) {
    failed++;
    continue;
  }
  try {
    const rec = pipeline.analyse(r.article);
    events += rec.events.length;
    quotes += rec.quotes.length;
    articles++;
    words += countWords(r.article.text);
  } catch {
    failed++;
  }
}
const fullSecs = (performance.now() - t0) / 1000;
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const fullPeak = peakRss;

// 2. wink-nlp's bare tokenise + POS pass over the same texts.
const nlp = winkNLP(model);
let bareWords = 0;
const t1 = performance.now();
for await (const text of corpusTexts()) {
  nlp.readDoc(text).tokens().out(nlp.its.pos);
  bareWords += countWords(text);
}
const bareSecs = (performance.now() - t1) / 1000;
clearInterval(sampler);

const fullRate = words / fullSecs;
const bareRate = bareWords / bareSecs;
const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;
console.log(`corpus            ${corpus}`);
console.log(`articles          ${articles} analysed, ${failed} failed; ${events} events, ${quotes} quotes`);
console.log(
  `full pipeline     ${words} words in ${fullSecs.toFixed(1)} s = ${Math.round(fullRate)} words/s (one core)`,
);
console.log(
  `wink bare pass    ${bareWords} words in ${bareSecs.toFixed(1)} s = ${Math.round(bareRate)} words/s`,
);
console.log(
  `ratio             ${(fullRate / bareRate).toFixed(3)} of the bare wink pass (target >= 0.15; >= 50,000 words/s)`,
);
console.log(`peak RSS          ${mb(fullPeak)} during the full pipeline`);
