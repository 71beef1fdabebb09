import type { Doc } from '../../core/doc.js';
import type { Entity, Speaker } from '../../core/types.js';
import { resolveReference } from '../entities/index.js';
import { isWord, type QuoteLexicon } from './lexicon.js';
import type { IndexedMention, MentionIndex } from './mentions.js';
import type { SpeakerKind, SpeakerMemory } from './memory.js';
import type { SpeakerPhrase } from './phrase.js';
import { introducedAs, recentSubject } from './subjects.js';

/** What resolving a speaker phrase needs: the Doc, lexicons, entity mentions and the speakers so far. */
export interface ResolveContext {
  doc: Doc;
  lex: QuoteLexicon;
  mentions: MentionIndex;
  memory: SpeakerMemory;
  /** Quote span index per token (-1 outside quotes): names inside quotes are not speakers. */
  mask: Int32Array;
}

/** A resolved speaker with what the memory needs to find it again. */
export interface ResolvedSpeaker {
  speaker: Speaker;
  kind: SpeakerKind;
  heads: string[];
  how: 'entity' | 'name' | 'description' | 'pronoun' | 'anaphor';
}

const TYPE_RANK: Record<Entity['type'], number> = { person: 3, organization: 2, country: 1, location: 0 };
/** A named person outranks an unnamed one ("Ann Voss, an adviser"): rank 4. */
const rank = (e: Entity): number => (e.type === 'person' && e.description === null ? 4 : TYPE_RANK[e.type]);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Forms of address that say nothing about a speaker's role. */
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'miss', '.']);

/**
 * Turn a speaker phrase into a Speaker: a pronoun goes to the last suitable speaker, a phrase
 * with an entity mention takes the entity's name, role and country, a definite description
 * ("the official") goes to the speaker introduced with that head noun, and otherwise the
 * capitalised name or the description is read from the words themselves.
 *
 * @example
 * resolvePhrase(ctx, phrase, 2)?.speaker.name; // 'Mara Quill'
 */
export function resolvePhrase(ctx: ResolveContext, phrase: SpeakerPhrase, paragraph: number): ResolvedSpeaker | null {
  const { doc, lex } = ctx;
  const t = doc.tokens;
  const offset = t.start[phrase.first]!;
  if (phrase.first === phrase.last && doc.posOf(phrase.first) === 'PRON') {
    return resolvePronoun(ctx, t.lower[phrase.first]!, paragraph, offset);
  }
  const head = headToken(doc, phrase);
  const headWord = t.lemma[head]!.toLowerCase();
  if (isWord(lex, t.lower[head]!, 'time')) return null;
  const heads = headWords(doc, phrase, lex);
  const description = describe(doc, phrase);
  const best = bestMention(ctx, phrase);
  const name = readName(doc, lex, phrase);
  // A name the entities did not cover ("Chief Ann Jordan" read as the state Jordan) wins.
  if (name && (!best || (best.entity.type !== 'person' && (best.mention.start > name.start || best.mention.end < name.end)))) {
    const outside = best && (best.mention.end <= name.start || best.mention.start >= name.end);
    const country = outside ? (best.entity.code ?? best.entity.country) : null;
    return { speaker: { name: name.name, description: name.description, role: null, country, entityId: null }, kind: 'person', heads, how: 'name' };
  }
  if (best && best.entity.type === 'person') {
    const e = best.entity;
    const named = e.description === null;
    // The entity may hold only part of the name the phrase spells out ("Chuck" of "Chuck Jordan").
    const longer = named && name && name.start <= best.mention.start && best.mention.end <= name.end && name.name.length > e.name.length;
    return {
      speaker: {
        name: longer ? name.name : named ? e.name : null,
        description: e.role ?? e.description ?? (named ? (name?.description ?? null) : description),
        role: e.role,
        country: e.country,
        entityId: e.id,
      },
      kind: 'person',
      heads: named ? heads.filter((h) => h !== headWord || doc.posOf(head) !== 'PROPN') : heads,
      how: 'entity',
    };
  }
  const country = best ? (best.entity.code ?? best.entity.country) : null;
  const definite = ['the', 'its', 'their'].includes(t.lower[phrase.first]!);
  const personHead = isWord(lex, headWord, 'person');
  if (definite && heads.length && !country) {
    const earlier = anaphor(ctx, headWord, personHead, phrase, paragraph);
    if (earlier) return earlier;
  }
  if (best && (best.entity.type === 'organization' || !personHead)) {
    const e = best.entity;
    const whole = best.mention.end - best.mention.start >= description.length - 4;
    return {
      speaker: { name: null, description: whole ? e.name : description, role: null, country, entityId: whole ? e.id : null },
      kind: personHead ? 'person' : 'group',
      heads,
      how: 'entity',
    };
  }
  return {
    speaker: { name: null, description, role: null, country, entityId: null },
    kind: personHead || !isWord(lex, headWord, 'organization') ? 'person' : 'group',
    heads,
    how: 'description',
  };
}

/**
 * The earlier speaker a definite description points back to: one introduced with the same head
 * noun ("a senior official" ... "the official"); else, for a person, the last unnamed person
 * speaking ("the vice director" ... "the official"); for an organisation, the last organisation
 * or state named as a subject ("Hezbollah denied it. The group said ...").
 */
function anaphor(ctx: ResolveContext, head: string, person: boolean, phrase: SpeakerPhrase, paragraph: number): ResolvedSpeaker | null {
  const t = ctx.doc.tokens;
  const offset = t.start[phrase.first]!;
  const same = ctx.memory.byHead(head);
  if (same && paragraph - same.paragraph <= 8 && (person || same.kind === 'group')) {
    return { ...same, speaker: { ...same.speaker }, how: 'anaphor' };
  }
  // The entities stage's reading of descriptions ("the country's top diplomat") comes next.
  const referent = ctx.mentions.size ? resolveReference(ctx.doc, offset, t.end[phrase.last]!) : null;
  if (referent && referent.type !== 'location') {
    return { speaker: speakerOf(referent), kind: referent.type === 'person' ? 'person' : 'group', heads: [head], how: 'anaphor' };
  }
  if (person) {
    const unnamed = ctx.memory.lastUnnamed(paragraph);
    return unnamed ? { ...unnamed, speaker: { ...unnamed.speaker }, how: 'anaphor' } : null;
  }
  const remembered = ctx.memory.last('group', paragraph);
  const pick =
    introducedAs(ctx, head, offset, paragraph) ?? recentSubject(ctx, 'group', offset, remembered?.offset ?? -1, paragraph) ?? remembered;
  return pick ? { speaker: { ...pick.speaker }, kind: 'group', heads: [...pick.heads, head], how: 'anaphor' } : null;
}

/** The speaker an entity makes: a person by name (or description), else an organisation or state by code. */
function speakerOf(e: Entity): Speaker {
  if (e.type === 'person') {
    return { name: e.description === null ? e.name : null, description: e.role ?? e.description, role: e.role, country: e.country, entityId: e.id };
  }
  return { name: null, description: e.name, role: null, country: e.code ?? e.country, entityId: e.id };
}

function resolvePronoun(ctx: ResolveContext, word: string, paragraph: number, offset: number): ResolvedSpeaker | null {
  const { lex, memory } = ctx;
  let kind: SpeakerKind;
  if (isWord(lex, word, 'pronoun-person')) kind = 'person';
  else if (isWord(lex, word, 'pronoun-thing') || isWord(lex, word, 'pronoun-group')) kind = 'group';
  else return null;
  const remembered = memory.last(kind, paragraph);
  const subject = recentSubject(ctx, kind, offset, remembered?.offset ?? -1, paragraph);
  const pick = subject ?? remembered;
  if (!pick) return null;
  return { speaker: { ...pick.speaker }, kind, heads: pick.heads, how: 'pronoun' };
}

/** The word the phrase is about: a name at its end, else the last noun before "of"/"at"/"for". */
function headToken(doc: Doc, p: SpeakerPhrase): number {
  const t = doc.tokens;
  const last = p.last;
  const lastIsName = doc.posOf(last) === 'PROPN' && !precededByArticle(doc, last, p.first);
  if (lastIsName) return last;
  for (let i = p.first; i <= last; i++) {
    if (doc.posOf(i) === 'ADP' && i > p.first) return i - 1;
  }
  let h = last;
  while (h > p.first && t.lower[h] === '.') h--;
  return h;
}

function precededByArticle(doc: Doc, i: number, first: number): boolean {
  let k = i;
  while (k > first && doc.posOf(k - 1) === 'PROPN') k--;
  return k > first && (doc.posOf(k - 1) === 'DET' || doc.posOf(k - 1) === 'ADP');
}

/**
 * A personal name in the phrase and the words describing its bearer: "coordinator Ann Voss"
 * (title before the name), "Ann Voss, a coordinator" and "the coordinator, Ann Voss" (appositives).
 */
function readName(doc: Doc, lex: QuoteLexicon, p: SpeakerPhrase): { name: string; description: string | null; start: number; end: number } | null {
  const t = doc.tokens;
  const text = (a: number, b: number): string | null => {
    let a1 = a <= b && ARTICLES.has(t.lower[a]!) ? a + 1 : a;
    while (a1 <= b && HONORIFICS.has(t.lower[a1]!)) a1++;
    return a1 <= b ? doc.slice(t.start[a1]!, t.end[b]!).replace(/’/g, "'") : null;
  };
  const inMain = nameIn(doc, lex, p.first, p.last);
  if (inMain !== null) {
    const before = text(p.first, inMain - 1);
    const appos = p.appositive ? text(p.appositive.first, p.appositive.last) : null;
    return { name: doc.slice(t.start[inMain]!, t.end[p.last]!), description: appos ?? before, start: t.start[inMain]!, end: t.end[p.last]! };
  }
  // "Ann Voss of the Tax Center": a name before "of"/"at"/"from" and what follows it.
  for (let i = p.first + 1; i < p.last; i++) {
    if (doc.posOf(i) !== 'ADP') continue;
    const n = nameIn(doc, lex, p.first, i - 1);
    if (n !== null && n === p.first + (HONORIFICS.has(t.lower[p.first]!) ? 1 : 0)) {
      return { name: doc.slice(t.start[n]!, t.end[i - 1]!), description: text(i, p.last), start: t.start[n]!, end: t.end[i - 1]! };
    }
    break;
  }
  if (p.appositive) {
    const inAppos = nameIn(doc, lex, p.appositive.first, p.appositive.last);
    if (inAppos !== null) {
      const [start, end] = [t.start[inAppos]!, t.end[p.appositive.last]!];
      return { name: doc.slice(start, end), description: text(p.first, p.last), start, end };
    }
  }
  return null;
}

/** First token of a personal name ending the range `[first, last]`, or null. */
function nameIn(doc: Doc, lex: QuoteLexicon, first: number, last: number): number | null {
  let h = last;
  while (h > first && doc.tokens.lower[h] === '.') h--;
  if (doc.posOf(h) !== 'PROPN' || isWord(lex, doc.tokens.lower[h]!, 'organization') || precededByArticle(doc, h, first)) return null;
  const n = nameRun(doc, lex, h, first);
  return n === null || h !== last ? null : n;
}

/** First token of the personal name that ends at `head`, after the titles; null when none is left. */
function nameRun(doc: Doc, lex: QuoteLexicon, head: number, first: number): number | null {
  const t = doc.tokens;
  let a = head;
  while (a - 1 >= first && (doc.posOf(a - 1) === 'PROPN' || t.lower[a - 1] === '.' || t.lower[a - 1] === '-')) a--;
  let name = a;
  // The last word stays even when it could be a title: "Mr. King" is named King.
  for (let i = a; i < head; i++) if (isWord(lex, t.lower[i]!, 'title')) name = i + 1;
  while (name <= head && t.lower[name] === '.') name++;
  return name <= head ? name : null;
}

/** Lemmas of person/organisation head words in the phrase and its appositive ("official", "ministry"). */
function headWords(doc: Doc, p: SpeakerPhrase, lex: QuoteLexicon): string[] {
  const out: string[] = [];
  const add = (a: number, b: number) => {
    for (let i = a; i <= b; i++) {
      const w = doc.tokens.lemma[i]!.toLowerCase();
      if ((isWord(lex, w, 'person') || isWord(lex, w, 'organization')) && !out.includes(w)) out.push(w);
    }
  };
  add(p.first, p.last);
  if (p.appositive) add(p.appositive.first, p.appositive.last);
  return out;
}

/** The description: the appositive when there is one, else the phrase without its article. */
function describe(doc: Doc, p: SpeakerPhrase): string {
  const t = doc.tokens;
  const [a0, b] = p.appositive ? [p.appositive.first, p.appositive.last] : [p.first, p.last];
  const a = ARTICLES.has(t.lower[a0]!) && a0 < b ? a0 + 1 : a0;
  return doc.slice(t.start[a]!, t.end[b]!).replace(/’/g, "'");
}

/**
 * The mention that best names the speaker: in the main phrase first, the appositive when it
 * names a person the main phrase does not ("the Kremlin's spokesman, Ann Voss").
 */
function bestMention(ctx: ResolveContext, p: SpeakerPhrase): IndexedMention | null {
  const t = ctx.doc.tokens;
  const main = pickMention(ctx.mentions.overlapping(t.start[p.first]!, t.end[p.last]!), p.side);
  if ((main && rank(main.entity) === 4) || !p.appositive) return main;
  const appos = pickMention(ctx.mentions.overlapping(t.start[p.appositive.first]!, t.end[p.appositive.last]!), p.side);
  return appos && (rank(appos.entity) === 4 || !main) ? appos : main;
}

/** The mention that best names the speaker: people first, then organisations, then states; nearest the cue. */
function pickMention(found: readonly IndexedMention[], side: SpeakerPhrase['side']): IndexedMention | null {
  let best: IndexedMention | null = null;
  for (const m of side === 'before' ? found : [...found].reverse()) {
    if (rank(m.entity) === 0) continue;
    if (!best || rank(m.entity) >= rank(best.entity)) best = m;
  }
  return best;
}
