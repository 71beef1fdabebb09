import type { Doc } from '../../core/doc.js';
import type { Entity, Quote } from '../../core/types.js';
import { resolveReference } from '../entities/index.js';

/** A stretch of text that names a political actor, with the codes it stands for. */
export interface ActorMention {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  codes: string[];
  entityId: string | null;
  type: Entity['type'] | null;
}

const FIRST_PLURAL = new Set(['we', 'our', 'us', 'ours']);
const IT_FORMS = new Set(['it', 'its']);

/** The code an entity acts under: its own code (states, IGOs, groups), else the state it acts for. */
export function codeOfEntity(e: Entity): string | null {
  return e.code ?? e.country ?? null;
}

function quoteAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  return quotes.find((q) => q.start <= offset && offset < q.end);
}

/**
 * Every actor mention of the article in text order: entity mentions with a code, "we/our/us" inside a
 * quote (the speaker's country) and "it/its" (the nearest preceding state or group). Mentions nested
 * in a longer one are dropped so each stretch of text counts once.
 *
 * @example
 * actorMentions(doc).map((m) => m.codes); // [['PRK'], ['RUS']]
 */
export function actorMentions(doc: Doc, demonyms: ReadonlyMap<string, string> = new Map()): ActorMention[] {
  const found: ActorMention[] = proGroups(doc, demonyms);
  for (const e of doc.get('entities')) {
    const code = codeOfEntity(e);
    if (!code) continue;
    for (const m of e.mentions) {
      const ts = doc.tokenAtOrAfter(m.start);
      let te = ts;
      while (te < doc.tokens.count && doc.tokens.start[te]! < m.end) te++;
      if (te === ts) continue;
      found.push({
        start: m.start,
        end: m.end,
        tokenStart: ts,
        tokenEnd: te,
        codes: [code],
        entityId: e.id,
        type: e.type,
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ActorMention[] = [];
  for (const m of found) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return addPronouns(doc, withDescriptions(doc, kept));
}

/** Heads of a description that points back at a body or state ("the group", "the country"). */
const DESCRIPTION_HEADS = new Set([
  'group',
  'movement',
  'militia',
  'organization',
  'organisation',
  'country',
  'kingdom',
  'ministry',
]);
/** Words a description may hold between "the" and its head ("the Iran-aligned group"). */
const DESCRIPTION_WORDS = new Set(['ADJ', 'PROPN', 'NOUN', 'PUNCT']);

/**
 * "Hezbollah denied it. The Iran-aligned group has fired ...": a definite description of a body or
 * state stands for the one the entities stage resolves it to (`resolveReference`), as an actor mention.
 */
function withDescriptions(doc: Doc, named: ActorMention[]): ActorMention[] {
  const t = doc.tokens;
  const out = [...named];
  let n = 0;
  for (let i = 0; i + 1 < t.count; i++) {
    if (t.lower[i] !== 'the') continue;
    let head = -1;
    for (let k = i + 1; k < Math.min(t.count, i + 5); k++) {
      if (DESCRIPTION_HEADS.has(t.lower[k]!) && doc.posOf(k) === 'NOUN') {
        head = k;
        break;
      }
      // "Iran-aligned": the second half of a hyphenated modifier may be tagged a verb.
      const hyphenated = t.lower[k - 1] === '-';
      if (
        !hyphenated &&
        (!DESCRIPTION_WORDS.has(doc.posOf(k)) || (doc.posOf(k) === 'PUNCT' && t.lower[k] !== '-'))
      )
        break;
    }
    if (head < 0) continue;
    while (n < named.length && named[n]!.tokenEnd <= i) n++;
    // A name inside blocks the description ("the Hezbollah group" is named), a hyphenated modifier does not.
    let blocked = false;
    for (let k = n; k < named.length && named[k]!.tokenStart <= head; k++) {
      if (t.lower[named[k]!.tokenEnd] !== '-') blocked = true;
    }
    if (blocked) continue;
    const e = resolveReference(doc, t.start[i]!, t.end[head]!);
    const code = e && e.type !== 'person' && e.type !== 'location' ? codeOfEntity(e) : null;
    if (!code) continue;
    out.push({
      start: t.start[i]!,
      end: t.end[head]!,
      tokenStart: i,
      tokenEnd: head + 1,
      codes: [code],
      entityId: e!.id,
      type: e!.type,
    });
  }
  return out.length === named.length ? named : out.sort((a, b) => a.start - b.start);
}

/**
 * "a pro-Vostrian group": a group named by its side, coded as that state (the dev conventions code a
 * pro-X group as X). The mention covers "pro-Vostrian" and is a group, never a subject pronoun's antecedent.
 */
function proGroups(doc: Doc, demonyms: ReadonlyMap<string, string>): ActorMention[] {
  const t = doc.tokens;
  const out: ActorMention[] = [];
  for (let i = 0; i + 2 < t.count; i++) {
    let k = i;
    if (t.lower[k] === 'pro' && t.lower[k + 1] === '-') k += 2;
    else if (!t.lower[k]!.startsWith('pro-')) continue;
    const word = k === i ? t.lower[k]!.slice(4) : t.lower[k]!;
    const code = demonyms.get(word);
    if (!code || k + 1 >= t.count || doc.posOf(k + 1) !== 'NOUN') continue;
    out.push({
      start: t.start[i]!,
      end: t.end[k]!,
      tokenStart: i,
      tokenEnd: k + 1,
      codes: [code],
      entityId: null,
      type: 'organization',
    });
  }
  return out;
}

function addPronouns(doc: Doc, named: ActorMention[]): ActorMention[] {
  const quotes = doc.get('quotes');
  const out: ActorMention[] = [];
  let n = 0;
  // "it/its" stands for the nearest state or group that is a subject (followed by its verb: "Russia could
  // renew its attacks"), else the sentence's first one outside a prepositional phrase, else the last such.
  let lastState: ActorMention | null = null;
  let sentenceSubject: ActorMention | null = null;
  let clauseSubject: ActorMention | null = null;
  let earlierSubject: ActorMention | null = null;
  let sentence = -1;
  const t = doc.tokens;
  const newSentence = (s: number) => {
    sentence = s;
    sentenceSubject = null;
    clauseSubject = null;
    earlierSubject = null;
  };
  for (let i = 0; i < t.count; i++) {
    while (n < named.length && named[n]!.tokenStart <= i) {
      const m = named[n++]!;
      out.push(m);
      if (t.sentence[m.tokenStart] !== sentence) newSentence(t.sentence[m.tokenStart]!);
      const afterPrep = m.tokenStart > 0 && doc.posOf(m.tokenStart - 1) === 'ADP';
      if ((m.type === 'country' || m.type === 'organization') && !afterPrep) {
        sentenceSubject ??= m;
        lastState = sentenceSubject;
        if (isSubject(doc, m)) {
          earlierSubject = clauseSubject;
          clauseSubject = m;
        }
      }
    }
    if (t.sentence[i] !== sentence) newSentence(t.sentence[i]!);
    const lower = t.lower[i]!;
    const covered = out.length > 0 && out[out.length - 1]!.tokenEnd > i;
    if (covered) continue;
    let codes: string[] | null = null;
    // An object "it" ("Vostria had armed it") is not its own clause's subject: it points further back.
    const objectPosition = lower === 'it' && i > 0 && ['VERB', 'ADP', 'ADJ'].includes(doc.posOf(i - 1));
    const antecedent: ActorMention | null =
      (objectPosition ? earlierSubject : clauseSubject) ?? sentenceSubject ?? lastState;
    if (FIRST_PLURAL.has(lower)) {
      const country = quoteAt(quotes, t.start[i]!)?.speaker?.country;
      if (country) codes = [country];
    } else if (IT_FORMS.has(lower) && antecedent && t.lower[i + 1] !== 'own') {
      // "its own territory" points back at the clause's actor, whoever it is; it names no new party.
      codes = antecedent.codes;
    }
    if (codes)
      out.push({
        start: t.start[i]!,
        end: t.end[i]!,
        tokenStart: i,
        tokenEnd: i + 1,
        codes,
        entityId: null,
        type: null,
      });
  }
  return out;
}

/** A mention followed by its verb (an adverb may intervene) is a clause subject. */
function isSubject(doc: Doc, m: ActorMention): boolean {
  let k = m.tokenEnd;
  if (k < doc.tokens.count && doc.posOf(k) === 'ADV') k++;
  return k < doc.tokens.count && (doc.posOf(k) === 'VERB' || doc.posOf(k) === 'AUX');
}

/** The mentions whose tokens lie in `[tokenStart, tokenEnd)` (binary search over the sorted list). */
export function mentionsBetween(
  mentions: readonly ActorMention[],
  tokenStart: number,
  tokenEnd: number,
): ActorMention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.tokenStart < tokenStart) lo = mid + 1;
    else hi = mid;
  }
  const out: ActorMention[] = [];
  for (let k = lo; k < mentions.length && mentions[k]!.tokenEnd <= tokenEnd; k++) out.push(mentions[k]!);
  return out;
}
