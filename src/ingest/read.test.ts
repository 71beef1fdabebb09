import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../core/types.js';
import { readInputs, type ReadInputsOptions, type ReadResult } from './index.js';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const fixture = (name: string) => join(FIXTURES, name);
let tmp = '';
const temp = (name: string) => join(tmp, name);

async function collect(inputs: string[], opts: ReadInputsOptions = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(inputs, opts)) out.push(r);
  return out;
}

async function articles(inputs: string[], opts: ReadInputsOptions = {}): Promise<Article[]> {
  return (await collect(inputs, opts)).filter((r) => r.ok).map((r) => (r as { article: Article }).article);
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'claimtrail-ingest-'));
  const story = 'Ferry fares rise by “ten per cent” — officials said.\n\nThe change starts in May.';
  writeFileSync(
    temp('utf16le.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, 'utf16le')]),
  );
  writeFileSync(
    temp('utf16be.txt'),
    Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(story, 'utf16le').swap16()]),
  );
  // “Caf\xe9” — with Windows-1252 curly quotes (0x93/0x94) and an en dash (0x96).
  writeFileSync(
    temp('cp1252.txt'),
    Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x6f, 0x6b]),
  );
  writeFileSync(
    temp('binary.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00]),
  );
  writeFileSync(temp('undecodable.txt'), Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28, 0x42]));
  writeFileSync(temp('empty.txt'), '');
  writeFileSync(temp('blank.txt'), ' \n\t\n  ');
  writeFileSync(temp('large.txt'), 'word '.repeat(400));
  writeFileSync(
    temp('no-ext'),
    '<rss><channel><title>S</title><item><title>T</title><description>Sniffed feed.</description></item></channel></rss>',
  );
  const lines = ['{"id":"g1","text":"Zipped one."}', 'not json at all', '{"id":"g3","text":"Zipped three."}'];
  writeFileSync(temp('day.jsonl.gz'), gzipSync(lines.join('\n') + '\n'));
  const whole = gzipSync('{"id":"c1","text":"Cut short."}\n'.repeat(50));
  writeFileSync(temp('truncated.jsonl.gz'), whole.subarray(0, whole.length - 12));
  writeFileSync(
    temp('crlf.jsonl'),
    '{"id":"w1","text":"Windows line one."}\r\n{"id":"w2","text":"Windows line two."}\r\n',
  );
  writeFileSync(temp('empty-array.json'), '[]');
  writeFileSync(temp('lines-saved-as.json'), '{"id":"j1","text":"One."}\n{"id":"j2","text":"Two."}\n');
  writeFileSync(temp('broken.json'), '{"id": "x", "text": ');
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readInputs: readers', () => {
  it.each([
    [
      'a text file with a header',
      'story-header.txt',
      {
        id: 'story-header',
        title: 'Harbour council approves new ferry route',
        published: '2024-04-12',
        source: 'Lakeside Ledger',
        url: 'https://lakeside.example/ferry-route',
      },
    ],
    [
      'an HTML page (meta tags win over JSON-LD)',
      'page.html',
      {
        id: 'page',
        title: 'Ferry strike ends after two weeks',
        published: '2024-05-03T09:30:00+02:00',
        source: 'Lakeside Ledger',
        url: 'https://lakeside.example/ferry-strike',
        meta: { byline: 'Ines Farrow', lang: 'en' },
      },
    ],
    [
      'an HTML page with JSON-LD only',
      'page-jsonld-only.htm',
      {
        title: 'Orchard harvest doubles',
        published: '2023-10-01T06:00:00Z',
        source: 'Valley Courier',
        url: 'https://valley.example/orchard',
      },
    ],
    [
      'a gold-style JSON file (extra fields ignored)',
      'gold-style.json',
      {
        id: 'eval-07',
        title: 'Bridge closes for repairs',
        published: '2022-02-01',
        source: 'Hill Times',
        url: null,
      },
    ],
  ])('reads %s', async (_name, file, expected) => {
    const [a] = await articles([fixture(file)]);
    expect(a).toMatchObject({ ...expected, origin: fixture(file) });
  });

  it.each([
    [
      'text header is not part of the text',
      'story-header.txt',
      'The harbour council voted on Thursday to approve a ferry route between the two islands.\n\nCouncillor Mara Quint said the service "should start by the autumn", though funding is not settled.',
    ],
    [
      'minified HTML paragraphs become lines, navigation and footer are dropped',
      'page.html',
      'Ferry crews returned to work on Friday after the operator agreed to a new rota, the union said.\nThe two-week strike had left island residents relying on a single water taxi.\n“We are glad the boats are running again,” said a shop owner on the quay.',
    ],
    [
      'line breaks from HTML source formatting are not boundaries',
      'page-jsonld-only.htm',
      "Apple growers in the valley reported a harvest twice the size of last year's.\nWarm weather in spring was the main reason, the growers' association said.",
    ],
  ])('%s', async (_name, file, text) => {
    const [a] = await articles([fixture(file)]);
    expect(a?.text).toBe(text);
  });

  it.each([
    [
      'a JSON array: ids from records, else file#n; a record without text fails',
      'records.json',
      ['rec-1', 'records#2', 'E_INPUT_RECORD'],
    ],
    [
      'JSONL: a bad line and a record without text fail, the rest go on',
      'lines.jsonl',
      ['l1', 'E_INPUT_RECORD', 'l4', 'E_INPUT_RECORD'],
    ],
    [
      'RSS: guid or file#n ids; an item without content fails',
      'feed.rss',
      ['ledger-budget-2024', 'feed#2', 'E_INPUT_RECORD'],
    ],
    ['Atom: entry ids', 'feed.atom', ['tag:valley.example,2024:1', 'tag:valley.example,2024:2']],
    [
      'a directory: sorted, recursive, hidden files and unknown endings skipped',
      'corpus',
      ['a-first', 'b-second', 'sub-1'],
    ],
  ])('%s', async (_name, file, outcomes) => {
    const results = await collect([fixture(file)]);
    expect(results.map((r) => (r.ok ? r.article.id : r.error.code))).toEqual(outcomes);
  });

  it.each([
    ['JSONL bad line names file:line', 'lines.jsonl', 1, /lines\.jsonl:3: invalid JSON line/],
    [
      'JSON record without text names the record',
      'records.json',
      2,
      /records\.json#3: record has neither a "text" nor an "html" field/,
    ],
  ])('%s', async (_name, file, index, message) => {
    const r = (await collect([fixture(file)]))[index];
    expect(r?.ok).toBe(false);
    expect(r && !r.ok && r.error.message).toMatch(message);
  });

  it.each([
    [
      'RSS content:encoded wins over description; titles are entity-decoded',
      'feed.rss',
      0,
      {
        title: 'Mayor’s budget passes',
        text: 'The budget passed by six votes to three.\nOpponents said it “cuts too deep”.',
        published: '2024-03-19T10:15:00Z',
        source: 'Lakeside Ledger & Friends',
        url: 'https://lakeside.example/budget',
        meta: { byline: 'Tomas Reyes' },
      },
    ],
    [
      'RSS escaped HTML description becomes paragraphs',
      'feed.rss',
      1,
      {
        text: 'Escaped HTML in the description.\nAnother paragraph.',
        published: '2024-03-20T08:00:00+01:00',
      },
    ],
    [
      'Atom: published beats updated, alternate link beats self',
      'feed.atom',
      0,
      {
        title: 'Rail & bus plan',
        published: '2024-06-01T08:00:00Z',
        url: 'https://valley.example/rail-bus',
        source: 'Valley Courier',
        meta: { byline: 'Ada Lind' },
      },
    ],
    [
      'Atom: updated only when nothing else; summary stands in for content',
      'feed.atom',
      1,
      { published: '2024-06-02T11:30:00Z', text: 'A summary stands in for content.' },
    ],
    [
      'a JSONL html record is read as paragraphs',
      'lines.jsonl',
      2,
      { text: 'Para one.\nPara two.', origin: fixture('lines.jsonl') + ':4' },
    ],
  ])('%s', async (_name, file, index, expected) => {
    const r = (await collect([fixture(file)]))[index];
    expect(r?.ok && r.article).toMatchObject(expected);
  });

  it.each([
    [
      'UTF-16LE with BOM',
      'utf16le.txt',
      'Ferry fares rise by “ten per cent” — officials said.\n\nThe change starts in May.',
    ],
    [
      'UTF-16BE with BOM',
      'utf16be.txt',
      'Ferry fares rise by “ten per cent” — officials said.\n\nThe change starts in May.',
    ],
    ['Windows-1252', 'cp1252.txt', '“Café” – ok'],
  ])('decodes a %s file', async (_name, file, text) => {
    const [a] = await articles([temp(file)]);
    expect(a?.text).toBe(text);
  });

  it.each([
    ['gzip JSONL, streamed, a bad line in the middle', 'day.jsonl.gz', ['g1', 'E_INPUT_RECORD', 'g3']],
    ['JSONL with CRLF line ends', 'crlf.jsonl', ['w1', 'w2']],
    ['a file with an unknown ending is sniffed', 'no-ext', ['no-ext#1']],
    ['JSON Lines saved as .json', 'lines-saved-as.json', ['j1', 'j2']],
  ])('reads %s', async (_name, file, outcomes) => {
    const results = await collect([temp(file)]);
    expect(results.map((r) => (r.ok ? r.article.id : r.error.code))).toEqual(outcomes);
  });
});

describe('readInputs: stdin', () => {
  it.each([
    ['JSON Lines', '{"id":"s1","text":"One."}\n{"id":"s2","text":"Two."}\n', ['s1', 's2']],
    ['a JSON object', '{\n "id": "s3",\n "text": "Three."\n}', ['s3']],
    [
      'an HTML page',
      '<html><head><title>Piped</title></head><body><p>Piped page.</p></body></html>',
      ['stdin'],
    ],
    [
      'an Atom feed',
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e1</id><content>Fed.</content></entry></feed>',
      ['e1'],
    ],
    ['plain text', 'Just a line of text.', ['stdin']],
    ['nothing', '', ['E_INPUT_EMPTY']],
  ])('sniffs %s', async (_name, content, outcomes) => {
    const results = await collect(['-'], {
      stdin: [Buffer.from(content)] as unknown as AsyncIterable<Uint8Array>,
    });
    expect(results.map((r) => (r.ok ? r.article.id : r.error.code))).toEqual(outcomes);
  });
});

describe('readInputs: failures', () => {
  it.each([
    ['a missing file', () => temp('missing.txt'), {}, 'E_INPUT_NOT_FOUND', /missing\.txt: no such file/],
    ['an empty file', () => temp('empty.txt'), {}, 'E_INPUT_EMPTY', /empty\.txt: input is empty/],
    ['a whitespace-only file', () => temp('blank.txt'), {}, 'E_INPUT_EMPTY', /blank\.txt: input is empty/],
    ['a binary file', () => temp('binary.txt'), {}, 'E_INPUT_BINARY', /binary\.txt: binary data/],
    [
      'an undecodable file',
      () => temp('undecodable.txt'),
      {},
      'E_INPUT_UNDECODABLE',
      /undecodable\.txt: cannot decode/,
    ],
    [
      'text over maxBytes',
      () => temp('large.txt'),
      { maxBytes: 1000 },
      'E_INPUT_TOO_LARGE',
      /large\.txt: article text is 1999 bytes, over the limit of 1000/,
    ],
    [
      'a file over maxFileBytes',
      () => temp('large.txt'),
      { maxFileBytes: 100 },
      'E_INPUT_TOO_LARGE',
      /large\.txt: file is 2000 bytes/,
    ],
    [
      'an empty JSON array',
      () => temp('empty-array.json'),
      {},
      'E_INPUT_EMPTY',
      /empty-array\.json: JSON array holds no records/,
    ],
    ['broken JSON', () => temp('broken.json'), {}, 'E_INPUT_FORMAT', /broken\.json: invalid JSON/],
  ])('%s is one failure naming the file', async (_name, path, opts, code, message) => {
    const results = await collect([path()], opts);
    expect(results).toHaveLength(1);
    const [r] = results;
    expect(r?.ok).toBe(false);
    expect(r && !r.ok && [r.error.code, r.error.message]).toEqual([code, expect.stringMatching(message)]);
  });

  it('a truncated gzip file gives its good lines, then one failure', async () => {
    const results = await collect([temp('truncated.jsonl.gz')]);
    const last = results.at(-1);
    expect(results.slice(0, -1).every((r) => r.ok)).toBe(true);
    expect(last && !last.ok && [last.error.code, last.error.message]).toEqual([
      'E_INPUT_FORMAT',
      expect.stringMatching(/truncated\.jsonl\.gz: read failed after line \d+: unexpected end of file/),
    ]);
  });

  it('keeps input order and goes on after failures', async () => {
    const results = await collect([
      temp('missing.txt'),
      fixture('corpus/a-first.txt'),
      temp('binary.txt'),
      temp('cp1252.txt'),
    ]);
    expect(results.map((r) => (r.ok ? r.article.id : r.error.code))).toEqual([
      'E_INPUT_NOT_FOUND',
      'a-first',
      'E_INPUT_BINARY',
      'cp1252',
    ]);
  });
});
