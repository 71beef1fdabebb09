import type { Doc, Sentence } from '../../core/doc.js';
import { objectClassOf } from '../../ledger/index.js';
import { modalityOf } from '../modality/index.js';
import type { ActorMention } from './actors.js';
import { anaphoricFalsity, appositiveDenials } from './appositive.js';
import { mirrorsIn } from './reciprocal.js';
import {
  isBackgroundNoun,
  pronounSubject,
  readArguments,
  sentenceView,
  subjectBefore,
  type SentenceView,
} from './clause.js';
import { REPORTED_SPEECH_ACTS, SPEECH_ACTS, uniqueCodes, type ArticleContext, type Draft } from './draft.js';
import {
  accordingToSources,
  ARTICLE_VOICE,
  characterisedAs,
  characterisedBy,
  isCharacterising,
  holderOf,
  holderOfMention,
  postposedSpeaker,
  thatClauseSpeakers,
} from './holder.js';
import type { EventLexicon } from './lexicon.js';
import { modeFromWords, objectPhrase } from './object.js';
import { fallbackRecipient, notAimedByWill, protestPlace } from './recipients.js';
import { reframe, type Reading } from './reframe.js';
import { eachOther, lightVerbNouns, modifiedNoun, objectOf } from './relations.js';
import { holderOfMentions, innermost, openScope, outerDenials, scopeEnd, type Scope } from './scopes.js';
import { namesOwnedThingAfter, namesOwnedThingBefore } from './targets.js';
import { findTriggers, lemmaOf, type TriggerMatch } from './triggers.js';

const overlaps = (a: string[], b: string[]) => a.some((c) => b.includes(c));

/** Categories that answer an accusation rather than belong to its content: never read as accused or denied acts. */
const SELF_STANDING = new Set(['ACCUSE', 'REJECT']);
/** Categories whose target may be a thing (targets.ts). */
const TARGETED_THINGS = new Set(['ASSAULT', 'COERCE']);
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
  // Stretches after a request verb ("called on Y to investigate ..."): the act asked for has not happened.
  const requested: [number, number][] = [];
  for (const [k, m] of matches.entries()) {
    if (isRequestedAct(doc, m, requested)) continue;
    // A light verb without its noun, one carrying a noun event, or a word inside a name ("Rapid Support
    // Forces") is no trigger.
    if (carriers.has(m) || v.at[m.head - v.start]! >= 0 || ctx.named[m.head]) continue;
    if (m.trigger.frame === 'light') {
      // "X was not involved", "Y was behind it": the act is the article's incident, read at the article level.
      const blamed = m.nominal ? innermost(scopes, m.tokenStart) : undefined;
      if (blamed?.kind === 'accuse' && blamed.defaultActor.length) {
        // "blamed the incident on X": X's act, held by the accuser.
        const d = makeDraft(ctx, sentence, m, [[...blamed.defaultActor], []], [m.tokenEnd, m.tokenEnd], true);
        d.incident = true;
        d.holder = blamed.holder;
        blamed.produced = true;
        drafts.push(d);
        continue;
      }
      const bare = bareIncident(ctx, sentence, v, m);
      if (bare) drafts.push(bare, ...sourceRows(ctx, v, m, bare));
      continue;
    }
    let owner = objectOf(v, matches, k);
    let organiser: TriggerMatch | undefined;
    if (owner && organises(owner, m)) {
      // "coordinated the sabotage of X": the verb organises the act, like a light verb; it is no cooperation.
      const d = byMatch.get(owner);
      if (d) drafts.splice(drafts.indexOf(d), 1);
      byMatch.delete(owner);
      organiser = owner;
      owner = undefined;
    }
    if (owner) {
      // "delayed a planned trip to China": the noun is the verb's content; its recipient is the verb's.
      const d = byMatch.get(owner);
      if (d && !d.recipient.length)
        d.recipient = uniqueCodes(readArguments(v, m).recipient).filter((c) => !d.actor.includes(c));
      continue;
    }
    const modified = modifiedNoun(v, matches, k);
    if (modified) {
      // "cyber attacks targeting X": the participle describes the noun's event and names its target.
      const d = byMatch.get(modified);
      if (d && !d.recipient.length)
        d.recipient = uniqueCodes(readArguments(v, m).recipient).filter((c) => !d.actor.includes(c));
      continue;
    }
    if (m.trigger.frame === 'judge') {
      drafts.push(...judgement(ctx, sentence, v, m));
      continue;
    }
    const scope = innermost(scopes, m.tokenStart);
    const light = carried.get(m) ?? organiser;
    if (!scope && !light && m.nominal && characterisedAs(doc, v.start, m.tokenStart)) {
      // "The blast was described as sabotage by X": the article's incident, as X sees it.
      const d = makeDraft(ctx, sentence, m, [[], []], [m.tokenEnd, m.tokenEnd], false);
      d.incident = true;
      drafts.push(d, ...sourceRows(ctx, v, m, d));
      continue;
    }
    if (!scope && !light && isBackgroundNoun(v, m)) continue;
    const args = readArguments(v, m);
    args.recipient = notAimedByWill(doc, args.recipient, lex.willNouns);
    // Parties read by the trigger's own frame ("fought with X"), not by a light verb or the place fallback.
    const framed = args.recipient.length > 0;
    if (light) {
      const carrier = readArguments(v, light);
      if (carrier.actor.length) args.actor = carrier.actor;
      if (!args.recipient.length) args.recipient = notAimedByWill(doc, carrier.recipient, lex.willNouns);
    }
    if (!args.actor.length && !m.nominal && !args.passive && !light) {
      // "X said it would tighten the blockade": a pronoun subject of reported speech is the speaker's side.
      const own = speakerOfPronoun(ctx, v, m);
      if (own) args.actor = [own];
    }
    const frame = m.trigger.frame;
    // Speech acts inside an accusation or denial happened ("denied the allegation"): they are not its content.
    const nested =
      scope && !SELF_STANDING.has(m.trigger.category) && frame !== 'accuse' && frame !== 'deny'
        ? scope
        : undefined;
    const actor = uniqueCodes(args.actor);
    if (nested && !actor.length) actor.push(...nested.defaultActor);
    if (!actor.length && m.trigger.category === 'PROTEST') actor.push(...uniqueCodes(protestPlace(v)));
    // An attack on an owned thing ("strikes on the pipelines in ...") is aimed at its owner (targets.ts), not at a place named later.
    const beAt = passiveBe(v, m);
    const ownedTarget =
      TARGETED_THINGS.has(m.trigger.category) &&
      (namesOwnedThingAfter(doc, m.tokenEnd) || (beAt >= 0 && namesOwnedThingBefore(doc, beAt)));
    const fallback = () => (ownedTarget ? [] : fallbackRecipient(v, m, frame));
    let recipient = uniqueCodes(args.recipient.length ? args.recipient : fallback()).filter(
      (c) => !actor.includes(c),
    );
    if (frame === 'mutual' && m.trigger.category === 'ASSAULT' && recipient.length && framed) {
      // Two-sided violence has no victim side in PLOVER: every party is an actor. A place it happens in
      // ("fought in X", "took part in battles in X") is no side: it stays the recipient, like the place of a killing.
      actor.push(...recipient.filter((c) => !actor.includes(c)));
      recipient = [];
    }
    let opened: Scope | undefined;
    if (frame === 'accuse' || frame === 'deny') {
      opened = openScope(ctx, v, m, args, scope);
      scopes.push(opened);
      if (frame === 'accuse' && m.nominal && !recipient.length) recipient = opened.defaultActor;
    } else if (m.trigger.category === 'REJECT' && !m.nominal && rejectsClaim(ctx, v, m)) {
      // "rejected (as false) Y's claim that ...": the claim's content is denied by the one rejecting it.
      scopes.push(openScope(ctx, v, { ...m, trigger: { ...m.trigger, frame: 'deny' } }, args, scope));
    }
    if (m.nominal && m.trigger.category === 'ACCUSE' && actor.length && !recipient.length) {
      // "X rejected the allegation, made after Y's accusation ...": Y accused the one rejecting it.
      const rejecter = drafts.find(
        (d) => d.category === 'REJECT' && d.actor.length && !overlaps(d.actor, actor),
      );
      if (rejecter) recipient = [...rejecter.actor];
    }
    // "The pipelines were blown up": no party yet, but the thing's owner may be named elsewhere (targets.ts).
    // Only an act named as such ("the strikes on ...") or in the passive ("were blown up"): an active verb
    // with no subject read ("those who attacked ...", "used to sabotage ...") is left out.
    const ownerLater =
      m.trigger.category === 'ASSAULT' &&
      ownedTarget &&
      !actor.length &&
      !recipient.length &&
      frame !== 'deny' &&
      (m.nominal || beAt >= 0);
    if (m.trigger.category === 'REQUEST' && !m.nominal) requested.push([m.tokenEnd, scopeEnd(v, m.tokenEnd)]);
    if (!(ownerLater || keeps(v, m, actor, recipient)) || abstractObject(doc, m, args.tail, lex)) continue;
    if (nested?.negated) {
      // "X stopped short of accusing Y of Z": the act is nobody's claim.
      nested.produced = true;
      continue;
    }
    const draft = makeDraft(ctx, sentence, m, [actor, recipient], args.tail, nested !== undefined);
    if (opened?.kind === 'accuse' && draft.polarity === 'denied') opened.negated = true;
    if (nested) {
      nested.produced = true;
      draft.holder = nested.holder;
      // The accuser asserts the accused act; the denier denies it, whatever frames the sentence around them.
      draft.polarity = nested.kind === 'deny' ? 'denied' : 'asserted';
      if (nested.hedged && draft.certainty === 'certain') draft.certainty = 'hedged';
    } else if (REPORTED_SPEECH_ACTS.has(draft.category) && performedNotClaimed(ctx, draft)) {
      draft.holder = ARTICLE_VOICE;
    }
    // An accusation without an accuser other than the accused ("X is alleged to have ...") is held by its sources.
    const unowned =
      !nested ||
      (nested.kind === 'accuse' && (!nested.holder.country || draft.actor.includes(nested.holder.country)));
    if (!SPEECH_ACTS.has(draft.category) && unowned) drafts.push(...sourceRows(ctx, v, m, draft));
    if (frame === 'deny') draft.needsAccuser = !recipient.length;
    draft.needsRecipient =
      ownerLater ||
      (REQUIRES_RECIPIENT.has(draft.category) && !recipient.length && !nested && actor.length < 2);
    draft.needsActor = m.nominal && draft.category === 'ACCUSE' && !actor.length;
    byMatch.set(m, draft);
    drafts.push(...eachOther(v, m, draft));
    if (nested) drafts.push(...outerDenials(scopes, nested, m, draft));
  }
  for (const s of scopes) {
    const accusation = byMatch.get(s.trigger);
    if (s.kind === 'accuse' && !s.produced && accusation?.mode === 'allege' && !s.trigger.nominal) {
      // "accused X of a hostile attempt": no act is alleged, the accusation disapproves.
      accusation.mode = 'disapprove';
    }
    if (s.kind === 'deny' && !s.produced && s.denier) {
      const anchor = drafts.find((d) => d.category === 'REJECT' && d.sentence === sentence.index);
      if (anchor) anchor.deniesEarlier = s.denier;
    }
  }
  drafts.push(...appositiveDenials(ctx, v, drafts));
  ctx.mirrors.push(...mirrorsIn(v, sentence.index));
  return drafts;
}

/**
 * "Y said X is lying": in a speaker's words, a verb that judges its subject is the speaker's act against
 * the subject (ACCUSE), and rejects the subject's claim (REJECT); both reported by the article.
 */
function judgement(ctx: ArticleContext, sentence: Sentence, v: SentenceView, m: TriggerMatch): Draft[] {
  const t = ctx.doc.tokens;
  const { holder } = holderOf(ctx.doc, t.start[m.tokenStart]!, t.end[m.tokenEnd - 1]!);
  if (!holder.country) return [];
  const actor = [holder.country];
  const recipient = uniqueCodes(readArguments(v, m).actor).filter((c) => !actor.includes(c));
  if (!recipient.length) return [];
  const accuse = makeDraft(ctx, sentence, m, [actor, recipient], [m.tokenEnd, m.tokenEnd], false);
  accuse.holder = ARTICLE_VOICE;
  const out = [accuse];
  // "Y said X is lying": Y rejects X's claim, and so denies the act X claims of Y.
  if (accuse.category === 'ACCUSE')
    out.push({ ...accuse, category: 'REJECT', mode: null, deniesEarlier: { codes: actor, holder } });
  return out;
}

/**
 * Whether a verb trigger is the act a request asks for ("urged Y to withdraw", "demanded that Y free ..."):
 * PLOVER codes the REQUEST, and its content is no event of its own. A participle after a noun ("the
 * property seized by X") reports a past act the request refers to; it stays.
 */
function isRequestedAct(doc: Doc, m: TriggerMatch, requested: [number, number][]): boolean {
  if (m.nominal || m.trigger.category === 'REQUEST') return false;
  if (!requested.some(([from, to]) => from <= m.tokenStart && m.tokenStart < to)) return false;
  const participle = /(ed|en)$/.test(doc.tokens.lower[m.tokenStart]!);
  return !(participle && ['NOUN', 'PROPN'].includes(doc.posOf(m.tokenStart - 1)));
}

/** The form of "be" right before a verb trigger (an adverb may intervene: "were (deliberately) blown up"), else -1. */
function passiveBe(v: SentenceView, m: TriggerMatch): number {
  if (m.nominal) return -1;
  let k = m.tokenStart - 1;
  if (k > v.start && v.doc.posOf(k) === 'ADV') k--;
  return k >= v.start && ['be', 'been', 'being'].includes(lemmaOf(v.doc, k)) ? k : -1;
}

/** Violence and coercion that a cooperation verb can organise ("coordinated the attacks"). */
const ORGANISED = new Set(['ASSAULT', 'COERCE']);

/** Whether a cooperation verb's object is a violent act it organises rather than a joint venture. */
function organises(verb: TriggerMatch, noun: TriggerMatch): boolean {
  return verb.trigger.category === 'COOPERATE' && ORGANISED.has(noun.trigger.category);
}

/**
 * A light verb that names no act ("X was not involved", "Y was behind it") speaks of the article's
 * incident: a draft with the verb's subject as actor, marked for `fillIncidents` to complete.
 */
function bareIncident(
  ctx: ArticleContext,
  sentence: Sentence,
  v: SentenceView,
  m: TriggerMatch,
): Draft | null {
  if (m.nominal) return null;
  const actor = uniqueCodes(readArguments(v, m).actor);
  if (!actor.length) return null;
  const d = makeDraft(ctx, sentence, m, [actor, []], [m.tokenEnd, m.tokenEnd], false);
  d.incident = true;
  return d;
}

/**
 * Holders the sentence names outside the quotes stage's attributions: "X did it, according to Outlet A
 * and Outlet B" or "the blast was described as sabotage by A and B" (the draft takes the first source;
 * one more row per other source, returned), else a
 * post-posed "X did it, Y said" for a draft in the article's voice.
 */
function sourceRows(ctx: ArticleContext, v: SentenceView, m: TriggerMatch, draft: Draft): Draft[] {
  const { doc, lex } = ctx;
  const named = accordingToSources(doc, v.mentions, v.start, v.end);
  const sources = (named.length ? named : characterisedBy(doc, v.mentions, v.start, v.end)).filter(
    (s) => !s.codes.some((c) => draft.actor.includes(c)),
  );
  if (sources.length) {
    const [first, ...others] = sources.map((s) => holderOfMention(s, ctx.entities));
    draft.holder = first!;
    return others.map((holder) => ({ ...draft, holder }));
  }
  if (!draft.holder.country && !draft.holder.name) {
    const speaker = postposedSpeaker(doc, v.mentions, m.tokenEnd, v.end, lex.postposedCues);
    if (speaker) {
      draft.holder = holderOfMention(speaker, ctx.entities);
      return [];
    }
    // "A and B have concluded that ...": one row per speaker.
    const speakers = thatClauseSpeakers(doc, v.mentions, v.start, m.tokenStart, lex.postposedCues).filter(
      (s) => !s.codes.some((c) => draft.actor.includes(c)),
    );
    if (speakers.length) {
      const [first, ...others] = speakers.map((s) => holderOfMention(s, ctx.entities));
      draft.holder = first!;
      return others.map((holder) => ({ ...draft, holder }));
    }
  }
  return [];
}

/**
 * "provided evidence", "sent a message": an object that makes the trigger no event (mode "-" in
 * event-object-modes). A participle after its noun ("a letter handed over to X") has that noun as its object.
 */
function abstractObject(doc: Doc, m: TriggerMatch, tail: [number, number], lex: EventLexicon): boolean {
  const cat = m.trigger.category;
  if (modeFromWords(doc, m.tokenStart, Math.min(tail[1], m.tokenEnd + 12), cat, lex) === '-') return true;
  const k = m.tokenStart;
  const participle =
    !m.nominal && k > 0 && doc.posOf(k - 1) === 'NOUN' && /(ed|en)$/.test(doc.tokens.lower[k]!);
  return participle && modeFromWords(doc, k - 1, k, cat, lex) === '-';
}

/** How far into a reported clause (in characters) its subject pronoun may start: "that they" is 5. */
const PRONOUN_OPENS_WITHIN = 8;

/**
 * The speaker a pronoun subject stands for: "X said it would ...", where the pronoun opens the reported
 * clause that holds the trigger and the speaker has a state; as an actor mention, else null.
 */
function speakerOfPronoun(ctx: ArticleContext, v: SentenceView, m: TriggerMatch): ActorMention | null {
  const k = pronounSubject(v, m.tokenStart);
  if (k < 0) return null;
  const t = ctx.doc.tokens;
  const attribution = ctx.doc
    .get('attributions')
    .find(
      (a) =>
        a.quoteIndex === null && a.content.start <= t.start[k]! && t.end[m.tokenEnd - 1]! <= a.content.end,
    );
  const country = attribution?.speaker?.country;
  // The pronoun opens the reported clause ("said it would", "said that they"), a few characters in at most.
  if (!attribution || !country || t.start[k]! - attribution.content.start > PRONOUN_OPENS_WITHIN) return null;
  return {
    start: t.start[k]!,
    end: t.end[k]!,
    tokenStart: k,
    tokenEnd: k + 1,
    codes: [country],
    entityId: attribution.speaker?.entityId ?? null,
    type: null,
  };
}

/** Whether a rejection verb's object is a claim ("rejected Y's claim", "dismissed as false the reports"). */
function rejectsClaim(ctx: ArticleContext, v: SentenceView, m: TriggerMatch): boolean {
  for (let k = m.tokenEnd; k < Math.min(v.end, m.tokenEnd + 8); k++) {
    if (ctx.lex.claimNouns.has(lemmaOf(ctx.doc, k))) return true;
    if (ctx.doc.tokens.lower[k] === 'that' || ctx.doc.tokens.lower[k] === '.') return false;
  }
  return false;
}

/** Whether a read event is worth a row: it has parties, and its category's needs are met. */
function keeps(v: SentenceView, m: TriggerMatch, actor: string[], recipient: string[]): boolean {
  const frame = m.trigger.frame;
  if (!actor.length && (frame === 'deny' || !recipient.length)) return false;
  // An allegation or claim named as a noun, against no one, adds nothing ("the claims were absurd"); an
  // investigation with its investigator is an act even before it names a suspect ("X opened an inquiry").
  if (m.nominal && m.trigger.category === 'ACCUSE' && !recipient.length && m.trigger.mode !== 'investigate')
    return false;
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

/** A draft for match `m` with its parties: modality, holder, mode, object and PLOVER's framing rules read. */
export function makeDraft(
  ctx: ArticleContext,
  sentence: Sentence,
  m: TriggerMatch,
  parties: [string[], string[]],
  tail: [number, number],
  nested: boolean,
): Draft {
  const { doc, lex } = ctx;
  const t = doc.tokens;
  const start = t.start[m.tokenStart]!;
  const end = t.end[m.tokenEnd - 1]!;
  const modality = modalityOf({
    doc,
    sentence,
    trigger: { tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, head: m.head },
  });
  const { holder, quoteIndex } = holderOf(doc, start, end);
  const category = m.trigger.category;
  let mode = m.trigger.frame === 'deny' ? null : m.trigger.mode;
  if (m.trigger.frame !== 'deny' && (mode === null || category === 'AID')) {
    mode = modeFromWords(doc, m.tokenStart, Math.min(tail[1], m.tokenEnd + 12), category, lex) ?? mode;
  }
  const { object, quantity } = objectPhrase(doc, tail[0], tail[1], lex);
  const [actor, recipient] = parties;
  const plain: Reading = {
    category,
    mode,
    polarity: modality.polarity,
    certainty: modality.certainty,
    time: modality.time,
    holder,
    actor,
    recipient,
  };
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
    needsActor: false,
    deniesEarlier: null,
    incident: false,
  };
}

function confidenceOf(m: TriggerMatch, actor: string[], recipient: string[]): number {
  let c = 0.5;
  if (actor.length && recipient.length) c += 0.25;
  if (!m.nominal) c += 0.1;
  if (m.trigger.words.length > 1) c += 0.1;
  return Math.min(0.95, c);
}

/**
 * "X said (that) these accusations are unfounded": X rejects the article's earlier claim about X. A REJECT
 * by the speaker, in the article's voice, that `earlierDenials` turns into the denied claim; null when
 * the sentence has no such falsity or no speaker with a state.
 *
 * @example
 * falsityDenial(ctx, doc.sentences[1]!, mentions)?.category; // 'REJECT'
 */
export function falsityDenial(
  ctx: ArticleContext,
  sentence: Sentence,
  mentions: ActorMention[],
): Draft | null {
  const { doc } = ctx;
  if (!hasToken(ctx, sentence, (k) => ctx.lex.claimNouns.has(lemmaOf(doc, k)))) return null;
  const v = sentenceView(doc, sentence.tokenStart, sentence.tokenEnd, mentions);
  const k = anaphoricFalsity(ctx, v);
  if (k < 0) return null;
  const t = doc.tokens;
  const { holder } = holderOf(doc, t.start[k]!, t.end[k]!);
  if (!holder.country) return null;
  const m = wordMatch(k, { category: 'REJECT', mode: null, frame: 'deny' }, true);
  const d = makeDraft(ctx, sentence, m, [[holder.country], []], [k + 1, k + 1], false);
  d.polarity = 'asserted';
  d.certainty = 'certain';
  d.holder = ARTICLE_VOICE;
  d.needsAccuser = true;
  d.deniesEarlier = { codes: [holder.country], holder };
  return d;
}

/**
 * A one-word match made by a sentence-level reader rather than found in plover-triggers.tsv: the word at
 * `k` read as the act of `row`, so `makeDraft` can read its modality, time and holder like any trigger.
 */
export function wordMatch(
  k: number,
  row: Pick<TriggerMatch['trigger'], 'category' | 'mode' | 'frame'>,
  nominal: boolean,
): TriggerMatch {
  const trigger = { ...row, words: [], pos: nominal ? ('N' as const) : ('V' as const), preps: [] };
  return { trigger, tokenStart: k, tokenEnd: k + 1, head: k, nominal };
}

/** Whether some token of the sentence passes `test` (a cheap check before building a sentence view). */
export function hasToken(ctx: ArticleContext, sentence: Sentence, test: (k: number) => boolean): boolean {
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) if (test(k)) return true;
  return false;
}

/** Words that may sit between a characterising verb and the claim noun it characterises. */
const BEFORE_CLAIM = new Set(['the', 'these', 'those', 'this', 'that', 'such', "'s", '’s', 'latest', 'new']);

/** The nearest claim noun before `from` with a party right before it ("Kurti's claims"): [party, noun token]. */
function ownedClaimBefore(ctx: ArticleContext, v: SentenceView, from: number): [ActorMention, number] | null {
  const { doc, lex } = ctx;
  for (let j = from - 1; j > v.start; j--) {
    if (!lex.claimNouns.has(lemmaOf(doc, j))) continue;
    let k = j - 1;
    while (k > v.start && (BEFORE_CLAIM.has(doc.tokens.lower[k]!) || doc.posOf(k) === 'ADJ')) k--;
    const owner = v.mentions.find((m) => m.tokenEnd - 1 === k);
    return owner ? [owner, j] : null;
  }
  return null;
}

/**
 * "X described Y's charges as a provocation", "X called the Y claims lies": characterising another
 * party's claim is disapproval of that party (ACCUSE/disapprove X -> Y), in the article's voice.
 *
 * @example
 * characterisedClaim(ctx, doc.sentences[0]!, mentions)?.recipient; // ['USA']
 */
/** Whether "as" at `k` opens a falsity word within a few tokens ("as \u201cabsurd\u201d", "as utterly false"). */
function callsFalse(ctx: ArticleContext, v: SentenceView, k: number): boolean {
  const t = ctx.doc.tokens;
  if (t.lower[k] !== 'as') return false;
  for (let q = k + 1; q < Math.min(v.end, k + 4); q++) if (ctx.lex.falsityWords.has(t.lower[q]!)) return true;
  return false;
}

export function characterisedClaim(
  ctx: ArticleContext,
  sentence: Sentence,
  mentions: ActorMention[],
): Draft | null {
  const { doc, lex } = ctx;
  if (mentions.length < 2 || !hasToken(ctx, sentence, (k) => isCharacterising(doc, k))) return null;
  const v = sentenceView(doc, sentence.tokenStart, sentence.tokenEnd, mentions);
  const t = doc.tokens;
  for (let k = v.start + 1; k < v.end - 2; k++) {
    if (doc.posOf(k) !== 'VERB' || !isCharacterising(doc, k)) continue;
    // Active voice only: "was described as" is the passive reading of holder.ts.
    if (['be', 'have'].includes(lemmaOf(doc, k - 1))) continue;
    let owner: ActorMention | undefined;
    let j = k + 1;
    for (; j < Math.min(v.end, k + 6); j++) {
      const men = v.mentions.find((m) => m.tokenStart === j);
      if (men) {
        owner ??= men;
        j = men.tokenEnd - 1;
        continue;
      }
      if (!BEFORE_CLAIM.has(t.lower[j]!) && doc.posOf(j) !== 'ADJ') break;
    }
    if (!owner && (t.lower[k + 1] === 'them' || t.lower[k + 1] === 'it') && t.lower[k - 1] === ',') {
      // "rejected Y's claims, calling them lies": the pronoun is the claim named before.
      const before = ownedClaimBefore(ctx, v, k - 1);
      if (before) [owner, j] = before;
    }
    if (!owner || j >= v.end || !lex.claimNouns.has(lemmaOf(doc, j))) continue;
    const subject = subjectBefore(v, k);
    const actor = uniqueCodes(subject);
    const recipient = owner.codes.filter((c) => !actor.includes(c));
    if (!actor.length || !recipient.length) continue;
    const m = wordMatch(k, { category: 'ACCUSE', mode: 'disapprove', frame: 'act' }, false);
    const d = makeDraft(ctx, sentence, m, [actor, recipient], [k + 1, k + 1], false);
    d.category = 'ACCUSE';
    d.mode = 'disapprove';
    d.polarity = 'asserted';
    d.holder = ARTICLE_VOICE;
    // "X denounced Y's claims as absurd": calling the claims false denies what Y claims about X.
    if (callsFalse(ctx, v, j + 1))
      d.deniesEarlier = { codes: actor, holder: holderOfMentions(subject, ctx.entities) };
    return d;
  }
  return null;
}
