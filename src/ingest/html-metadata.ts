import type { DomElement } from './dom.js';

/** Article metadata found in an HTML page's head. */
export interface HtmlMetadata {
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  byline: string | null;
  lang: string | null;
}

/** JSON-LD types that describe an article page. */
const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'BlogPosting',
  'WebPage',
]);

type JsonObject = Record<string, unknown>;

/**
 * Metadata from Open Graph / article meta tags, `<link rel=canonical>`, JSON-LD
 * (NewsArticle and kin, also inside `@graph`) and `<title>`. Meta tags win over JSON-LD.
 *
 * @example
 * readHtmlMetadata(parseHtml('<meta property="og:site_name" content="Daily">')).source; // 'Daily'
 */
export function readHtmlMetadata(doc: DomElement): HtmlMetadata {
  const ld = findJsonLdArticle(doc);
  const meta = (selector: string): string | null =>
    text(doc.querySelector(selector)?.getAttribute('content'));
  return {
    title:
      meta('meta[property="og:title"]') ??
      text(ld?.headline) ??
      text(doc.querySelector('title')?.textContent),
    published:
      meta('meta[property="article:published_time"]') ??
      text(ld?.datePublished) ??
      meta('meta[name="date"]') ??
      meta('meta[itemprop="datePublished"]') ??
      text(ld?.dateModified),
    source: meta('meta[property="og:site_name"]') ?? nameOf(ld?.publisher),
    url:
      meta('meta[property="og:url"]') ??
      text(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
      text(ld?.url),
    byline: meta('meta[name="author"]') ?? nameOf(ld?.author),
    lang: text(doc.querySelector('html')?.getAttribute('lang')),
  };
}

function findJsonLdArticle(doc: DomElement): JsonObject | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A broken JSON-LD block is common on real pages; meta tags still apply.
    }
    const found = flatten(data).find((node) => types(node).some((t) => ARTICLE_TYPES.has(t)));
    if (found) return found;
  }
  return null;
}

function flatten(data: unknown): JsonObject[] {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (data && typeof data === 'object') {
    const obj = data as JsonObject;
    return [obj, ...(Array.isArray(obj['@graph']) ? flatten(obj['@graph']) : [])];
  }
  return [];
}

function types(node: JsonObject): string[] {
  const t = node['@type'];
  return Array.isArray(t)
    ? t.filter((x): x is string => typeof x === 'string')
    : typeof t === 'string'
      ? [t]
      : [];
}

/** `publisher` / `author` may be a string, an object with `name`, or a list of either. */
function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return text((value as JsonObject).name);
  return text(value);
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.replace(/\s+/g, ' ').trim();
  return v === '' ? null : v;
}
