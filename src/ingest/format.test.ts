import { describe, expect, it } from 'vitest';
import { formatOfPath, sniffFormat, stemOf } from './format.js';

describe('formatOfPath', () => {
  it.each([
    ['a/b.txt', 'text'],
    ['a/B.HTML', 'html'],
    ['a/b.htm', 'html'],
    ['a/b.json', 'json'],
    ['a/b.jsonl', 'jsonl'],
    ['a/b.jsonl.gz', 'jsonl.gz'],
    ['a/b.rss', 'feed'],
    ['a/b.atom', 'feed'],
    ['a/b.xml', 'feed'],
    ['a/b.md', null],
    ['a/b.gz', null],
  ])('%s -> %s', (path, expected) => {
    expect(formatOfPath(path)).toBe(expected);
  });
});

describe('stemOf', () => {
  it.each([
    ['/in/story-7.html', 'story-7'],
    ['x/day.jsonl.gz', 'day'],
    ['x/notes.v2', 'notes.v2'],
  ])('%s -> %s', (path, expected) => {
    expect(stemOf(path)).toBe(expected);
  });
});

describe('sniffFormat', () => {
  it.each([
    ['JSON Lines', '{"text":"a"}\n{"text":"b"}\n', 'jsonl'],
    ['one JSON object over several lines', '{\n  "text": "a"\n}', 'json'],
    ['one JSON object on one line', '{"text":"a"}\n', 'json'],
    ['a JSON array', '[{"text":"a"}]', 'json'],
    ['an RSS feed', '<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', 'feed'],
    ['an Atom feed after a comment', '<!-- c --><feed xmlns="http://www.w3.org/2005/Atom"/>', 'feed'],
    ['an HTML page', '<!doctype html><html><body><p>x</p></body></html>', 'html'],
    ['XHTML with an XML declaration', '<?xml version="1.0"?><html><body/></html>', 'html'],
    ['plain text', 'Title: x\n\nBody', 'text'],
  ])('%s', (_name, content, expected) => {
    expect(sniffFormat(content)).toBe(expected);
  });
});
