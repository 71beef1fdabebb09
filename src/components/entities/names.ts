import type { Scan } from './scan.js';
import { isAllCaps, isCapitalised, lowerAt, touches } from './tokens.js';

/** A run of capitalised tokens that may be a name: tokens `[start, end)`. */
export interface NameCandidate {
  start: number;
  end: number;
  /** A plural place word follows ("the Nord Stream pipelines"): the name is a place's. */
  placeHead?: boolean;
  /** The run ends with a number ("Nord Stream 2"): a thing's name, never a person's. */
  numbered?: boolean;
}

/**
 * Capitalised token runs not already claimed: "Kim Jong Un", "Shin Won-sik" (hyphen parts joined
 * even when lower-case), "Osama bin Laden" (particles), "Clan of Novi Sad" (an "of" after an
 * organisation or place head), "Kalbacar district" (a lower-case place head closes the name).
 *
 * @example
 * findNameCandidates(scan); // [{ start: 3, end: 5 }] for "... said Marta Lind on ..."
 */
export function findNameCandidates(scan: Scan): NameCandidate[] {
  const out: NameCandidate[] = [];
  const lower = scan.doc.tokens.lower;
  for (const s of scan.doc.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      // A role title ("Secretary of State") is never part of a name, even when capitalised.
      const role = scan.isClaimed(i) ? undefined : scan.lex.roles.matchesAt(lower, i, s.tokenEnd)[0];
      if (role && isCapitalised(scan.doc, i)) {
        i = role.end;
        continue;
      }
      if (!startsName(scan, i)) {
        i++;
        continue;
      }
      const c = extend(scan, i, s.tokenEnd);
      out.push(c);
      i = c.end;
    }
  }
  return out;
}

function startsName(scan: Scan, i: number): boolean {
  if (scan.isClaimed(i) || !isCapitalised(scan.doc, i)) return false;
  const l = lowerAt(scan.doc, i);
  if (scan.has(l, 'not-name') || scan.has(l, 'honorific')) return false;
  if (isAllCaps(scan.doc, i) && !l.includes('.')) return false;
  return !(/^[\p{L}]\.?$/u.test(l) && !isCapitalised(scan.doc, i + 1));
}

function isNameToken(scan: Scan, i: number): boolean {
  if (scan.isClaimed(i) || !isCapitalised(scan.doc, i)) return false;
  const l = lowerAt(scan.doc, i);
  return !scan.has(l, 'not-name') && !scan.has(l, 'honorific') && !(isAllCaps(scan.doc, i) && l.length > 3);
}

function extend(scan: Scan, start: number, limit: number): NameCandidate {
  const doc = scan.doc;
  let end = start + 1;
  while (end < limit) {
    const l = lowerAt(doc, end);
    // A title inside a capitalised run starts a new name: "Former President| Bill Clinton".
    if (isNameToken(scan, end) && !scan.lex.roles.startsWith(l)) {
      end++;
    } else if (isNumberPart(scan, end)) {
      const stop = end + (l === '-' ? 2 : 1);
      return { start, end: stop, numbered: true, placeHead: scan.has(lowerAt(doc, stop), 'location-head') };
    } else if (
      l === '-' &&
      touches(doc, end - 1) &&
      touches(doc, end) &&
      end + 1 < limit &&
      !scan.isClaimed(end + 1) &&
      /\p{L}/u.test(lowerAt(doc, end + 1))
    ) {
      end += 2;
    } else if (scan.has(l, 'particle') && particlesLeadToName(scan, end, limit)) {
      end++;
    } else if (l === 'of' && hasHead(scan, start, end) && end + 1 < limit && isNameToken(scan, end + 1)) {
      end++;
    } else if (
      l === 'of' &&
      lowerAt(doc, end + 1) === 'the' &&
      hasHead(scan, start, end) &&
      end + 2 < limit &&
      isNameToken(scan, end + 2)
    ) {
      end += 2;
    } else if (scan.has(l, 'location-head') && !scan.isClaimed(end)) {
      // "the Kalvar district" names the district; "the Nord Stream pipelines" names several things.
      return doc.tokens.lemma[end] !== doc.tokens.lower[end]
        ? { start, end, placeHead: true }
        : { start, end: end + 1 };
    } else break;
  }
  // A joiner with no name after it ("Office of the| President") is not part of the run.
  while (end > start + 1 && isJoiner(scan, lowerAt(doc, end - 1))) end--;
  // wink keeps "Stream-2" as one token.
  return /-\d{1,2}$/.test(lowerAt(doc, end - 1)) ? { start, end, numbered: true } : { start, end };
}

/** "von der Leyen", "al-Julani", "bin Salman": particles followed by a name part. */
function particlesLeadToName(scan: Scan, k: number, limit: number): boolean {
  let j = k;
  while (j < limit && scan.has(lowerAt(scan.doc, j), 'particle')) j++;
  return j < limit && (isNameToken(scan, j) || lowerAt(scan.doc, j) === '-');
}

function isJoiner(scan: Scan, l: string): boolean {
  return l === 'of' || l === 'the' || l === '-' || scan.has(l, 'particle');
}

/** A short number closing a name: "Nord Stream 2", "Nord Stream-2". */
function isNumberPart(scan: Scan, k: number): boolean {
  const doc = scan.doc;
  const l = lowerAt(doc, k);
  if (l === '-' && touches(doc, k - 1) && touches(doc, k))
    return /^\d{1,2}$/.test(lowerAt(doc, k + 1)) && !scan.isClaimed(k + 1);
  return /^\d{1,2}$/.test(l) && !scan.isClaimed(k);
}

function hasHead(scan: Scan, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const l = lowerAt(scan.doc, k);
    if (scan.has(l, 'org-head') || scan.has(l, 'location-head')) return true;
  }
  return false;
}
