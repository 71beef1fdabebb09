import { XMLParser } from 'fast-xml-parser';
import { ClaimtrailError } from '../errors.js';
import { finishArticle } from './article.js';
import { htmlFragmentToText } from './html.js';
import type { IngestOptions } from './options.js';
import { settle, type ReadResult } from './result.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/**
 * Read an RSS 2.0 (or RDF / RSS 1.0) or Atom feed: one result per item. Item HTML
 * (`content:encoded`, Atom `content`, else `description` / `summary`) is read paragraph by
 * paragraph; titles are entity-decoded (feeds often escape them twice). The date is
 * `pubDate` / `published` / `dc:date`, Atom `updated` only when nothing else is given.
 *
 * @example
 * readFeed('<rss><channel><item><title>T</title><description>&lt;p&gt;A.&lt;/p&gt;</description></item></channel></rss>', 'f.rss', 'f', {});
 * // [{ ok: true, article: { id: 'f#1', title: 'T', text: 'A.', ... } }]
 */
export function readFeed(xml: string, origin: string, stem: string, opts: IngestOptions): ReadResult[] {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (cause) {
    throw new ClaimtrailError(
      'E_INPUT_FORMAT',
      `${origin}: not well-formed XML: ${(cause as Error).message}`,
      { origin },
      { cause },
    );
  }
  const rss = (doc.rss as Node | undefined)?.channel as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  const channel = rss ?? (rdf?.channel as Node | undefined) ?? atom;
  if (!channel)
    throw new ClaimtrailError('E_INPUT_FORMAT', `${origin}: XML is neither an RSS nor an Atom feed`, {
      origin,
    });
  const items = ((atom ? atom.entry : (rss?.item ?? rdf?.item)) ?? []) as Node[];
  if (items.length === 0)
    throw new ClaimtrailError('E_INPUT_EMPTY', `${origin}: feed has no items`, { origin });
  const source = plainText(channel.title);
  return items.map((item, k) =>
    settle(`${origin}#${k + 1}`, () => {
      const html =
        text(item['content:encoded']) ?? text(item.content) ?? text(item.description) ?? text(item.summary);
      const itemOrigin = `${origin}#${k + 1}`;
      if (html === null) {
        throw new ClaimtrailError(
          'E_INPUT_RECORD',
          `${itemOrigin}: feed item has no content or description`,
          { origin: itemOrigin },
        );
      }
      return finishArticle(
        {
          id: text(item.guid) ?? text(item.id) ?? `${stem}#${k + 1}`,
          title: plainText(item.title),
          text: htmlFragmentToText(html),
          published:
            text(item.pubDate) ?? text(item.published) ?? text(item['dc:date']) ?? text(item.updated),
          source,
          url: linkOf(item.link),
          meta: {
            byline:
              text(item['dc:creator']) ?? text(item.author) ?? text((item.author as Node | undefined)?.name),
          },
        },
        itemOrigin,
        opts,
      );
    }),
  );
}

/** RSS `<link>` holds the URL as text; Atom links carry it in `href`, the page being `alternate`. */
function linkOf(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : links === undefined ? [] : [links]) as unknown[];
  const atomLinks = list.filter((l): l is Node => typeof l === 'object' && l !== null && '@_href' in l);
  const page = atomLinks.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate');
  if (page) return text(page['@_href']);
  for (const l of list) if (text(l)) return text(l);
  return null;
}

/** Text of an element that may carry attributes (`{'#text': ..., '@_type': ...}`). */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return text((value as Node)['#text']);
  return null;
}

/** Titles may hold escaped markup or entities after XML decoding; read them as HTML. */
function plainText(value: unknown): string | null {
  const t = text(value);
  if (t === null || !/[<&]/.test(t)) return t;
  return htmlFragmentToText(t).replace(/\n/g, ' ') || null;
}
