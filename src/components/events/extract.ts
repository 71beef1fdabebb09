import type { Doc, Sentence } from '../../core/doc.js';
import type { Entity, Holder } from '../../core/types.js';
import { objectClassOf } from '../../ledger/object-classes.js';
import type { ActorMention } from './actors.js';
import { clauseEnd, isBackgroundNoun, isModifier, readArguments, sentenceView, type SentenceView } from './clause.js';
import { SPEECH_ACTS, uniqueCodes, type Draft } from './draft.js';
import { ARTICLE_VOICE, holderOf } from './holder.js';
import type { EventLexicon } from './lexicon.js';
import { modalityOf } from '../modality/index.js';
import { modeFromWords, objectPhrase } from './object.js';
import { reframe, type Reading } from './reframe.js';
import { findTriggers, type TriggerMatch } from './triggers.js';

/** A stretch of a sentence whose events are held by someone other than the reporter (after "accused", "denied"). */
interface Scope {
  kind: 'accuse' | 'deny';
  from: number;
  to: number;
  /** Whom the accused events default to (the accused, or the denier). */
  defaultActor: string[];
  holder: Holder;
  hedged: boolean;
  produced: boolean;
  /** The denier (deny scopes), for an article-level look-up when no act is spelled out. */
  denier: { codes: string[]; holder: Holder } | null;
}

const SCOPE_STOPS = new Set([';', ':', '—']);
/** Categories that answer an accusation rather than belong to its content: never read as accused or denied acts. */
const SELF_STANDING = new Set(['ACCUSE', 'REJECT']);
/** PLOVER categories that need a recipient (the manual's "Requires recipient: Yes"). */
const REQUIRES_RECIPIENT = new Set(['AID', 'COOPERATE', 'SANCTION']);
/** Verbs that report speech when a clause follows ("warned that ...") rather than act. */
const REPORTING_WHEN_FOLLOWED = new Set(['that', 'of']);

/**
 * "warned that Russia could renew its attacks" reports a danger from a third party; "warned that police
 * will act" threatens. A warning is a threat unless its clause names another party as the one acting.
 */
function reportsRatherThanActs(v: SentenceView, m: TriggerMatch, actor: string[]): boolean {
  if (m.nominal || m.trigger.category !== 'THREATEN') return false;
  for (let k = m.tokenEnd; k < Math.min(v.end, m.tokenEnd + 4); k++) {
    if (!REPORTING_WHEN_FOLLOWED.has(v.doc.tokens.lower[k]!)) continue;
    const doer = v.mentions.find((x) => x.tokenStart > k && x.tokenStart < k + 4);
    return doer !== undefined && !doer.codes.some((c) => actor.includes(c));
  }
  return false;
}

/** Whether a new predicate starts at `i`: a verb, or a subject followed by its verb before any comma. */
function startsClause(v: SentenceView, i: number): boolean {
  for (let k = i; k < v.end && k < i + 8; k++) {
    const pos = v.doc.posOf(k);
    if (pos === 'VERB' || pos === 'AUX') return true;
    if (pos === 'PUNCT' || pos === 'ADP' && k === i) return false;
  }
  return false;
}

function scopeEnd(v: SentenceView, from: number): number {
  for (let k = from; k < v.end; k++) {
    const w = v.doc.tokens.lower[k]!;
    if (SCOPE_STOPS.has(w)) return k;
    // "X blamed Y and called on Z": the scope ends where a second predicate starts.
    if ((w === 'and' || w === 'but') && startsClause(v, k + 1)) return k;
    if (w === ',' && k + 1 < v.end && ['saying', 'adding', 'calling', 'while', 'but'].includes(v.doc.tokens.lower[k + 1]!)) return k;
  }
  return v.end;
}

/** The holder that stands for a mention: a person or body by name, a state by its code alone. */
function holderOfMentions(ms: ActorMention[], entities: Map<string, Entity>): Holder {
  const m = ms[0];
  if (!m) return { name: null, country: null, entityId: null };
  const e = m.entityId ? entities.get(m.entityId) : undefined;
  const named = e && e.type !== 'country' ? e.name : null;
  return { name: named, country: m.codes[0] ?? null, entityId: e?.id ?? null };
}

/** Everything one sentence needs from the article: lexicons, mentions, entities by id. */
export interface ArticleContext {
  doc: Doc;
  lex: EventLexicon;
  mentions: ActorMention[];
  entities: Map<string, Entity>;
}

/**
 * Read the events of one sentence: find triggers, read their arguments, apply accusation and
 * denial scopes (the accused act is held by the accuser; a denied act by the denier, as denied).
 *
 * @example
 * readSentence(ctx, doc.sentences[0]!, mentionsOfSentence).map((d) => d.category); // ['ACCUSE', 'AID']
 */
export function readSentence(ctx: ArticleContext, sentence: Sentence, mentions: ActorMention[]): Draft[] {
  const { doc, lex } = ctx;
  const matches = findTriggers(doc, sentence, lex.byFirst);
  if (!matches.length) return [];
  const v = sentenceView(doc, sentence.tokenStart, sentence.tokenEnd, mentions);
  const scopes: Scope[] = [];
  const drafts: Draft[] = [];
  const carried = lightVerbNouns(v, matches);
  const carriers = new Set(carried.values());
  const byMatch = new Map<TriggerMatch, Draft>();
  for (const [k, m] of matches.entries()) {
    // A light verb without its noun, one carrying a noun event, or a word inside a name ("Rapid Support
    // Forces") is no trigger.
    if (carriers.has(m) || m.trigger.frame === 'light' || v.at[m.head - v.start]! >= 0) continue;
    const owner = objectOf(v, matches, k);
    if (owner) {
      // "delayed a planned trip to China": the noun is the verb's content; its recipient is the verb's.
      const d = byMatch.get(owner);
      if (d && !d.recipient.length) d.recipient = uniqueCodes(readArguments(v, m).recipient).filter((c) => !d.actor.includes(c));
      continue;
    }
    const modified = modifiedNoun(v, matches, k);
    if (modified) {
      // "cyber attacks targeting X": the participle describes the noun's event and names its target.
      const d = byMatch.get(modified);
      if (d && !d.recipient.length) d.recipient = uniqueCodes(readArguments(v, m).recipient).filter((c) => !d.actor.includes(c));
      continue;
    }
    const scope = innermost(scopes, m.tokenStart);
    const light = carried.get(m);
    if (!scope && !light && isBackgroundNoun(v, m)) continue;
    const args = readArguments(v, m);
    if (light) {
      const carrier = readArguments(v, light);
      if (carrier.actor.length) args.actor = carrier.actor;
      if (!args.recipient.length) args.recipient = carrier.recipient;
    }
    const frame = m.trigger.frame;
    // Speech acts inside an accusation or denial happened ("denied the allegation"): they are not its content.
    const nested = scope && !SELF_STANDING.has(m.trigger.category) && frame !== 'accuse' && frame !== 'deny' ? scope : undefined;
    const actor = uniqueCodes(args.actor);
    if (nested && !actor.length) actor.push(...nested.defaultActor);
    let recipient = uniqueCodes(args.recipient.length ? args.recipient : fallbackRecipient(v, m, frame)).filter((c) => !actor.includes(c));
    if (frame === 'accuse' || frame === 'deny') {
      const opened = openScope(ctx, v, m, args, scope);
      scopes.push(opened);
      if (frame === 'accuse' && m.nominal && !recipient.length) recipient = opened.defaultActor;
    }
    if (!keeps(v, m, actor, recipient, nested !== undefined)) continue;
    const draft = makeDraft(ctx, sentence, m, [actor, recipient], args.tail, nested !== undefined);
    if (nested) {
      nested.produced = true;
      draft.holder = nested.holder;
      // The accuser asserts the accused act; the denier denies it, whatever frames the sentence around them.
      draft.polarity = nested.kind === 'deny' ? 'denied' : 'asserted';
      if (nested.hedged && draft.certainty === 'certain') draft.certainty = 'hedged';
    } else if (SPEECH_ACTS.has(draft.category) && performedNotClaimed(ctx, draft)) {
      draft.holder = ARTICLE_VOICE;
    }
    if (frame === 'deny') draft.needsAccuser = !recipient.length;
    draft.needsRecipient = REQUIRES_RECIPIENT.has(draft.category) && !recipient.length && !nested && actor.length < 2;
    byMatch.set(m, draft);
    drafts.push(...eachOther(v, m, draft));
    if (nested) drafts.push(...outerDenials(scopes, nested, m, draft));
  }
  for (const s of scopes) {
    if (s.kind === 'deny' && !s.produced && s.denier) {
      const anchor = drafts.find((d) => d.category === 'REJECT' && d.sentence === sentence.index);
      if (anchor) anchor.deniesEarlier = s.denier;
    }
  }
  return drafts;
}

/** Whether a read event is worth a row: it has parties, and its category's needs are met. */
function keeps(v: SentenceView, m: TriggerMatch, actor: string[], recipient: string[], nested: boolean): boolean {
  const frame = m.trigger.frame;
  if (!actor.length && (frame === 'deny' || !recipient.length)) return false;
  // An allegation or claim named as a noun, against no one, adds nothing ("the claims were absurd").
  if (m.nominal && m.trigger.category === 'ACCUSE' && !recipient.length) return false;
  if (frame === 'receive' && !actor.length) return false;
  return !reportsRatherThanActs(v, m, actor);
}

/**
 * A speech act the article reports as having happened is held by the article (dev conventions), unless a
 * speaker reports someone else's speech act ("It was Russia who threatened us", said by Ukraine).
 */
function performedNotClaimed(ctx: ArticleContext, d: Draft): boolean {
  if (!d.holder.country && !d.holder.name) return false;
  const quote = d.quoteIndex !== null ? ctx.doc.get('quotes')[d.quoteIndex] : undefined;
  if (!quote?.direct) return true;
  return d.holder.country !== null && d.actor.includes(d.holder.country);
}

/** Categories whose victim or target may sit in a place phrase later in the sentence ("abuses, including torture, in X"). */
const PLACE_RECIPIENT = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'AID', 'MOBILIZE']);

const PLACE_PREPS = new Set(['in', 'on', 'against']);

/** Categories whose recipient is the subject of a "that" complement. */
const COMPLEMENT_RECIPIENT = new Set(['REQUEST']);

/** For attacks, coercion, sanctions, aid and mobilisation with no recipient: the first state named after "in"/"on"/"against" later in the clause. */
function fallbackRecipient(v: SentenceView, m: TriggerMatch, frame: string): ActorMention[] {
  const t = v.doc.tokens;
  const end = clauseEnd(v, m.tokenEnd);
  if (frame === 'accuse' && !m.nominal) {
    // "accused a gang from X of ...": the accused is named before "of"/"for", whatever the preposition.
    for (let k = m.tokenEnd; k < end && t.lower[k] !== 'of' && t.lower[k] !== 'for'; k++) {
      const men = v.mentions[v.at[k - v.start]!];
      if (men && !isModifier(v, men)) return [men];
    }
    return [];
  }
  if (COMPLEMENT_RECIPIENT.has(m.trigger.category) && t.lower[m.tokenEnd] === 'that') {
    // "demanded that X withdraw": the one asked is the subject of the demand.
    const men = v.mentions.find((x) => x.tokenStart > m.tokenEnd && x.tokenStart < m.tokenEnd + 5);
    return men ? [men] : [];
  }
  if (!PLACE_RECIPIENT.has(m.trigger.category)) return [];
  const placed = (men: ActorMention) => men.tokenStart - 1 >= v.start && PLACE_PREPS.has(t.lower[men.tokenStart - 1]!) && men.type !== 'person';
  const after = v.mentions.find((men) => men.tokenStart >= m.tokenEnd && men.tokenStart < end && placed(men));
  if (after) return [after];
  // "civilians were killed in X": a place named anywhere in the sentence stands for the victims' state.
  const place = v.mentions.find((men) => men.type === 'location' && placed(men));
  return place ? [place] : [];
}

const NP_INSIDE = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART']);

/** The trigger verb whose direct object the noun trigger `matches[k]` heads, if any. */
function objectOf(v: SentenceView, matches: TriggerMatch[], k: number): TriggerMatch | undefined {
  const m = matches[k]!;
  const prev = matches[k - 1];
  const standing = (t: TriggerMatch) => ['light', 'accuse', 'deny'].includes(t.trigger.frame);
  if (!m.nominal || !prev || prev.nominal || standing(prev) || standing(m)) return undefined;
  for (let i = prev.tokenEnd; i < m.tokenStart; i++) if (!NP_INSIDE.has(v.doc.posOf(i))) return undefined;
  return prev;
}

/** The noun trigger a participle right after it describes ("attacks targeting", "strikes launched by"). */
function modifiedNoun(v: SentenceView, matches: TriggerMatch[], k: number): TriggerMatch | undefined {
  const m = matches[k]!;
  const prev = matches[k - 1];
  const w = v.doc.tokens.lower[m.head]!;
  if (m.nominal || !prev?.nominal || m.tokenStart !== prev.tokenEnd) return undefined;
  return w.endsWith('ing') || w.endsWith('ed') ? prev : undefined;
}

/** Noun triggers carried by a light verb before them in the same clause ("was behind the attacks"). */
function lightVerbNouns(v: SentenceView, matches: TriggerMatch[]): Map<TriggerMatch, TriggerMatch> {
  const out = new Map<TriggerMatch, TriggerMatch>();
  matches.forEach((m, k) => {
    if (m.trigger.frame !== 'light') return;
    const end = Math.min(v.end, m.tokenEnd + 8);
    const noun = matches.slice(k + 1).find((n) => n.nominal && n.tokenStart < end);
    if (noun) out.set(noun, m);
  });
  return out;
}

/** "X and Y blamed each other": one row per direction. */
function eachOther(v: SentenceView, m: TriggerMatch, d: Draft): Draft[] {
  const t = v.doc.tokens;
  let k = m.tokenEnd;
  while (k < v.end && v.doc.posOf(k) === 'ADP') k++;
  const reciprocal = k + 1 < v.end && ((t.lower[k] === 'each' && t.lower[k + 1] === 'other') || (t.lower[k] === 'one' && t.lower[k + 1] === 'another'));
  if (!reciprocal || d.actor.length < 2) return [d];
  return d.actor.map((a) => ({ ...d, actor: [a], recipient: d.actor.filter((b) => b !== a) }));
}

/** An accused act inside a denial ("denied the claim that X did Z") is also denied by the denier. */
function outerDenials(scopes: Scope[], inner: Scope, m: TriggerMatch, d: Draft): Draft[] {
  const out: Draft[] = [];
  for (const s of scopes) {
    if (s === inner || s.kind !== 'deny' || s.from > m.tokenStart || m.tokenStart >= s.to) continue;
    s.produced = true;
    out.push({ ...d, polarity: 'denied', holder: s.holder, certainty: 'certain' });
  }
  return out;
}

function innermost(scopes: Scope[], token: number): Scope | undefined {
  for (let k = scopes.length - 1; k >= 0; k--) {
    const s = scopes[k]!;
    if (s.from <= token && token < s.to) return s;
  }
  return undefined;
}

function openScope(ctx: ArticleContext, v: SentenceView, m: TriggerMatch, args: ReturnType<typeof readArguments>, outer: Scope | undefined): Scope {
  const to = scopeEnd(v, m.tokenEnd);
  if (m.trigger.frame === 'deny') {
    const denier = args.actor.length ? args.actor : [];
    const holder = holderOfMentions(denier, ctx.entities);
    const codes = uniqueCodes(denier);
    return { kind: 'deny', from: m.tokenEnd, to, defaultActor: codes, holder, hedged: false, produced: false, denier: codes.length ? { codes, holder } : null };
  }
  // An accusation: the accuser holds the accused act; a noun ("the allegation that X ...") names the accused after it.
  let accused = uniqueCodes(args.recipient);
  if (m.nominal && !accused.length) {
    const own = new Set(uniqueCodes(args.actor));
    const after = v.mentions.find((x) => x.tokenStart >= m.tokenEnd && x.tokenStart < to && !x.codes.some((c) => own.has(c)));
    accused = after ? after.codes : [];
  }
  const accuser = args.actor.length ? holderOfMentions(args.actor, ctx.entities) : outer?.kind === 'accuse' ? outer.holder : { name: null, country: null, entityId: null };
  return { kind: 'accuse', from: m.tokenEnd, to, defaultActor: accused, holder: accuser, hedged: !args.actor.length, produced: false, denier: null };
}

function makeDraft(ctx: ArticleContext, sentence: Sentence, m: TriggerMatch, parties: [string[], string[]], tail: [number, number], nested: boolean): Draft {
  const { doc, lex } = ctx;
  const t = doc.tokens;
  const start = t.start[m.tokenStart]!;
  const end = t.end[m.tokenEnd - 1]!;
  const modality = modalityOf({ doc, sentence, trigger: { tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, head: m.head } });
  const { holder, quoteIndex } = holderOf(doc, start, end);
  const category = m.trigger.category;
  let mode = m.trigger.frame === 'deny' ? null : m.trigger.mode;
  if (m.trigger.frame !== 'deny' && (mode === null || category === 'AID')) {
    mode = modeFromWords(doc, m.tokenStart, Math.min(tail[1], m.tokenEnd + 12), category, lex) ?? mode;
  }
  const { object, quantity } = objectPhrase(doc, tail[0], tail[1], lex);
  const [actor, recipient] = parties;
  const plain: Reading = { category, mode, polarity: modality.polarity, certainty: modality.certainty, time: modality.time, holder, actor, recipient };
  const speechFrame = m.trigger.frame === 'accuse' || m.trigger.frame === 'deny';
  const r = speechFrame ? plain : reframe(doc, m, [sentence.tokenStart, sentence.tokenEnd], plain, nested);
  const date = doc.get('dates').find((d) => d.start >= sentence.start && d.end <= sentence.end)?.date ?? null;
  return {
    category: r.category,
    mode: r.mode,
    actor: r.actor,
    recipient: r.recipient,
    object,
    objectClass: objectClassOf(object),
    quantity,
    polarity: r.polarity,
    certainty: r.certainty,
    time: r.time,
    date,
    holder,
    evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
    trigger: doc.span(start, end),
    quoteIndex,
    confidence: confidenceOf(m, r.actor, r.recipient),
    sentence: sentence.index,
    needsAccuser: false,
    needsRecipient: false,
    deniesEarlier: null,
  };
}

function confidenceOf(m: TriggerMatch, actor: string[], recipient: string[]): number {
  let c = 0.5;
  if (actor.length && recipient.length) c += 0.25;
  if (!m.nominal) c += 0.1;
  if (m.trigger.words.length > 1) c += 0.1;
  return Math.min(0.95, c);
}
