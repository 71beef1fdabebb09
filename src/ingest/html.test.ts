import { describe, expect, it } from 'vitest';
import { htmlFragmentToText, readHtml } from './html.js';

const page = (head: string, body = '<p>Body text of the page.</p>') =>
  `<!doctype html><html><head>${head}</head><body><article>${body}</article></body></html>`;

describe('readHtml metadata', () => {
  it.each([
    [
      'og:title over <title>',
      page('<title>Tab title</title><meta property="og:title" content="OG title">'),
      { title: 'OG title' },
    ],
    ['<title> when nothing else', page('<title>Tab  title</title>'), { title: 'Tab title' }],
    [
      'JSON-LD headline, date, publisher, url',
      page(
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD title","datePublished":"2024-02-01","publisher":{"name":"LD Pub"},"url":"https://ld.example/a"}</script>',
      ),
      { title: 'LD title', published: '2024-02-01', source: 'LD Pub', url: 'https://ld.example/a' },
    ],
    [
      'JSON-LD inside @graph with a type list',
      page(
        '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":["ReportageNewsArticle"],"headline":"Graph title"}]}</script>',
      ),
      { title: 'Graph title' },
    ],
    [
      'a broken JSON-LD block is skipped',
      page(
        '<script type="application/ld+json">{broken</script><meta property="og:site_name" content="Site">',
      ),
      { source: 'Site', title: null },
    ],
    [
      'canonical link for the url',
      page('<link rel="canonical" href="https://c.example/x">'),
      { url: 'https://c.example/x' },
    ],
    [
      'authors listed in JSON-LD',
      page(
        '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"Ana Ruiz"},{"name":"Tom Lee"}]}</script>',
      ),
      { byline: 'Ana Ruiz, Tom Lee' },
    ],
    [
      'article:published_time over JSON-LD',
      page(
        '<meta property="article:published_time" content="2024-03-01T10:00:00Z"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-01"}</script>',
      ),
      { published: '2024-03-01T10:00:00Z' },
    ],
  ])('%s', (_name, html, expected) => {
    expect(readHtml(html)).toMatchObject(expected);
  });
});

describe('readHtml text', () => {
  it.each([
    [
      'one line per paragraph, scripts dropped',
      page('', '<p>One.</p><script>var x = 1;</script><p>Two.</p>'),
      'One.\nTwo.',
    ],
    [
      'a <br> is a line break inside a paragraph',
      page('', '<p>Line one<br>line two</p>'),
      'Line one\nline two',
    ],
    [
      'entities are decoded, quotes kept',
      page('', '<p>&#8220;Yes,&#8221; she said &amp; left.</p>'),
      '“Yes,” she said & left.',
    ],
  ])('%s', (_name, html, text) => {
    expect(readHtml(html).text).toBe(text);
  });
});

describe('htmlFragmentToText', () => {
  it.each([
    ['paragraphs', '<p>One</p><p>Two</p>', 'One\nTwo'],
    ['blocks without paragraphs', '<div>One</div><div>Two<br/>Three</div>', 'One\nTwo\nThree'],
    ['list items', '<ul><li>First</li><li>Second</li></ul>', 'First\nSecond'],
    ['plain text with entities', 'Plain &amp; simple &#8217;', 'Plain & simple ’'],
  ])('%s', (_name, html, text) => {
    expect(htmlFragmentToText(html)).toBe(text);
  });
});
