import type { Doc } from '../../core/doc.js';
import type { Entity } from '../../core/types.js';
import { objectClassOf } from '../../ledger/index.js';
import type { ActorMention } from './actors.js';
import type { ArticleContext, Draft } from './draft.js';
import { lemmaOf } from './triggers.js';

/** Acts whose target may be a thing rather than a party: the thing's owner is the recipient. */
const TARGETED = new Set(['ASSAULT', 'COERCE']);
/** Object classes that belong to a state: pipelines, grids, ports, embassies, ships. */
const OWNED = new Set(['infrastructure', 'ships']);
/** How far after a trigger (in tokens) its target phrase may reach ("the attack on the Nord Stream gas pipelines"). */
const TARGET_WINDOW = 8;
/** How far after an owner its thing may be named ("Russia's two Baltic gas pipelines"). */
const OWNER_WINDOW = 5;

const ownedClass = (phrase: string | null): boolean => OWNED.has(objectClassOf(phrase) ?? '');

/** The words from `from` up to the first verb, the sentence end or `limit` tokens. */
function phraseAfter(doc: Doc, from: number, limit: number): string | null {
  const t = doc.tokens;
  const sentence = t.sentence[from];
  let k = from;
  while (
    k < t.count &&
    k < from + limit &&
    t.sentence[k] === sentence &&
    doc.posOf(k) !== 'VERB' &&
    doc.posOf(k) !== 'AUX'
  )
    k++;
  return k > from ? doc.slice(t.start[from]!, t.end[k - 1]!) : null;
}

/**
 * The states that own the article's infrastructure, most named first: a state named by possessive or
 * adjective right before the thing ("Vostria's gas pipeline", "the Vostrian power grid", "its own
 * pipelines"), or just after it ("the pipeline runs from Vostria"), else a place
 * entity that is itself such a thing and has a country ("the Baltic Line pipeline", coded KEL).
 *
 * @example
 * targetOwners(ctx); // ['RUS']
 */
export function targetOwners(ctx: ArticleContext, places: Entity[] = thingPlaces(ctx)): string[] {
  const { doc, mentions } = ctx;
  const counts = new Map<string, number>();
  const bump = (code: string) => counts.set(code, (counts.get(code) ?? 0) + 1);
  for (const m of mentions) {
    const its = m.type === null && doc.tokens.lower[m.tokenStart] === 'its';
    if ((m.type !== 'country' && !its) || m.codes.length !== 1 || m.tokenEnd >= doc.tokens.count) continue;
    if (possessorOrAdjective(doc, m) && ownedClass(phraseAfter(doc, m.tokenEnd, OWNER_WINDOW)))
      bump(m.codes[0]!);
    else if (comesFrom(doc, m)) bump(m.codes[0]!);
  }
  if (!counts.size) {
    for (const e of places) if (e.country) bump(e.country);
  }
  if (!counts.size) {
    // A pipeline carries its owner's gas: "Vostrian gas", "the oil Vostria exports".
    for (const m of mentions)
      if (m.type === 'country' && m.codes.length === 1 && sendsCommodity(doc, m)) bump(m.codes[0]!);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

/** Goods that pipelines and grids carry, and verbs by which a state sends them. */
const COMMODITIES = new Set(['gas', 'oil', 'electricity', 'power', 'crude']);
const SENDING = new Set(['send', 'export', 'supply', 'pump', 'deliver', 'sell', 'ship']);
const COMMODITY_WINDOW = 6;

/** "Vostrian gas", "Vostria's oil", "gas that Vostria could send", "Vostria exports oil". */
function sendsCommodity(doc: Doc, m: ActorMention): boolean {
  const t = doc.tokens;
  const sentence = t.sentence[m.tokenStart];
  const near = (from: number, to: number, words: Set<string>, lemma = false) => {
    for (let k = Math.max(0, from); k < Math.min(t.count, to); k++) {
      if (t.sentence[k] === sentence && words.has(lemma ? lemmaOf(doc, k) : t.lower[k]!)) return true;
    }
    return false;
  };
  if (possessorOrAdjective(doc, m) && near(m.tokenEnd, m.tokenEnd + 2, COMMODITIES)) return true;
  if (!near(m.tokenEnd, m.tokenEnd + 3, SENDING, true)) return false;
  return (
    near(m.tokenStart - COMMODITY_WINDOW, m.tokenStart, COMMODITIES) ||
    near(m.tokenEnd, m.tokenEnd + COMMODITY_WINDOW, COMMODITIES)
  );
}

/** "the pipeline runs from Vostria", "a gas line from Vostria": the thing named just before "from" is the state's. */
function comesFrom(doc: Doc, m: ActorMention): boolean {
  const from = m.tokenStart - 1;
  if (from < 1 || doc.tokens.lower[from] !== 'from') return false;
  const start = Math.max(0, from - OWNER_WINDOW);
  const first =
    doc.tokens.sentence[from] === doc.tokens.sentence[start]
      ? start
      : doc.tokenAtOrAfter(doc.sentenceAt(doc.tokens.start[from]!)!.start);
  return ownedClass(doc.slice(doc.tokens.start[first]!, doc.tokens.end[from - 1]!));
}

/** "Vostria's ..." or the adjective "Vostrian ...": the mention qualifies the noun after it. */
function possessorOrAdjective(doc: Doc, m: ActorMention): boolean {
  if (m.type === null) return true;
  const next = doc.tokens.lower[m.tokenEnd]!;
  if (next === "'s" || next === '’s') return true;
  const text = doc.slice(m.start, m.end);
  return (
    doc.posOf(m.tokenEnd) !== 'PUNCT' &&
    /(an|ian|ese|ish|ic|i)$/i.test(text) &&
    !/(land|stan|ia)$/i.test(text)
  );
}

/**
 * Names of places that are owned things: a place whose name says so ("the Baltic Line pipeline") or
 * that the article calls one ("the Baltic Line gas pipeline" makes "Baltic Line" a thing).
 */
function thingPlaces(ctx: ArticleContext): Entity[] {
  const { doc } = ctx;
  const places = [...ctx.entities.values()].filter((e) => e.type === 'location');
  const called = places.filter(
    (e) =>
      ownedClass(e.name) ||
      e.mentions.some((m) => {
        const after = doc.tokenAtOrAfter(m.end);
        return after < doc.tokens.count && ownedClass(phraseAfter(doc, after, 3));
      }),
  );
  // "the Baltic Line" is the thing that "the Baltic Line pipeline" names.
  const names = called.map((e) => e.name.toLowerCase());
  return places.filter(
    (e) => called.includes(e) || names.some((n) => n.startsWith(`${e.name.toLowerCase()} `)),
  );
}

function thingNames(places: Entity[]): string[] {
  return [...new Set(places.flatMap((e) => e.mentions.map((m) => m.text.toLowerCase())))];
}

/**
 * Whether a draft's target is an owned thing: its object, the words after its trigger ("the attack on
 * the pipelines"), or the noun or thing's name just before a noun trigger ("the pipeline blasts").
 */
function targetsOwnedThing(doc: Doc, d: Draft, things: string[]): boolean {
  if (d.object && ownedClass(d.object)) return true;
  const t = doc.tokens;
  const head = doc.tokenAtOrAfter(d.trigger.start);
  if (
    head > 0 &&
    t.sentence[head - 1] === t.sentence[head] &&
    doc.posOf(head - 1) === 'NOUN' &&
    ownedClass(t.lower[head - 1]!)
  )
    return true;
  // "the pipelines were (deliberately) blown up": the passive subject.
  let be = head - 1;
  if (be > 0 && doc.posOf(be) === 'ADV') be--;
  if (
    be > 0 &&
    t.sentence[be] === t.sentence[head] &&
    ['be', 'been', 'being'].includes(lemmaOf(doc, be)) &&
    namesOwnedThingBefore(doc, be)
  )
    return true;
  const after = doc.tokenAtOrAfter(d.trigger.end);
  const phrase = after < t.count ? phraseAfter(doc, after, TARGET_WINDOW) : null;
  if (ownedClass(phrase)) return true;
  if (!things.length) return false;
  const before = Math.max(0, head - 4);
  const near = `${doc.slice(t.start[before]!, d.trigger.start)} ${phrase ?? ''}`.toLowerCase();
  return things.some((name) => near.includes(name));
}

/**
 * Whether the words right after a trigger name an owned thing ("blew up the gas pipelines"): its
 * target is then the thing's owner, not a state named further on in the clause.
 *
 * @example
 * namesOwnedThingAfter(doc, 4); // true for "... sabotaged the power grid in ..."
 */
export function namesOwnedThingAfter(doc: Doc, tokenEnd: number): boolean {
  return tokenEnd < doc.tokens.count && ownedClass(phraseAfter(doc, tokenEnd, TARGET_WINDOW));
}

/**
 * Whether the subject just before a passive verb group names an owned thing ("the pipelines were
 * blown up"): `beAt` is the token of the form of "be".
 *
 * @example
 * namesOwnedThingBefore(doc, 7); // true for "the gas pipelines were (deliberately) blown up"
 */
export function namesOwnedThingBefore(doc: Doc, beAt: number): boolean {
  const t = doc.tokens;
  let k = beAt;
  while (
    k > 0 &&
    beAt - k < OWNER_WINDOW &&
    t.sentence[k - 1] === t.sentence[beAt] &&
    doc.posOf(k - 1) !== 'VERB' &&
    doc.posOf(k - 1) !== 'PUNCT'
  )
    k--;
  return k < beAt && ownedClass(doc.slice(t.start[k]!, t.end[beAt - 1]!));
}

/**
 * An attack on a thing with no party read as its target ("X blew up the pipelines") is aimed at the
 * thing's owner: the state the article names as owner, else the recipient read for another act on
 * owned things in the article. The owner may be the actor itself ("X was blamed for sabotaging its own
 * pipelines"), so, unlike the other fills, the actor is not excluded.
 *
 * @example
 * fillTargetOwners(ctx, drafts); // "Kelmar blew up the pipelines" after "Vostria's pipelines": KEL->VOS
 */
export function fillTargetOwners(ctx: ArticleContext, drafts: Draft[]): void {
  const places = thingPlaces(ctx);
  const things = thingNames(places);
  const targeted = drafts.filter((d) => TARGETED.has(d.category) && targetsOwnedThing(ctx.doc, d, things));
  if (!targeted.some((d) => !d.recipient.length)) return;
  const named = targetOwners(ctx, places).slice(0, 1);
  const owners = named.length ? named : (targeted.find((d) => d.recipient.length)?.recipient ?? []);
  for (const d of targeted)
    if (!d.recipient.length) d.recipient = ownTarget(ctx.doc, d) ? [...d.actor] : [...owners];
}

/**
 * "blew up its own pipelines", "use a weapon on its own territory": the act is aimed at the actor's
 * own thing or place, so no other party is its recipient.
 *
 * @example
 * ownTarget(doc, draft); // true for "... shelled its own border towns"
 */
export function ownTarget(doc: Doc, d: Draft): boolean {
  const t = doc.tokens;
  const after = doc.tokenAtOrAfter(d.trigger.end);
  for (
    let k = after;
    k < Math.min(t.count, after + TARGET_WINDOW) && t.sentence[k] === t.sentence[after];
    k++
  ) {
    if (t.lower[k] === 'own' && k > after && ['its', 'their'].includes(t.lower[k - 1]!)) return true;
  }
  return false;
}
