import { draftOf, withoutArticle } from './drafts.js';
import { roleEndingAt } from './roles.js';
import { isOutletKey } from './proposals.js';
import type { Scan } from './scan.js';
import { isCapitalised, lowerAt } from './tokens.js';

/**
 * Turn every gazetteer match not absorbed by a longer phrase into a mention. A capital or seat
 * is its state ("Pyongyang said") unless it is the target of an action ("drones over the
 * Kremlin", "an attack on Kyiv"): then it is a location of its own.
 *
 * @example
 * proposeGazetteerMentions(scan); // "the Kremlin denied" -> a metonym mention of Russia
 */
export function proposeGazetteerMentions(scan: Scan): void {
  const { doc } = scan;
  for (const m of scan.gaz) {
    if (scan.isClaimed(m.start) || scan.isClaimed(m.end - 1)) continue;
    const { entry, kind } = m.value;
    if (isCredit(scan, m.start, m.end, entry.key) || namesEvent(scan, m.end, entry.type)) {
      scan.claim(m.start, m.end);
      continue;
    }
    if (startsLongerName(scan, m.start, m.end, kind, entry.type)) continue;
    if (kind === 'metonym' && isTarget(scan, m.start)) {
      const name = withoutArticle(doc.text.slice(doc.tokens.start[m.start]!, doc.tokens.end[m.end - 1]!));
      scan.propose(m.start, m.end, 'name', {
        key: `place:${entry.key}:${name.toLowerCase()}`,
        name,
        type: 'location',
        code: null,
        country: entry.code,
        role: null,
        description: null,
      });
      continue;
    }
    scan.propose(m.start, m.end, kind, draftOf(entry), m.trimEnd);
  }
}

/** "over the Kremlin", "detained in Kyiv": cue words from entity-cues.tsv (target-before). */
function isTarget(scan: Scan, start: number): boolean {
  let k = start - 1;
  if (lowerAt(scan.doc, k) === 'the') k--;
  const one = lowerAt(scan.doc, k);
  return scan.has(one, 'target-before') || scan.has(`${lowerAt(scan.doc, k - 1)} ${one}`, 'target-before');
}

/** An agency credited in a dateline, "(AFP)" or "(Reuters) -", is not part of the story. */
function isCredit(scan: Scan, start: number, end: number, key: string): boolean {
  if (!isOutletKey(key)) return false;
  const before = lowerAt(scan.doc, start - 1);
  const after = lowerAt(scan.doc, end);
  return (before === '(' || before === '/') && (after === ')' || after === '/');
}

/** "the Tokyo Olympics", "the Iraq War": a state or capital names an event, not the state acting. */
function namesEvent(scan: Scan, end: number, type: string): boolean {
  return type === 'country' && isCapitalised(scan.doc, end) && scan.has(lowerAt(scan.doc, end), 'event-head');
}

/**
 * "Israel Katz", "Jordan Peterson", "China Daily": a one-word state or place name directly followed
 * by a capitalised word that is no name, title or institution of its own starts a longer name;
 * the run is left to the name finder. Demonyms ("Serbian Orthodox") and headlines are exempt.
 */
function startsLongerName(scan: Scan, start: number, end: number, kind: string, type: string): boolean {
  const { doc, lex } = scan;
  if (end - start !== 1 || kind === 'demonym' || (type !== 'country' && type !== 'location')) return false;
  const next = lowerAt(doc, end);
  if (!isCapitalised(doc, end) || scan.gazetteerAt(end) || scan.isClaimed(end)) return false;
  if (
    scan.has(next, 'not-name') ||
    scan.has(next, 'event-head') ||
    lex.roles.startsWith(next) ||
    lex.institutions.startsWith(next)
  )
    return false;
  // "Prime Minister of Canada Jean Roy": the state closes the title.
  if (lowerAt(doc, start - 1) === 'of' && roleEndingAt(scan, start - 1)) return false;
  return !scan.isHeadline(doc.tokens.sentence[start]!);
}
