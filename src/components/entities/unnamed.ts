import { actorCode } from './drafts.js';
import type { Scan } from './scan.js';
import { isCapitalised, lowerAt } from './tokens.js';

const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
const KINDS = new Set(['official', 'spokesperson', 'diplomat', 'military', 'adviser', 'minister']);
const LINKS = new Set(['at', 'of', 'for', 'in', 'from', 'with', 'to']);
const APPOSITION = new Set([
  ',',
  'who',
  "'s",
  'is',
  'was',
  'has',
  'been',
  'as',
  'became',
  'named',
  'appointed',
]);
const STOP = new Set([
  ',',
  '.',
  ';',
  ':',
  '(',
  ')',
  '"',
  '“',
  '”',
  '—',
  '–',
  'who',
  'that',
  'which',
  'and',
  'said',
  'told',
]);

/**
 * Unnamed officials as person entities with a description: "a senior defence official", "an
 * unidentified vice director at the ministry's foreign affairs office", "a spokesperson for the
 * ministry". The mention covers the noun phrase up to the title (it may contain the mention of
 * the state or body it names); the description adds the attached "at/of/for ..." phrase. The
 * country is the state or body named inside, else the nearest state in context.
 *
 * @example
 * findUnnamedPeople(scan); // "a senior defence official" -> person, description, country
 */
export function findUnnamedPeople(scan: Scan): void {
  const { doc } = scan;
  const lower = doc.tokens.lower;
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!INDEFINITE.has(lower[i]!) || describesNamedPerson(scan, i)) continue;
      const found = titleWithin(scan, i + 1, s.tokenEnd);
      if (!found) continue;
      const { end, kind } = found;
      if (!KINDS.has(kind) || (end < s.tokenEnd && isCapitalised(doc, end))) continue;
      let stop = end;
      if (LINKS.has(lower[end] ?? '')) {
        stop = end + 1;
        while (stop < s.tokenEnd && stop < end + 10 && !STOP.has(lower[stop]!) && doc.posOf(stop) !== 'VERB')
          stop++;
        // A phrase cut short by a verb or stop word keeps no dangling "to the".
        while (stop > end && (LINKS.has(lower[stop - 1]!) || doc.posOf(stop - 1) === 'DET')) stop--;
      }
      const description = doc.text.slice(doc.tokens.start[i + 1]!, doc.tokens.end[stop - 1]!);
      const country = countryInside(scan, i + 1, stop);
      scan.proposeOverlapping(i, end, 'description', {
        key: `unnamed:${i}`,
        name: description,
        type: 'person',
        code: null,
        country,
        role: doc.text.slice(doc.tokens.start[i + 1]!, doc.tokens.end[end - 1]!),
        description,
        countryFromContext: country === null,
      });
      i = stop - 1;
    }
  }
}

/** The first role title within a few modifier tokens after a determiner. */
function titleWithin(
  scan: Scan,
  from: number,
  limit: number,
): { start: number; end: number; kind: string } | null {
  const lower = scan.doc.tokens.lower;
  for (let k = from; k < Math.min(limit, from + 6); k++) {
    if (STOP.has(lower[k]!) || scan.doc.posOf(k) === 'VERB' || scan.doc.posOf(k) === 'DET') return null;
    const m = scan.lex.roles.matchesAt(lower, k, limit)[0];
    if (m && !scan.isClaimed(k)) {
      // Only the last title of a run counts: "defence official", not "defence" alone.
      const next = scan.lex.roles.matchesAt(lower, m.end, limit)[0];
      if (next) continue;
      return { start: k, end: m.end, kind: m.values[0]!.kind };
    }
    if (lowerAt(scan.doc, k) === "'s") continue;
  }
  return null;
}

function countryInside(scan: Scan, start: number, end: number): string | null {
  for (let k = start; k < end; k++) {
    const g = scan.gazetteerAt(k);
    if (g) return actorCode(g.value.entry);
    const p = scan.proposalAt(k);
    if (p && p.draft.type !== 'person' && (p.draft.code ?? p.draft.country))
      return p.draft.code ?? p.draft.country;
  }
  return null;
}

/** "Ann Blake, an adviser to ..." and "Blake, who is a spokesman": the phrase describes a named person. */
function describesNamedPerson(scan: Scan, det: number): boolean {
  let k = det - 1;
  while (k >= 0 && APPOSITION.has(lowerAt(scan.doc, k))) k--;
  if (k === det - 1) return false;
  return scan.proposalAt(k)?.draft.type === 'person';
}
