import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import type { DomElement } from './dom.js';
import { readHtmlMetadata, type HtmlMetadata } from './html-metadata.js';

export type { DomElement } from './dom.js';

/** Marks a `<br>` while whitespace inside a paragraph is collapsed. */
const BREAK = '\uE000';

/** Main text and metadata of an HTML page. */
export interface HtmlArticle extends HtmlMetadata {
  /** Paragraphs joined by `\n` (not yet normalised). */
  text: string;
  /** `readability` when the main content was found, `body` when the whole body was read. */
  extraction: 'readability' | 'body';
}

/**
 * Parse HTML into a document whose elements follow `DomElement`.
 *
 * @example
 * parseHtml('<p>Hi</p>').querySelector('p')?.textContent; // 'Hi'
 */
export function parseHtml(html: string): DomElement & { documentElement: DomElement } {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as DomElement & {
    documentElement: DomElement;
  };
}

/**
 * Read a full HTML page: metadata from meta tags and JSON-LD, main text through Readability,
 * one line per `<p>` of the main content (a `<br>` inside a paragraph is a line break too).
 *
 * @example
 * readHtml('<html><head><meta property="og:title" content="T"></head><body><p>A.</p><p>B.</p></body></html>').text;
 * // 'A.\nB.'
 */
export function readHtml(html: string): HtmlArticle {
  const doc = parseHtml(html);
  // Metadata first: Readability rewrites the document it reads.
  const metadata = readHtmlMetadata(doc);
  const result = mainContent(doc);
  const content = result?.content ?? doc.querySelector('body') ?? doc.documentElement;
  return {
    ...metadata,
    title: metadata.title ?? clean(result?.title),
    source: metadata.source ?? clean(result?.siteName),
    byline: metadata.byline ?? clean(result?.byline),
    extraction: result?.content ? 'readability' : 'body',
    text: paragraphsOf(content).join('\n'),
  };
}

type ReadabilityResult = ReturnType<Readability<DomElement>['parse']>;

/**
 * Readability's reading of the page, or null when it finds no article or fails on markup
 * linkedom builds differently from a browser; the caller then reads the whole body and
 * says so in `extraction`.
 */
function mainContent(doc: DomElement): ReadabilityResult {
  try {
    return new Readability<DomElement>(doc as never, { serializer: (node) => node as never }).parse();
  } catch {
    return null;
  }
}

/**
 * Paragraphs of an HTML fragment (feed item content, a POSTed `html` field) without
 * Readability, which needs a whole page to score.
 *
 * @example
 * htmlFragmentToText('<p>One</p><p>Two<br>Three</p>'); // 'One\nTwo\nThree'
 */
export function htmlFragmentToText(html: string): string {
  const doc = parseHtml(`<!doctype html><html><body>${html}</body></html>`);
  return paragraphsOf(doc.querySelector('body') ?? doc.documentElement).join('\n');
}

/** Block elements that end a line when a fragment has no `<p>` elements. */
const BLOCKS = 'div,li,h1,h2,h3,h4,h5,h6,tr,blockquote,section,article,header,footer,dd,dt';

/** Text of the `<p>` elements (else of the whole element), one string per paragraph. */
function paragraphsOf(root: DomElement): string[] {
  for (const el of root.querySelectorAll('script,style,noscript,template')) el.remove();
  for (const br of root.querySelectorAll('br')) br.replaceWith(BREAK);
  const paragraphs = [...root.querySelectorAll('p')];
  if (paragraphs.length > 0) return paragraphs.map(textOf).filter((t) => t !== '');
  for (const block of root.querySelectorAll(BLOCKS)) block.append(BREAK);
  return textOf(root)
    .split('\n')
    .filter((t) => t !== '');
}

/** Source-formatting whitespace inside a block is not a boundary; a `<br>` is. */
function textOf(el: DomElement): string {
  return (el.textContent ?? '')
    .replace(/\s+/g, ' ')
    .split(BREAK)
    .map((s) => s.trim())
    .join('\n')
    .trim();
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}
