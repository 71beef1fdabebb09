import type { Span } from '../../core/types.js';
import { splitLines } from './lines.js';

/** A dateline opening the story: `CITY, Month D (Agency) -`; it stays in the text. */
export interface Dateline {
  city: string | null;
  /** The date as written ("Sept 19"), or null. */
  date: string | null;
  agency: string | null;
  /** The dateline up to and including its dash or colon. */
  span: Span;
}

/** A byline: `By Jane Doe, Agency`, or a bare name closing the text. */
export interface Byline {
  name: string;
  organisation: string | null;
  span: Span;
}

const MONTH_FORMS = String.raw`Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?`;
/* Title case or capitals ("Sept", "SEPT"); no `i` flag, which would make \p{Lu} match any letter. */
const MONTH = `(?:${MONTH_FORMS}|${MONTH_FORMS.toUpperCase().replace(/\(\?:/g, '(?:')})\\.?`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?)`;
const DATELINE = new RegExp(
  String.raw`^(?:(?<city>\p{Lu}[\p{L}.'’/-]*(?: [\p{L}.'’/-]+){0,3})(?:, (?<region>\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}))?(?:,? (?<date>${DATE}))?\s*)?(?:\((?<agency>[^()\n]{2,40})\)\s*)?(?:[-–—]+|:)(?=\s)`,
  'u',
);
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|al|bin|da|del|la|le|di))+`;
const BYLINE = new RegExp(
  String.raw`^(?:By|BY)\s+(?<name>${NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*)${NAME})*)(?:\s*(?:,|\||[-–—])\s*(?<org>[^|]{2,60}))?$`,
  'u',
);
const BARE_NAME = new RegExp(String.raw`^(?<name>${NAME})$`, 'u');
/** How far into the text a dateline or a leading byline may sit (title, kicker and byline lines come first). */
const HEAD_LINES = 8;

/**
 * The dateline that opens the story, if any. A city alone counts only in capitals
 * (`WASHINGTON —`); otherwise a date or an agency in parentheses must follow it.
 *
 * @example
 * findDateline('Storm hits coast\n\nHALIFAX, March 3 (Wire) - Winds rose.')?.agency; // 'Wire'
 */
export function findDateline(text: string): Dateline | null {
  const lines = splitLines(text)
    .filter((l) => l.body !== '')
    .slice(0, HEAD_LINES);
  for (const line of lines) {
    const m = DATELINE.exec(line.body);
    if (!m?.groups) continue;
    const { city, date, agency } = m.groups;
    // A capitalised word alone before a dash is a dateline only when a sentence follows ("NATO - the ..." is not).
    const capsCity =
      city !== undefined &&
      city === city.toUpperCase() &&
      (city.match(/\p{L}/gu)?.length ?? 0) >= 3 &&
      /^[\p{Lu}\d"“‘]/u.test(line.body.slice(m[0].length).trimStart());
    if (!agency && !(city && date) && !capsCity) continue;
    return {
      city: city?.trim() ?? null,
      date: date ?? null,
      agency: agency?.trim() ?? null,
      span: { start: line.bodyStart, end: line.bodyStart + m[0].length, text: m[0] },
    };
  }
  return null;
}

/**
 * The byline, if any: a `By ...` line near the top or the end, else a bare personal name
 * as the text's last line (how some syndicated copies credit the writer).
 *
 * @example
 * findByline('By Ana Ruiz, Valley Courier\nRain fell.')?.organisation; // 'Valley Courier'
 */
export function findByline(text: string): Byline | null {
  const lines = splitLines(text).filter((l) => l.body !== '');
  const candidates = [...lines.slice(0, HEAD_LINES), ...lines.slice(Math.max(HEAD_LINES, lines.length - 4))];
  for (const line of candidates) {
    const m = BYLINE.exec(line.body);
    if (m?.groups) return { ...splitOrganisation(m.groups.name!, m.groups.org), span: spanOf(line) };
  }
  const last = lines.at(-1);
  if (lines.length >= 3 && last && last.body.length <= 40 && last.body.split(/\s+/).length <= 4) {
    const m = BARE_NAME.exec(last.body);
    if (m?.groups) return { name: m.groups.name!, organisation: null, span: spanOf(last) };
  }
  return null;
}

/**
 * Dateline and byline as `Article.meta` entries (`dateline`, `datelineCity`, `datelineDate`,
 * `agency`, `byline`, `bylineOrganisation`), leaving out what was not found.
 *
 * @example
 * textMetadata('KYIV (Wire) - Sirens sounded.'); // { dateline: 'KYIV (Wire) -', datelineCity: 'KYIV', agency: 'Wire' }
 */
export function textMetadata(text: string): Record<string, string> {
  const meta: Record<string, string> = {};
  const dateline = findDateline(text);
  const byline = findByline(text);
  const entries: [string, string | null | undefined][] = [
    ['dateline', dateline?.span.text],
    ['datelineCity', dateline?.city],
    ['datelineDate', dateline?.date],
    ['agency', dateline?.agency],
    ['byline', byline?.name],
    ['bylineOrganisation', byline?.organisation],
  ];
  for (const [key, value] of entries) if (value) meta[key] = value;
  return meta;
}

/** "Ana Ruiz, Valley Courier" is a name and an outlet; "Ana Ruiz, Tom Lee and Bo Li" is three names. */
function splitOrganisation(
  names: string,
  org: string | undefined,
): { name: string; organisation: string | null } {
  const comma = names.indexOf(',');
  if (org === undefined && comma > 0 && !/\s(?:and|AND|&)\s/u.test(names)) {
    return { name: names.slice(0, comma), organisation: names.slice(comma + 1).trim() };
  }
  return { name: names, organisation: org?.trim() ?? null };
}

function spanOf(line: { bodyStart: number; body: string }): Span {
  return { start: line.bodyStart, end: line.bodyStart + line.body.length, text: line.body };
}
