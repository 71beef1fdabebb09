import type { EntityType } from '../../core/types.js';
import { actorCode } from './drafts.js';
import type { NameCandidate } from './names.js';
import type { EntityDraft } from './proposals.js';
import { roleAppositiveAfter, roleEndingAt, type RolePhrase } from './roles.js';
import type { Scan } from './scan.js';
import { isSentenceInitial, lowerAt } from './tokens.js';

/** What a capitalised run turned out to be, and how sure we are. */
interface Reading {
  candidate: NameCandidate;
  words: string[];
  type: EntityType | null;
  role: RolePhrase | null;
  /** The reading rests on context evidence (a role, an honorific, a speech verb, a head word). */
  strong: boolean;
}
interface Person {
  draft: EntityDraft;
  words: string[];
}

const SPEECH_GAP = new Set([
  'also',
  'has',
  'had',
  'have',
  'later',
  'earlier',
  'then',
  'previously',
  'reportedly',
  'again',
  'further',
  'once',
  'repeatedly',
]);

/**
 * Decide what each capitalised run is, from its context rather than from a list of names:
 * an organisation or place by its head word ("... Ministry", "... Province"), a person by a role or
 * honorific before it, an appositive role, or a speech verb after it; a place after "in"/"near".
 * A run with no evidence takes the reading of the same words elsewhere in the article; else it is
 * a person when it has two or more words inside a running-text sentence, or a surname mention
 * when it repeats part of a person's name.
 *
 * @example
 * classifyNames(scan, findNameCandidates(scan)); // proposes "Ann Blake" (person, role, country)
 */
export function classifyNames(scan: Scan, candidates: readonly NameCandidate[]): void {
  const readings = candidates.map((c) => read(scan, c));
  adoptReadingsOfSameWords(scan, readings);
  const people = new Map<string, Person>();
  const linked = new Map<Reading, { person: Person; surname: boolean }>();
  // Longest names first, so "Kirby" finds "John Kirby" wherever either appears first.
  const personal = readings
    .filter((r) => r.type === 'person' || mayBePerson(scan, r))
    .sort((a, b) => b.words.length - a.words.length);
  for (const r of personal) {
    const known = findPerson(people, r.words);
    if (known) {
      if (!known.draft.role && r.role) setRole(known.draft, r.role);
      linked.set(r, { person: known, surname: r.words.length < known.words.length });
      continue;
    }
    const person = { draft: personDraft(scan, r), words: r.words };
    people.set(person.draft.key, person);
    linked.set(r, { person, surname: false });
  }
  for (const r of readings) {
    const link = linked.get(r);
    const known =
      link ?? (r.type === null && !r.strong && !r.candidate.numbered ? linkOf(people, r.words) : undefined);
    if (known) proposePerson(scan, r.candidate, known.person.draft, known.surname);
    else if (r.type === 'organization' || r.type === 'location') proposeNamed(scan, r.candidate, r.type);
  }
}

function read(scan: Scan, c: NameCandidate): Reading {
  const { doc } = scan;
  const words = wordsOf(scan, c);
  // A plain literal, not a spread of shared fields: this runs once per capitalised run.
  const reading = (type: EntityType | null, role: RolePhrase | null, strong: boolean): Reading => ({
    candidate: c,
    words,
    type,
    role,
    strong,
  });
  const n = c.end - c.start;
  const last = lowerAt(doc, c.end - 1);
  const ofHead = scan.has(lowerAt(doc, c.start), 'org-head') && lowerAt(doc, c.start + 1) === 'of';
  if (scan.has(last, 'event-head')) return reading(null, null, true);
  // A lone head word ("Office", "Ministry") names nothing by itself.
  if (n === 1 && (scan.has(last, 'org-head') || scan.has(last, 'location-head')))
    return reading(null, null, true);
  if (n >= 2 && (scan.has(last, 'org-head') || ofHead)) return reading('organization', null, true);
  if (c.placeHead || (n >= 2 && scan.has(last, 'location-head'))) return reading('location', null, true);
  const before = lowerAt(doc, c.start - 1);
  if (scan.has(before, 'honorific')) return reading('person', null, true);
  const role =
    roleEndingAt(scan, c.start) ??
    roleAppositiveAfter(scan, c.end) ??
    (before === ',' ? roleEndingAt(scan, c.start - 1) : null);
  if (role) return reading('person', role, true);
  if (placeCueBefore(scan, c.start)) return reading('location', null, true);
  if (
    speechFollows(scan, c.end) &&
    (n >= 2 || !isSentenceInitial(doc, c.start) || doc.posOf(c.start) === 'PROPN')
  ) {
    return reading('person', null, true);
  }
  return reading(null, null, false);
}

/** A run that can be read as a person with no cue of its own. */
function mayBePerson(scan: Scan, r: Reading): boolean {
  // "the Electoral College", "the Grand Bargain": a determiner before a bare name marks a thing.
  const det = scan.doc.posOf(r.candidate.start - 1) === 'DET' && r.candidate.start > 0;
  return (
    r.type === null &&
    !r.strong &&
    !r.candidate.numbered &&
    !det &&
    r.words.length >= 2 &&
    !weakPosition(scan, r.candidate)
  );
}

/** "in X", "near X", "the village of (the) X". */
function placeCueBefore(scan: Scan, start: number): boolean {
  let k = start - 1;
  if (lowerAt(scan.doc, k) === 'the') k--;
  const one = lowerAt(scan.doc, k);
  return (
    scan.has(one, 'location-before') || scan.has(`${lowerAt(scan.doc, k - 1)} ${one}`, 'location-before')
  );
}

/**
 * A run with no evidence of its own reads as the same words do elsewhere: "Novi Sad" is a place
 * everywhere once "the city of Novi Sad" is, and "Nord Stream" once "the Nord Stream pipeline" is
 * (the known name is the run plus head words).
 */
function adoptReadingsOfSameWords(scan: Scan, readings: Reading[]): void {
  const known = readings.filter((r) => r.strong && (r.type === 'organization' || r.type === 'location'));
  if (known.length === 0) return;
  const isHead = (w: string) => scan.has(w, 'location-head') || scan.has(w, 'org-head');
  for (const r of readings) {
    if (r.strong || r.type !== null) continue;
    // One word is too little to share: "Clinton" is not an organisation because "Clinton Foundation" is.
    const exact = (k: Reading) => k.words.length === r.words.length;
    if (r.words.length < 2 && !known.some((k) => exact(k) && k.words[0] === r.words[0])) continue;
    const same = known.find(
      (k) =>
        k.words.length >= r.words.length &&
        r.words.every((w, i) => k.words[i] === w) &&
        k.words.slice(r.words.length).every(isHead),
    );
    if (same) r.type = same.type;
  }
}

/** Sentence starts and title-case headlines give too little evidence for a name with no cue. */
function weakPosition(scan: Scan, c: NameCandidate): boolean {
  return isSentenceInitial(scan.doc, c.start) || scan.isHeadline(scan.doc.tokens.sentence[c.start]!);
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
function findPerson(people: Map<string, Person>, words: string[]): Person | undefined {
  const last = words[words.length - 1];
  for (const p of people.values()) {
    if (p.words[p.words.length - 1] !== last) continue;
    if (words.every((w) => p.words.includes(w))) return p;
  }
  return undefined;
}

function linkOf(people: Map<string, Person>, words: string[]) {
  const person = findPerson(people, words);
  return person ? { person, surname: words.length < person.words.length } : undefined;
}

function personDraft(scan: Scan, r: Reading): EntityDraft {
  const c = r.candidate;
  const name = scan.doc.text.slice(scan.doc.tokens.start[c.start]!, scan.doc.tokens.end[c.end - 1]!);
  const draft: EntityDraft = {
    key: `person:${r.words.join(' ')}`,
    name,
    type: 'person',
    code: null,
    country: null,
    role: null,
    description: null,
  };
  if (r.role) setRole(draft, r.role);
  return draft;
}

function setRole(draft: EntityDraft, role: RolePhrase): void {
  draft.role = role.text;
  if (role.country) draft.country = role.country;
  else if (role.possessor) draft.possessor = role.possessor;
  else if (role.title.state) draft.country = role.title.state;
  else if (role.title.governmental) draft.countryFromContext = true;
}

function proposePerson(scan: Scan, c: NameCandidate, draft: EntityDraft, surname: boolean): void {
  const { doc } = scan;
  // "Netanyahu's office" is the person's office, an organisation acting for the same state.
  if (lowerAt(doc, c.end) === "'s" && lowerAt(doc, c.end + 1) === 'office') {
    const name = `${doc.text.slice(doc.tokens.start[c.end - 1]!, doc.tokens.end[c.end - 1]!)}'s office`;
    scan.propose(c.start, c.end + 2, 'name', {
      key: `office:${draft.key}`,
      name,
      type: 'organization',
      code: null,
      country: draft.country,
      role: null,
      description: null,
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
    key: `${type}:${name.toLowerCase()}`,
    name,
    type,
    code: null,
    country,
    role: null,
    description: null,
  });
}
