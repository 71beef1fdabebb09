import type { Entity, Speaker } from '../../core/types.js';
import { resolveReference } from '../entities/index.js';
import { isWord } from './lexicon.js';
import type { IndexedMention } from './mentions.js';
import type { SpeakerKind } from './memory.js';
import type { SpeakerPhrase } from './phrase.js';
import { introducedAs, recentSubject } from './subjects.js';
import type { ResolveContext } from './context.js';
import { describe, headToken, headWords, readName } from './words.js';

export type { ResolveContext } from './context.js';

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

/**
 * Turn a speaker phrase into a Speaker: a pronoun goes to the last suitable speaker, a phrase
 * with an entity mention takes the entity's name, role and country, a definite description
 * ("the official") goes to the speaker introduced with that head noun, and otherwise the
 * capitalised name or the description is read from the words themselves.
 *
 * @example
 * resolvePhrase(ctx, phrase, 2)?.speaker.name; // 'Mara Quill'
 */
export function resolvePhrase(
  ctx: ResolveContext,
  phrase: SpeakerPhrase,
  paragraph: number,
): ResolvedSpeaker | null {
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
  if (
    name &&
    (!best ||
      (best.entity.type !== 'person' && (best.mention.start > name.start || best.mention.end < name.end)))
  ) {
    const outside = best && (best.mention.end <= name.start || best.mention.start >= name.end);
    const country = outside ? (best.entity.code ?? best.entity.country) : null;
    return {
      speaker: { name: name.name, description: name.description, role: null, country, entityId: null },
      kind: 'person',
      heads,
      how: 'name',
    };
  }
  if (best && best.entity.type === 'person') {
    const e = best.entity;
    const named = e.description === null;
    // The entity may hold only part of the name the phrase spells out ("Chuck" of "Chuck Jordan").
    const longer =
      named &&
      name &&
      name.start <= best.mention.start &&
      best.mention.end <= name.end &&
      name.name.length > e.name.length;
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
      speaker: {
        name: null,
        description: whole ? e.name : description,
        role: null,
        country,
        entityId: whole ? e.id : null,
      },
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
function anaphor(
  ctx: ResolveContext,
  head: string,
  person: boolean,
  phrase: SpeakerPhrase,
  paragraph: number,
): ResolvedSpeaker | null {
  const t = ctx.doc.tokens;
  const offset = t.start[phrase.first]!;
  const same = ctx.memory.byHead(head);
  if (same && paragraph - same.paragraph <= 8 && (person || same.kind === 'group')) {
    return { ...same, speaker: { ...same.speaker }, how: 'anaphor' };
  }
  // The entities stage's reading of descriptions ("the country's top diplomat") comes next.
  const referent = ctx.mentions.size ? resolveReference(ctx.doc, offset, t.end[phrase.last]!) : null;
  if (referent && referent.type !== 'location') {
    return {
      speaker: speakerOf(referent),
      kind: referent.type === 'person' ? 'person' : 'group',
      heads: [head],
      how: 'anaphor',
    };
  }
  if (person) {
    const unnamed = ctx.memory.lastUnnamed(paragraph);
    return unnamed ? { ...unnamed, speaker: { ...unnamed.speaker }, how: 'anaphor' } : null;
  }
  const remembered = ctx.memory.last('group', paragraph);
  const pick =
    introducedAs(ctx, head, offset, paragraph) ??
    recentSubject(ctx, 'group', offset, remembered?.offset ?? -1, paragraph) ??
    remembered;
  return pick
    ? { speaker: { ...pick.speaker }, kind: 'group', heads: [...pick.heads, head], how: 'anaphor' }
    : null;
}

/** The speaker an entity makes: a person by name (or description), else an organisation or state by code. */
function speakerOf(e: Entity): Speaker {
  if (e.type === 'person') {
    return {
      name: e.description === null ? e.name : null,
      description: e.role ?? e.description,
      role: e.role,
      country: e.country,
      entityId: e.id,
    };
  }
  return { name: null, description: e.name, role: null, country: e.code ?? e.country, entityId: e.id };
}

function resolvePronoun(
  ctx: ResolveContext,
  word: string,
  paragraph: number,
  offset: number,
): ResolvedSpeaker | null {
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

/**
 * The mention that best names the speaker: in the main phrase first, the appositive when it
 * names a person the main phrase does not ("the Kremlin's spokesman, Ann Voss").
 */
function bestMention(ctx: ResolveContext, p: SpeakerPhrase): IndexedMention | null {
  const t = ctx.doc.tokens;
  const main = pickMention(ctx.mentions.overlapping(t.start[p.first]!, t.end[p.last]!), p.side);
  if ((main && rank(main.entity) === 4) || !p.appositive) return main;
  const appos = pickMention(
    ctx.mentions.overlapping(t.start[p.appositive.first]!, t.end[p.appositive.last]!),
    p.side,
  );
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
