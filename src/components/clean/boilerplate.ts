import type { Removed } from '../../core/types.js';
import { findDateline } from './dateline.js';
import { isCapsHeadline, isCapsLine, isLinkLine } from './headline.js';
import { loadBoilerplateRules, type BoilerplateRule, type BoilerplateRules } from './lexicon.js';
import { splitLines, type TextLine } from './lines.js';

export interface BoilerplateOptions {
  /** Compiled patterns (default: the shipped `boilerplate.tsv`). */
  rules?: BoilerplateRules;
}

/** Share of long lines in capitals above which the text is all-caps wire copy, not a page with caps headlines. */
const CAPS_TEXT_SHARE = 0.5;

/**
 * Find the boilerplate in an article's text: whole lines (syndication footers, related
 * headlines and the link lists under "More from ..." headers, ad and newsletter prompts,
 * captions, time stamps, share and navigation lines, ALL-CAPS headlines of other stories)
 * and fragments inside story lines (inline photo credits). Offsets point into `text`;
 * bullet marks are left out of a removed line. Precision comes first: a pattern must match
 * a whole line unless it is a fragment pattern, and story sentences that merely mention a
 * photo or an agency do not match. Bylines and datelines are not boilerplate here (see
 * `findDateline`, `findByline`).
 *
 * @example
 * findBoilerplate('Rain fell.\nAdvertisement\nIt stopped.');
 * // [{ start: 11, end: 24, text: 'Advertisement', reason: 'advertisement' }]
 */
export function findBoilerplate(text: string, opts: BoilerplateOptions = {}): Removed[] {
  const rules = (opts.rules ?? loadBoilerplateRules()).rules;
  const lines = splitLines(text);
  const firstContent = lines.findIndex((l) => l.body !== '');
  const lastContent = lines.findLastIndex((l) => l.body !== '');
  const capsRule = !isCapsText(lines);
  const removed: Removed[] = [];
  let listOpen = false;
  let listItems = 0;

  lines.forEach((line, i) => {
    if (line.body === '') {
      // One blank line may separate a list header from its items; after items it ends the list.
      if (listItems > 0) listOpen = false;
      return;
    }
    const isLead = i === firstContent && i < lastContent;
    const rule = rules.find((r) => r.scope !== 'fragment' && matchesLine(r, line, isLead));
    if (rule) {
      removed.push(lineSpan(text, line, rule.reason));
      listOpen = rule.scope === 'list';
      listItems = 0;
      return;
    }
    if (listOpen && isLinkLine(line.body, line.bulleted)) {
      removed.push(lineSpan(text, line, 'related-list'));
      listItems++;
      return;
    }
    listOpen = false;
    if (capsRule && isCapsHeadline(line.body) && betweenProse(lines, i) && !findDateline(line.body)) {
      removed.push(lineSpan(text, line, 'related-headline'));
      return;
    }
    removed.push(...fragmentsOf(text, line, rules));
  });
  return removed;
}

function matchesLine(rule: BoilerplateRule, line: TextLine, isLead: boolean): boolean {
  if (rule.scope === 'lead' && !isLead) return false;
  return rule.regex.test(line.body);
}

/** Fragment matches in one story line, the earliest first; a match overlapping an earlier one is dropped. */
function fragmentsOf(text: string, line: TextLine, rules: BoilerplateRule[]): Removed[] {
  const raw = text.slice(line.start, line.end);
  const found: Removed[] = [];
  for (const rule of rules) {
    if (rule.scope !== 'fragment') continue;
    for (const m of raw.matchAll(rule.regex)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = line.start + m.index + lead;
      const end = line.start + m.index + m[0].trimEnd().length;
      if (end > start) found.push({ start, end, text: text.slice(start, end), reason: rule.reason });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const kept: Removed[] = [];
  for (const f of found) if (kept.length === 0 || f.start >= kept.at(-1)!.end) kept.push(f);
  return kept;
}

function lineSpan(text: string, line: TextLine, reason: Removed['reason']): Removed {
  const end = line.bodyStart + line.body.length;
  return { start: line.bodyStart, end, text: text.slice(line.bodyStart, end), reason };
}

/**
 * An inline headline sits between story paragraphs; a capitals line between table rows or
 * list entries (market tables, fund names) is part of that table, and one at the top is the
 * story's own title.
 */
function betweenProse(lines: TextLine[], i: number): boolean {
  let before = i - 1;
  while (before >= 0 && lines[before]!.body === '') before--;
  let after = i + 1;
  while (after < lines.length && lines[after]!.body === '') after++;
  if (before < 0 || after >= lines.length) return false;
  // A line ending with a colon introduces what follows: a table header or a list, not another story.
  return isProse(lines[before]!.body) && !lines[before]!.body.endsWith(':') && isProse(lines[after]!.body);
}

/** Five words or more, mostly lower-case letters, few figures (table rows have units in lower case). */
function isProse(line: string): boolean {
  const words = line.split(/\s+/);
  const figures = words.filter((w) => /\d/.test(w)).length;
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  const lower = line.match(/\p{Ll}/gu)?.length ?? 0;
  return words.length >= 5 && figures / words.length < 0.3 && lower > letters / 2;
}

/** Same as `body.split(/\s+/).length >= 4` (three runs of white space), without building the array. */
const FOUR_WORDS = /\s\S+\s+\S+\s/;

/** Old wire copy is written in capitals throughout; there the headline rule would eat the story. */
function isCapsText(lines: TextLine[]): boolean {
  const long = lines.filter((l) => FOUR_WORDS.test(l.body));
  const caps = long.filter((l) => isCapsLine(l.body)).length;
  return long.length >= 3 && caps / long.length > CAPS_TEXT_SHARE;
}
