import type { RoleTitle } from './lexicons.js';
import { actorCode } from './drafts.js';
import type { Scan } from './scan.js';
import { isCapitalised, lowerAt } from './tokens.js';

/** A role phrase over tokens `[start, end)`: "National Security Council coordinator". */
export interface RolePhrase {
  start: number;
  end: number;
  text: string;
  title: RoleTitle;
  /** The state or group named inside the phrase, if any. */
  country: string | null;
  /** Lower-cased name whose possessive opens the phrase ("Putin's spokesman"): the role's state is theirs. */
  possessor: string | null;
}

/** Lower-case words that can stand inside a role phrase before its title. */
const MODIFIERS = new Set([
  'senior',
  'top',
  'former',
  'deputy',
  'acting',
  'chief',
  'vice',
  'national',
  'security',
  'military',
  'foreign',
  'defence',
  'defense',
  'press',
  'special',
  'presidential',
  'then',
  'current',
  'interim',
  'assistant',
  'principal',
  'first',
  'lieutenant',
  'major',
  'brigadier',
  'border',
  'regional',
  'state',
  'government',
  'ministry',
  'intelligence',
  'army',
  'navy',
  'unidentified',
  'unnamed',
  'anonymous',
  'high-ranking',
  'high',
  '-',
  'ranking',
  'outgoing',
  'incoming',
  'newly',
  'appointed',
  'elected',
  'opposition',
  'party',
  'communications',
  'affairs',
]);
const APPOSITIVE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);
const RELATIVE_VERBS = new Set(['is', "'s", 'was', 'serves', 'served']);
const STOP = new Set([',', '.', ';', ':', '(', ')', '"', '“', '”', '—', '–']);

/**
 * The role phrase that ends right before token `end` ("Russian President| Vladimir Putin"),
 * extended left over modifiers, states and institutions; "Prime Minister of Canada" included.
 *
 * @example
 * roleEndingAt(scan, nameStart)?.text; // 'Foreign Ministry spokesperson'
 */
export function roleEndingAt(scan: Scan, end: number): RolePhrase | null {
  const sentStart = scan.doc.sentences[scan.doc.tokens.sentence[Math.max(0, end - 1)]!]!.tokenStart;
  let titleEnd = end;
  let ofState: string | null = null;
  const gazBefore = scan.gazetteerAt(end - 1);
  if (gazBefore && gazBefore.end === end && lowerAt(scan.doc, gazBefore.start - 1) === 'of') {
    titleEnd = gazBefore.start - 1;
    ofState = actorCode(gazBefore.value.entry);
  }
  const found = titleEndingAt(scan, titleEnd, sentStart);
  if (!found) return null;
  let left = found.start;
  while (left > sentStart) {
    const g = scan.gazetteerEndingAt(left);
    const p = scan.proposalAt(left - 1);
    if (g) left = g.start;
    else if (p && p.draft.type === 'organization') left = p.tokStart;
    else if (MODIFIERS.has(lowerAt(scan.doc, left - 1))) left--;
    else {
      const t = titleEndingAt(scan, left, sentStart);
      if (!t) break;
      left = t.start;
    }
  }
  const role = phrase(scan, left, end, found.title, ofState);
  // "Putin's spokesman": the possessor is a person found later; keep their name to take their state.
  if (
    !role.country &&
    lowerAt(scan.doc, left - 1) === "'s" &&
    isCapitalised(scan.doc, left - 2) &&
    !scan.isClaimed(left - 2)
  ) {
    const t = scan.doc.tokens;
    role.possessor = lowerAt(scan.doc, left - 2);
    role.text = scan.doc.text.slice(t.start[left - 2]!, t.end[end - 1]!);
  }
  return role;
}

/**
 * A role given in an appositive after a name: "Ivo Marek, the Kremlin spokesman," or "Lind, an
 * adviser to the president". `end` is the token after the name.
 */
export function roleAppositiveAfter(scan: Scan, end: number): RolePhrase | null {
  if (lowerAt(scan.doc, end) !== ',') return null;
  const sentEnd = scan.doc.sentences[scan.doc.tokens.sentence[end]!]!.tokenEnd;
  let start = end + 1;
  // "Ann Blake, who is an adviser to ..." reads like "Ann Blake, an adviser to ...".
  if (lowerAt(scan.doc, start) === 'who' && RELATIVE_VERBS.has(lowerAt(scan.doc, start + 1))) start += 2;
  if (APPOSITIVE_DETERMINERS.has(lowerAt(scan.doc, start))) start++;
  const lower = scan.doc.tokens.lower;
  for (let k = start; k < Math.min(sentEnd, start + 8); k++) {
    if (STOP.has(lower[k]!) || scan.doc.posOf(k) === 'VERB' || scan.doc.posOf(k) === 'AUX') return null;
    const m = scan.lex.roles.matchesAt(lower, k, sentEnd)[0];
    if (!m) continue;
    // "..., Prime Minister Ann Blake said": the title belongs to the name after it.
    if (isCapitalised(scan.doc, m.end) && !scan.gazetteerAt(m.end)) return null;
    let stop = m.end;
    const link = lowerAt(scan.doc, stop);
    if (link === 'of' || link === 'to' || link === 'for' || link === 'at') {
      let j = stop + 1;
      while (j < sentEnd && j < stop + 8 && !STOP.has(lower[j]!) && scan.doc.posOf(j) !== 'VERB') j++;
      stop = j;
    }
    return phrase(scan, start, stop, m.values[0]!, null);
  }
  return null;
}

function titleEndingAt(
  scan: Scan,
  end: number,
  sentStart: number,
): { start: number; title: RoleTitle } | null {
  const lower = scan.doc.tokens.lower;
  let best: { start: number; title: RoleTitle } | null = null;
  for (let s = end - 1; s >= Math.max(sentStart, end - 5); s--) {
    for (const m of scan.lex.roles.matchesAt(lower, s, end))
      if (m.end === end) best = { start: s, title: m.values[0]! };
  }
  return best;
}

function phrase(
  scan: Scan,
  start: number,
  end: number,
  title: RoleTitle,
  ofState: string | null,
): RolePhrase {
  const t = scan.doc.tokens;
  let country = ofState;
  for (let k = start; k < end && !country; k++) {
    const g = scan.gazetteerAt(k);
    const p = scan.proposalAt(k);
    if (g) country = actorCode(g.value.entry);
    else if (p) country = p.draft.code ?? p.draft.country;
  }
  return {
    start,
    end,
    text: scan.doc.text.slice(t.start[start]!, t.end[end - 1]!),
    title,
    country,
    possessor: null,
  };
}
