import type { EntityType } from '../../core/types.js';
import type { NameCandidate } from './names.js';
import type { EntityDraft } from './proposals.js';
import { roleAppositiveAfter, roleEndingAt, type RolePhrase } from './roles.js';
import type { Scan } from './scan.js';
import { isSentenceInitial, lowerAt } from './tokens.js';
import { actorCode } from './drafts.js';

/** What a capitalised run turned out to be, and why. */
interface Reading {
  candidate: NameCandidate;
  type: EntityType | null;
  role: RolePhrase | null;
  /** The reading rests on context evidence (a role, an honorific, a speech verb). */
  strong: boolean;
}

const SPEECH_GAP = new Set(['also', 'has', 'had', 'have', 'later', 'earlier', 'then', 'previously', 'reportedly', 'again', 'further', 'once', 'repeatedly']);

/**
 * Decide what each capitalised run is, from its context rather than from a list of names:
 * an organisation or place by its head word ("... Ministry", "... Province"), a person by a role or
 * honorific before it, an appositive role, or a speech verb after it; a place after "in"/"near".
 * Runs with no evidence become people when they are two or more words inside a sentence, or
 * when they repeat part of a person's name (surname mentions).
 *
 * @example
 * classifyNames(scan, findNameCandidates(scan)); // proposes "Ann Blake" (person, role, country)
 */
export function classifyNames(scan: Scan, candidates: readonly NameCandidate[]): void {
  const readings = candidates.map((c) => read(scan, c));
  const people = new Map<string, { draft: EntityDraft; words: string[] }>();
  // Longest names first, so "Kirby" finds "John Kirby" wherever either appears first.
  const persons = readings
    .filter((r) => r.type === 'person' && r.strong)
    .sort((a, b) => b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start));
  const linked = new Map<Reading, { draft: EntityDraft; surname: boolean }>();
  for (const r of persons) {
    const words = wordsOf(scan, r.candidate);
    const known = findPerson(people, words);
    if (known) {
      linked.set(r, { draft: known.draft, surname: words.length < known.words.length });
      if (!known.draft.role && r.role) setRole(known.draft, r.role);
      continue;
    }
    const draft = personDraft(scan, r);
    people.set(draft.key, { draft, words });
    linked.set(r, { draft, surname: false });
  }
  for (const r of readings) {
    const c = r.candidate;
    const link = linked.get(r);
    if (link) {
      proposePerson(scan, c, link.draft, link.surname);
      continue;
    }
    const words = wordsOf(scan, c);
    const known = r.type === null || r.type === 'person' ? findPerson(people, words) : undefined;
    if (known) {
      proposePerson(scan, c, known.draft, words.length < known.words.length);
    } else if (r.type === 'person' || (r.type === null && c.end - c.start >= 2 && !isSentenceInitial(scan.doc, c.start))) {
      const draft = personDraft(scan, r);
      people.set(draft.key, { draft, words });
      proposePerson(scan, c, draft, false);
    } else if (r.type === 'organization' || r.type === 'location') {
      proposeNamed(scan, c, r.type);
    }
  }
}

function read(scan: Scan, c: NameCandidate): Reading {
  const { doc } = scan;
  const n = c.end - c.start;
  const heads = (kind: 'org-head' | 'location-head') =>
    scan.has(lowerAt(doc, c.end - 1), kind) || (kind === 'org-head' && scan.has(lowerAt(doc, c.start), kind) && lowerAt(doc, c.start + 1) === 'of');
  if (n >= 2 && heads('org-head')) return { candidate: c, type: 'organization', role: null, strong: true };
  if (n >= 2 && heads('location-head')) return { candidate: c, type: 'location', role: null, strong: true };
  const before = lowerAt(doc, c.start - 1);
  if (scan.has(before, 'honorific')) return { candidate: c, type: 'person', role: null, strong: true };
  const role = roleEndingAt(scan, c.start) ?? roleAppositiveAfter(scan, c.end) ?? (before === ',' ? roleEndingAt(scan, c.start - 1) : null);
  if (role) return { candidate: c, type: 'person', role, strong: true };
  if (scan.has(before, 'location-before') || scan.has(`${lowerAt(doc, c.start - 2)} ${before}`, 'location-before')) {
    return { candidate: c, type: 'location', role: null, strong: true };
  }
  if (speechFollows(scan, c.end) && (n >= 2 || !isSentenceInitial(doc, c.start) || doc.posOf(c.start) === 'PROPN')) {
    return { candidate: c, type: 'person', role: null, strong: true };
  }
  return { candidate: c, type: null, role: null, strong: false };
}

function speechFollows(scan: Scan, end: number): boolean {
  let k = end;
  while (SPEECH_GAP.has(lowerAt(scan.doc, k))) k++;
  return scan.has(lowerAt(scan.doc, k), 'speech');
}

function wordsOf(scan: Scan, c: NameCandidate): string[] {
  const out: string[] = [];
  for (let k = c.start; k < c.end; k++) {
    const l = lowerAt(scan.doc, k);
    if (/\p{L}/u.test(l) && !scan.has(l, 'particle')) out.push(l.replace(/\.$/, ''));
  }
  return out;
}

/** A known person whose name holds every word of `words`, ending with the same surname. */
function findPerson(people: Map<string, { draft: EntityDraft; words: string[] }>, words: string[]) {
  const last = words[words.length - 1];
  for (const p of people.values()) {
    if (p.words[p.words.length - 1] !== last) continue;
    if (words.every((w) => p.words.includes(w))) return p;
  }
  return undefined;
}

function personDraft(scan: Scan, r: Reading): EntityDraft {
  const c = r.candidate;
  const name = scan.doc.text.slice(scan.doc.tokens.start[c.start]!, scan.doc.tokens.end[c.end - 1]!);
  const draft: EntityDraft = { key: `person:${wordsOf(scan, c).join(' ')}`, name, type: 'person', code: null, country: null, role: null, description: null };
  if (r.role) setRole(draft, r.role);
  return draft;
}

function setRole(draft: EntityDraft, role: RolePhrase): void {
  draft.role = role.text;
  if (role.country) draft.country = role.country;
  else if (role.title.governmental) draft.countryFromContext = true;
}

function proposePerson(scan: Scan, c: NameCandidate, draft: EntityDraft, surname: boolean): void {
  const { doc } = scan;
  // "Netanyahu's office" is the person's office, an organisation acting for the same state.
  if (lowerAt(doc, c.end) === "'s" && lowerAt(doc, c.end + 1) === 'office') {
    const name = doc.text.slice(doc.tokens.start[c.start]!, doc.tokens.end[c.end + 1]!);
    scan.propose(c.start, c.end + 2, 'name', {
      key: `office:${draft.key}`, name, type: 'organization', code: null, country: draft.country, role: null, description: null,
      countryFromContext: !draft.country,
    });
    return;
  }
  scan.propose(c.start, c.end, surname ? 'surname' : 'name', draft);
}

function proposeNamed(scan: Scan, c: NameCandidate, type: 'organization' | 'location'): void {
  const { doc } = scan;
  const name = doc.text.slice(doc.tokens.start[c.start]!, doc.tokens.end[c.end - 1]!);
  const qualifier = scan.gazetteerEndingAt(c.start);
  const country = qualifier ? actorCode(qualifier.value.entry) : null;
  scan.propose(c.start, c.end, 'name', {
    key: `${type}:${name.toLowerCase()}`, name, type, code: null, country, role: null, description: null,
  });
}
