import type { Doc } from '../../core/doc.js';
import type { ActorMention } from './actors.js';
import type { TriggerMatch } from './triggers.js';

/** The arguments read around one trigger. */
export interface Arguments {
  actor: ActorMention[];
  recipient: ActorMention[];
  passive: boolean;
  /** Token range of the phrase after the trigger (object, quantity and mode words), `[start, end)`. */
  tail: [number, number];
}

/** Words that open a subordinate or relative clause: the subject search stops there. */
const CLAUSE_OPENERS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'because',
  'after',
  'while',
  'when',
  'if',
  'although',
  'though',
  'since',
  'as',
  'before',
  'until',
  'whether',
  'where',
]);
const RELATIVES = new Set(['which', 'who', 'whom', 'that']);
const HARD_STOPS = new Set([';', ':', '—', '–', '(', ')']);
const COORD = new Set(['and', ',', 'or', '&']);
const POSSESSIVES = new Set(['its', 'our', 'their']);
/** Possessives before a party inside a trigger phrase ("told his Ukrainian counterpart"). */
const POSSESSED_BY = new Set(['his', 'her', 'their', 'its']);
/** Words inside a prepositional phrase that do not change which preposition governs it ("to countries like X"). */
const TRANSPARENT = new Set(['like', 'including', 'as', 'such']);
/** Verbs whose noun object is the event they perform ("launched an attack", "imposed sanctions"). */
export const LIGHT_VERBS = new Set([
  'launch',
  'carry',
  'conduct',
  'stage',
  'mount',
  'make',
  'impose',
  'announce',
  'hold',
  'step',
  'order',
  'begin',
  'start',
  'continue',
  'wage',
  'deliver',
  'provide',
  'send',
  'issue',
  'express',
  'resume',
  'intensify',
  'escalate',
  'tighten',
  'enforce',
  'expand',
  'unleash',
  'commit',
  'perpetrate',
  'undertake',
  'plan',
  'prepare',
  'offer',
  'give',
  'sign',
  'reach',
  'have',
  'take',
  'pay',
  'lodge',
  'file',
  'level',
  'renew',
  'extend',
  'approve',
  'agree',
  'seal',
  'strike',
  'open',
  'declare',
  'initiate',
]);

export interface SentenceView {
  doc: Doc;
  start: number;
  end: number;
  /** Actor mentions of the sentence, in order. */
  mentions: ActorMention[];
  /** mention index by token, -1 where none. */
  at: Int32Array;
}

/** Index the sentence's mentions by token for O(1) lookups. */
export function sentenceView(doc: Doc, start: number, end: number, mentions: ActorMention[]): SentenceView {
  const at = new Int32Array(end - start).fill(-1);
  mentions.forEach((m, k) => {
    for (let i = Math.max(m.tokenStart, start); i < Math.min(m.tokenEnd, end); i++) at[i - start] = k;
  });
  return { doc, start, end, mentions, at };
}

function mentionAt(v: SentenceView, i: number): ActorMention | null {
  if (i < v.start || i >= v.end) return null;
  const k = v.at[i - v.start]!;
  return k < 0 ? null : v.mentions[k]!;
}

const lower = (v: SentenceView, i: number) => v.doc.tokens.lower[i]!;

function lemma(v: SentenceView, i: number): string {
  return v.doc.tokens.lemma[i]!.toLowerCase();
}

/** The second half of a hyphenated word ("-backed"): part of a modifier, not a new predicate. */
function gluedToHyphen(v: SentenceView, k: number): boolean {
  const t = v.doc.tokens;
  return k > v.start && t.lower[k - 1] === '-' && t.end[k - 1] === t.start[k];
}

/** "Kremlin-backed", "Iran-aligned": a mention glued to a hyphen modifies what follows; it is no argument. */
export function isModifier(v: SentenceView, m: ActorMention): boolean {
  const t = v.doc.tokens;
  return m.tokenEnd < v.end && t.lower[m.tokenEnd] === '-' && t.start[m.tokenEnd] === t.end[m.tokenEnd - 1];
}

/** "the Lebanese group Hezbollah": of two mentions in one noun phrase, the later one names the head. */
function headOfPhrase(v: SentenceView, m: ActorMention, end: number): ActorMention {
  let k = m.tokenEnd;
  while (k < end && ['ADJ', 'NOUN'].includes(v.doc.posOf(k)) && !mentionAt(v, k)) k++;
  const next = k > m.tokenEnd ? mentionAt(v, k) : null;
  return next ?? m;
}

/** Extend a mention leftwards over coordination ("X and Y", "X, Y and Z"). */
function coordinatedBefore(v: SentenceView, m: ActorMention): ActorMention[] {
  const out = [m];
  let i = m.tokenStart - 1;
  while (i > v.start && COORD.has(lower(v, i))) {
    const prev = mentionAt(v, i - 1);
    if (!prev) break;
    out.unshift(prev);
    i = prev.tokenStart - 1;
  }
  return out;
}

/** Extend a mention rightwards over coordination ("X, Y and Z"). */
export function coordinatedAfter(v: SentenceView, m: ActorMention, limit: number): ActorMention[] {
  const out = [m];
  let i = m.tokenEnd;
  while (i + 1 < limit && COORD.has(lower(v, i))) {
    let k = i + 1;
    if (lower(v, k) === 'and' || lower(v, k) === 'the') k++;
    const next = mentionAt(v, k);
    if (!next) break;
    out.push(next);
    i = next.tokenEnd;
  }
  return out;
}

/** A verb that takes the next verb as its complement: "vowed to help", "continued supporting". */
function catenative(v: SentenceView, k: number): boolean {
  if (v.doc.posOf(k) !== 'VERB') return false;
  const next = lower(v, k + 1);
  return next === 'to' || (v.doc.posOf(k + 1) === 'VERB' && next.endsWith('ing'));
}

/** Skip leftwards over the verb group: auxiliaries, adverbs, "not", "to" and control verbs. */
function verbGroupStart(v: SentenceView, i: number): number {
  let k = i - 1;
  while (k >= v.start) {
    const pos = v.doc.posOf(k);
    if (pos === 'AUX' || pos === 'ADV' || pos === 'PART' || catenative(v, k)) k--;
    else break;
  }
  return k + 1;
}

/**
 * The subject of a predicate starting at token `i`: the nearest actor mention before its verb group
 * within the clause, skipping a parenthetical between commas and mentions that are objects of a
 * preposition; a relative pronoun hands over to its antecedent.
 */
export function subjectBefore(v: SentenceView, i: number): ActorMention[] {
  const group = verbGroupStart(v, i);
  let k = group - 1;
  if (k > v.start && (lower(v, k) === 'and' || lower(v, k) === 'but')) {
    // "X blamed Y and called on Z", "X told Y, “...”, and vowed": the second predicate shares the first
    // one's subject (a verb inside a quote is the speaker's, not the sentence's).
    const j = previousVerb(v, k);
    if (j >= 0) return subjectBefore(v, j);
  }
  const controller = gerundController(v, i, group);
  if (controller >= 0) return subjectBefore(v, controller);
  if (lower(v, group) === 'to') {
    // "approved the operation to sabotage X", "ordered troops to attack": an infinitive after a noun
    // phrase that is no party takes the subject of the verb governing that noun.
    const j = governingVerb(v, group);
    if (j >= 0) return subjectBefore(v, j);
  }
  if (
    k > v.start &&
    lower(v, k) === ',' &&
    v.doc.posOf(i) === 'VERB' &&
    lower(v, i).endsWith('ing') &&
    !DESCRIBING.has(lemma(v, i))
  ) {
    // "X reacted swiftly, calling for Y": a participle after the clause shares its subject.
    const j = previousVerb(v, k);
    const own = j >= 0 ? subjectBefore(v, j) : [];
    if (own.length) return own;
  }
  let parenthetical: ActorMention[] | null = null;
  if (k >= v.start && lower(v, k) === ',') {
    // ", a Ukrainian adviser," or ", which denied it,": look before the opening comma first.
    let j = k - 1;
    while (j >= v.start && lower(v, j) !== ',' && !HARD_STOPS.has(lower(v, j))) j--;
    if (j >= v.start && lower(v, j) === ',') {
      parenthetical = findSubject(v, k - 1, j + 1);
      k = j - 1;
    }
  }
  const found = findSubject(v, k, v.start);
  return found.length ? found : (parenthetical ?? []);
}

/** Whether token `k` lies inside a direct quote of the document. */
function quoted(v: SentenceView, k: number): boolean {
  const at = v.doc.tokens.start[k]!;
  return v.doc.get('quotes').some((q) => q.direct && q.start <= at && at < q.end);
}

/**
 * The nearest verb before token `from` in the sentence, outside direct quotes, else -1. The tail of a
 * hyphenated modifier ("the Kremlin-backed group") is no verb.
 */
function previousVerb(v: SentenceView, from: number): number {
  for (let j = from - 1; j >= v.start; j--) {
    if (HARD_STOPS.has(lower(v, j))) return -1;
    if (v.doc.posOf(j) === 'VERB' && !quoted(v, j) && !gluedToHyphen(v, j)) return j;
  }
  return -1;
}

/** Participles that describe the previous clause's act rather than add one ("imposed sanctions, targeting Y"). */
const DESCRIBING = new Set(['target', 'aim', 'affect', 'cover', 'include']);

/** Words of a noun phrase between a verb and an infinitive ("the covert operation", "its troops"). */
const NOUN_PHRASE = new Set(['NOUN', 'ADJ', 'DET', 'NUM', 'PRON']);

/** The verb whose object noun an infinitive at `to` completes ("approved the plan | to strike"), else -1. */
function governingVerb(v: SentenceView, to: number): number {
  let j = to - 1;
  if (j < v.start || v.doc.posOf(j) !== 'NOUN' || mentionAt(v, j)) return -1;
  while (j >= v.start && j > to - 6 && NOUN_PHRASE.has(v.doc.posOf(j)) && !mentionAt(v, j)) j--;
  return j >= v.start && v.doc.posOf(j) === 'VERB' ? j : -1;
}

/** Prepositions that join a verb to a gerund it controls ("stopped short of accusing", "refrained from attacking"). */
const GERUND_PREPS = new Set(['of', 'from']);

/**
 * The verb whose subject a gerund at `i` shares when it follows that verb's preposition with no object
 * between them ("X stopped short of accusing Y"), else -1. With an object ("prevented Y from attacking")
 * the object is the gerund's subject, found as usual.
 */
function gerundController(v: SentenceView, i: number, group: number): number {
  if (v.doc.posOf(i) !== 'VERB' || !lower(v, i).endsWith('ing')) return -1;
  let j = group - 1;
  if (j <= v.start || !GERUND_PREPS.has(lower(v, j)) || v.doc.posOf(j) !== 'ADP') return -1;
  j--;
  // "stopped short of", "held back from": a particle or adverb may stand between the verb and its preposition.
  for (
    let skipped = 0;
    skipped < 2 && j > v.start && ['ADV', 'ADJ', 'ADP'].includes(v.doc.posOf(j));
    skipped++
  )
    j--;
  return v.doc.posOf(j) === 'VERB' && !quoted(v, j) ? j : -1;
}

/** Subject pronouns that stand for a speaker's own side in reported speech ("X said it would ..."). */
const SPEAKER_PRONOUNS = new Set(['it', 'they', 'he', 'she']);

/**
 * The subject pronoun right before the verb group of a verb at `i` ("it would tighten", "they will
 * boycott"), else -1.
 */
export function pronounSubject(v: SentenceView, i: number): number {
  const k = verbGroupStart(v, i) - 1;
  return k >= v.start && SPEAKER_PRONOUNS.has(lower(v, k)) ? k : -1;
}

/** Prepositions whose object can stand in for a subject the clause lacks ("forces in X attacked", "troops from X"). */
const LOCATIVE = new Set(['in', 'from']);

function findSubject(v: SentenceView, from: number, floor: number): ActorMention[] {
  let fallback: ActorMention[] = [];
  for (let k = from; k >= floor; k--) {
    const w = lower(v, k);
    if (w === ')') {
      // "X (Party of God) declared", "the X (APEC) forum agreed": a gloss in brackets inside the subject;
      // the party before it, else one named inside it.
      const open = openingBracket(v, k, floor);
      if (open >= 0) {
        const outer = findSubject(v, open - 1, floor);
        if (outer.length) return outer;
        const inner = findSubject(v, k - 1, open + 1);
        return inner.length ? inner : fallback;
      }
    }
    if (HARD_STOPS.has(w)) return fallback;
    const m = mentionAt(v, k);
    if (m && isModifier(v, m)) {
      k = m.tokenStart;
      continue;
    }
    if (m) {
      const before = m.tokenStart - 1;
      // "as Russian forces used ...": a clause opener tagged as a preposition still opens a clause.
      const prep =
        before >= v.start &&
        v.doc.posOf(before) === 'ADP' &&
        lower(v, before) !== 'of' &&
        !(CLAUSE_OPENERS.has(lower(v, before)) && startsClause(v, m.tokenEnd));
      if (!prep) return coordinatedBefore(v, m);
      if (!fallback.length && LOCATIVE.has(lower(v, before))) fallback = [m];
      k = m.tokenStart;
      continue;
    }
    if (CLAUSE_OPENERS.has(w)) {
      if (!RELATIVES.has(w) || k === v.start) return fallback;
      // A relative pronoun: the antecedent right before it (", which" or "who").
      let a = k - 1;
      if (a >= v.start && lower(v, a) === ',') a--;
      const ante = mentionAt(v, a);
      return ante ? coordinatedBefore(v, ante) : [];
    }
    if (v.doc.posOf(k) === 'VERB' && k < from && !modifiesNoun(v, k)) return fallback;
  }
  return fallback;
}

/** "and allied militias", "armed men": an -ed participle the tagger read as a verb, right before its noun. */
function modifiesNoun(v: SentenceView, k: number): boolean {
  return (
    lower(v, k).endsWith('ed') &&
    v.doc.posOf(k + 1) === 'NOUN' &&
    k > v.start &&
    ['DET', 'CCONJ', 'ADP', 'PUNCT'].includes(v.doc.posOf(k - 1))
  );
}

/** The "(" that the ")" at `close` closes, at or after `floor` (brackets do not nest), else -1. */
function openingBracket(v: SentenceView, close: number, floor: number): number {
  for (let j = close - 1; j >= floor; j--) {
    const w = lower(v, j);
    if (w === '(') return j;
    if (w === ')' || w === '.') return -1;
  }
  return -1;
}

/** Whether a verb trigger is passive: a participle after a form of "be"/"get", or followed by "by". */
export function isPassive(v: SentenceView, m: TriggerMatch): boolean {
  if (m.nominal) return false;
  const t = v.doc.tokens;
  const h = m.head;
  if (t.lower[h] === t.lemma[h]!.toLowerCase() || t.lower[h]!.endsWith('ing')) return false;
  for (let k = h - 1; k >= Math.max(v.start, h - 4); k--) {
    const pos = v.doc.posOf(k);
    const w = t.lower[k]!;
    if (['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets'].includes(w)) return true;
    if (pos !== 'ADV' && pos !== 'PART' && pos !== 'AUX') break;
  }
  return m.tokenEnd < v.end && t.lower[m.tokenEnd] === 'by';
}

/** The right edge of a trigger's clause: the next clause opener, hard stop, or new predicate. */
export function clauseEnd(v: SentenceView, from: number): number {
  for (let k = from; k < v.end; k++) {
    const w = lower(v, k);
    if (HARD_STOPS.has(w) || (CLAUSE_OPENERS.has(w) && v.doc.posOf(k) !== 'ADP') || w === '.') return k;
    if (w === 'and' && k + 1 < v.end && v.doc.posOf(k + 1) === 'VERB') return k;
  }
  return v.end;
}

/**
 * Read actor and recipient around a trigger from its frame: subject/object, passive "by" agents,
 * prepositional recipients, possessive or adjectival actors of nouns, "from X" for receiving verbs.
 *
 * @example
 * readArguments(view, match).recipient.map((m) => m.codes[0]); // ['RUS']
 */
export function readArguments(v: SentenceView, m: TriggerMatch): Arguments {
  const passive = isPassive(v, m);
  const end = clauseEnd(v, m.tokenEnd);
  const right = rightArguments(v, m, end, passive);
  let actor: ActorMention[] = [];
  let recipient = right.recipient.length ? right.recipient : possessedInside(v, m);
  if (m.nominal) {
    actor = nounActor(v, m);
    if (!actor.length) actor = right.agent;
  } else if (passive) {
    actor = right.agent;
    const subject = subjectBefore(v, m.tokenStart);
    if (!recipient.length) recipient = subject;
  } else {
    actor = subjectBefore(v, m.tokenStart);
  }
  if (m.trigger.frame === 'receive') {
    const receiver = actor;
    actor = right.source;
    recipient = receiver;
  }
  return { actor, recipient, passive, tail: [m.tokenEnd, end] };
}

/**
 * "told his Ukrainian counterpart", "summoned Kelmar's ambassador": a party named after a possessive, or
 * as the possessor, inside a verb phrase trigger.
 */
function possessedInside(v: SentenceView, m: TriggerMatch): ActorMention[] {
  if (m.nominal) return [];
  for (let k = m.head + 1; k < m.tokenEnd; k++) {
    const men = mentionAt(v, k);
    if (!men) continue;
    const owner = men.tokenEnd < m.tokenEnd && POSSESSIVE_MARKS.has(lower(v, men.tokenEnd));
    if (owner || (k >= m.head + 2 && POSSESSED_BY.has(lower(v, k - 1)))) return [men];
  }
  return [];
}

const POSSESSIVE_MARKS = new Set(["'s", '’s']);

function rightArguments(v: SentenceView, m: TriggerMatch, end: number, passive: boolean) {
  let prep: string | null = null;
  let recipient: ActorMention[] = [];
  let agent: ActorMention[] = [];
  let source: ActorMention[] = [];
  const preps = m.trigger.preps;
  // "arrested hundreds of X civilians", "killed at least 20 X soldiers": the object is the people counted.
  // A transfer's object is goods ("hundreds of X drones"), whose maker is no recipient.
  const counts = m.trigger.frame !== 'transfer' && m.trigger.frame !== 'receive';
  for (let k = m.tokenEnd; k < end; k++) {
    const pos = v.doc.posOf(k);
    if (counts && prep === null && inQuantity(v, k)) continue;
    if ((pos === 'ADP' || lower(v, k) === 'to') && !(prep !== null && TRANSPARENT.has(lower(v, k))))
      prep = lower(v, k);
    else if (lower(v, k) === ',') break;
    else if ((lower(v, k) === 'and' || lower(v, k) === 'but') && startsClause(v, k + 1)) break;
    else if ((pos === 'VERB' || pos === 'AUX') && k > m.tokenEnd && !gluedToHyphen(v, k)) break;
    // A gerund opens the complement ("denied arming X"): its objects are not this trigger's.
    else if (m.trigger.frame === 'deny' && lower(v, k).endsWith('ing') && prep === null) break;
    let men = mentionAt(v, k);
    // "withdrew its envoy": a possessive pronoun owns the object; it is not the recipient.
    if (!men || isModifier(v, men) || POSSESSIVES.has(lower(v, men.tokenStart))) continue;
    men = headOfPhrase(v, men, end);
    const group = coordinatedAfter(v, men, end);
    const direct = prep === null && !passive;
    if (prep === 'by' && (passive || m.nominal)) {
      if (!agent.length) agent = group;
    } else if (m.trigger.frame === 'receive' && (prep === 'from' || prep === null)) {
      // "bought drones from X", "acquire Iranian missiles": the supplier.
      if (!source.length) source = group;
    } else if (!recipient.length && (direct || (prep !== null && preps.includes(prep)))) {
      recipient = group;
    }
    k = group[group.length - 1]!.tokenEnd - 1;
  }
  return { recipient, agent, source };
}

/** Nouns that count what follows "of" ("hundreds of", "a group of"). */
const COUNTING_NOUNS = new Set([
  'hundreds',
  'thousands',
  'millions',
  'dozens',
  'scores',
  'tens',
  'number',
  'group',
  'handful',
]);

/** Whether the preposition at `k` belongs to a count ("hundreds of", "more than", "up to", "at least"). */
function inQuantity(v: SentenceView, k: number): boolean {
  const w = lower(v, k);
  const prev = k > v.start ? lower(v, k - 1) : '';
  if (w === 'of') return COUNTING_NOUNS.has(prev) || v.doc.posOf(k - 1) === 'NUM';
  if (w === 'than') return prev === 'more' || prev === 'less' || prev === 'fewer';
  if (w === 'up') return lower(v, k + 1) === 'to' && v.doc.posOf(k + 2) === 'NUM';
  if (w === 'to') return prev === 'up' && v.doc.posOf(k + 1) === 'NUM';
  if (w === 'at') return k + 1 < v.end && (lower(v, k + 1) === 'least' || lower(v, k + 1) === 'most');
  return false;
}

/** A noun trigger's actor: a possessor or adjective in its noun phrase, else the subject of a light verb. */
function nounActor(v: SentenceView, m: TriggerMatch): ActorMention[] {
  let k = m.tokenStart - 1;
  while (k >= v.start) {
    const men = mentionAt(v, k);
    if (men) return coordinatedBefore(v, men);
    const pos = v.doc.posOf(k);
    if (
      pos === 'ADJ' ||
      pos === 'DET' ||
      pos === 'NUM' ||
      pos === 'NOUN' ||
      lower(v, k) === "'s" ||
      lower(v, k) === '’s' ||
      lower(v, k) === '-'
    )
      k--;
    else break;
  }
  if (k >= v.start && v.doc.posOf(k) === 'VERB' && LIGHT_VERBS.has(lemma(v, k))) return subjectBefore(v, k);
  return [];
}

/** Whether a noun trigger is background: inside a prepositional phrase. */
export function isBackgroundNoun(v: SentenceView, m: TriggerMatch): boolean {
  if (!m.nominal) return false;
  let k = m.tokenStart - 1;
  while (k >= v.start) {
    const pos = v.doc.posOf(k);
    if (
      pos === 'ADJ' ||
      pos === 'DET' ||
      pos === 'NUM' ||
      pos === 'NOUN' ||
      pos === 'PROPN' ||
      lower(v, k) === "'s" ||
      lower(v, k) === '’s'
    )
      k--;
    else break;
  }
  // Only a noun inside a prepositional phrase ("amid the war", "in the attack") is background.
  return k >= v.start && v.doc.posOf(k) === 'ADP';
}

/** Whether a new predicate starts at `i`: a verb, or a subject followed by its verb before any comma. */
export function startsClause(v: SentenceView, i: number): boolean {
  for (let k = i; k < v.end && k < i + 8; k++) {
    const pos = v.doc.posOf(k);
    // "sent soldiers and civilian staff to X to investigate": an infinitive is no predicate of its own.
    if (pos === 'VERB' && k > i && lower(v, k - 1) === 'to') continue;
    if (pos === 'VERB' || pos === 'AUX') return true;
    if (pos === 'PUNCT' || (pos === 'ADP' && k === i)) return false;
  }
  return false;
}
