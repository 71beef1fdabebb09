import { draftOf, withoutArticle } from './drafts.js';
import type { Scan } from './scan.js';
import { lowerAt } from './tokens.js';

/** Institution phrases that are safe to read as an organisation even with no state named. */
const BARE_OK = /\b(ministry|office|service|agency|embassy)\b/;

/**
 * Institutions named by title: "Armenia's Defense Ministry", "the Russian military", "the foreign
 * ministry" (an organization with a country), and state descriptions that stand for the state
 * itself ("the Chinese side", "the Indian government"). A state qualifier before the title, or
 * "of"/"in" + state after it, gives the country; a bare title gets its country later from context.
 *
 * @example
 * findInstitutions(scan); // proposes "Azerbaijan's Defense Ministry" (organization, AZE)
 */
export function findInstitutions(scan: Scan): void {
  const { doc, lex } = scan;
  const lower = doc.tokens.lower;
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (scan.isClaimed(i) || scan.gazetteerAt(i) || !lex.institutions.startsWith(lower[i]!)) continue;
      const m = lex.institutions.matchesAt(lower, i, s.tokenEnd)[0];
      if (!m) continue;
      // "military spokesman" is a role, not the military.
      const role = lex.roles.matchesAt(lower, i, s.tokenEnd)[0];
      if (role && role.end > m.end) continue;
      if (m.end < s.tokenEnd && lex.roles.startsWith(lower[m.end]!) && m.values[0] === 'country') continue;
      i = propose(scan, i, m.end, m.values[0]!) - 1;
    }
  }
}

/** Propose one institution over `[start, end)`; returns the token after what was consumed. */
function propose(scan: Scan, start: number, end: number, as: 'organization' | 'country'): number {
  const { doc } = scan;
  const before = scan.gazetteerEndingAt(start);
  let qualifier = before && before.value.entry.type === 'country' ? before : undefined;
  const from = qualifier ? qualifier.start : start;
  let to = end;
  if (!qualifier) {
    const link = lowerAt(doc, end);
    const after = (link === 'of' || link === 'in') && scan.gazetteerAt(end + 1);
    if (after && after.start === end + 1 && after.value.entry.type === 'country') qualifier = after;
    // "of Ukraine" is part of the name; "in Belgrade" only locates it.
    if (qualifier && link === 'of') to = qualifier.end;
  }
  const entry = qualifier?.value.entry;
  if (as === 'country') {
    if (!entry) return end;
    scan.propose(from, to, 'description', draftOf(entry));
    return to;
  }
  const phrase = doc.tokens.lower.slice(start, end).join(' ');
  if (!entry && !BARE_OK.test(phrase)) return end;
  // "Armenia's Defense Ministry" is named by its title; "the Russian military" keeps its adjective.
  const possessive = before !== undefined && before === qualifier && before.end < start;
  const nameFrom = possessive ? start : from;
  const name = withoutArticle(doc.text.slice(doc.tokens.start[nameFrom]!, doc.tokens.end[to - 1]!));
  const country = entry ? entry.code : null;
  scan.propose(from, to, 'name', {
    key: `institution:${institutionKey(phrase)}:${country ?? '?'}`,
    name,
    type: 'organization',
    code: null,
    country,
    role: null,
    description: null,
    countryFromContext: !country,
  });
  return to;
}

/** One key for the spellings of one title: "Ministry of Defense" = "defence ministry". */
export function institutionKey(phrase: string): string {
  return phrase
    .replace(/defense/g, 'defence')
    .replace(/\b(army|armed forces)\b/g, 'military')
    .split(' ')
    .filter((w) => w !== 'of' && w !== 'the' && w !== 'affairs')
    .sort()
    .join(' ');
}
