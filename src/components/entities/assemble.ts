import type { Doc } from '../../core/doc.js';
import type { Entity } from '../../core/types.js';
import { StateContext } from './context.js';
import { withoutArticle } from './drafts.js';
import type { EntityDraft, MentionProposal } from './proposals.js';

/**
 * Group mention proposals into entities (same draft key = same entity), ids in order of first
 * mention. Countries still open are taken from context here, once every state mention is known:
 * a bare "foreign ministry" or a governmental role gets the nearest state.
 *
 * @example
 * assembleEntities(doc, scan.proposals)[0]; // { id: 'e1', name: 'North Korea', mentions: [...] }
 */
/** What assembly reads from the entity lexicons. */
export interface AssemblyCues {
  /** Words right before a name that name a described person ("his name is"). */
  isNamingCue: (cue: string) => boolean;
  /** Titles one person holds per state at a time ("president", "prime minister"). */
  isLeaderTitle: (title: string) => boolean;
}

const NO_CUES: AssemblyCues = { isNamingCue: () => false, isLeaderTitle: () => false };

export function assembleEntities(
  doc: Doc,
  proposals: readonly MentionProposal[],
  cues: AssemblyCues = NO_CUES,
): Entity[] {
  const ctx = new StateContext(doc, proposals);
  /** People whose state was guessed from context, with the token of that first guess. */
  const guessed = new Map<Entity, number>();
  const possessed: [Entity, string][] = [];
  const byKey = new Map<string, Entity>();
  const surfaceName = new Map<Entity, number>();
  const sorted = [...proposals].sort((a, b) => a.start - b.start);
  for (const p of sorted) {
    const fromContext = p.draft.countryFromContext === true && !p.draft.country && !p.draft.possessor;
    const draft = resolveCountry(p, ctx);
    let e = byKey.get(draft.key);
    if (!e) {
      e = {
        id: `e${byKey.size + 1}`,
        name: draft.name,
        type: draft.type,
        code: draft.code,
        country: draft.country,
        role: draft.role,
        description: draft.description,
        mentions: [],
      };
      byKey.set(draft.key, e);
      if (draft.possessor && !draft.country) possessed.push([e, draft.possessor]);
      if (fromContext && e.type === 'person' && e.country) guessed.set(e, p.tokStart);
    }
    e.role ??= draft.role;
    e.country ??= draft.country;
    const text = doc.text.slice(p.start, p.end);
    const name = nameCandidate(p, text);
    if (name !== null) {
      // Organisations and places are named as the article names them at most length
      // ("U.S. Treasury Department" over "the Treasury Department").
      // A full name or alias outranks an abbreviation ("CIA" names it only when nothing else does).
      const rank = name.length + (p.kind === 'abbreviation' ? 0 : 1000);
      if (rank > (surfaceName.get(e) ?? -1)) {
        e.name = name;
        surfaceName.set(e, rank);
      }
    }
    e.mentions.push({ start: p.start, end: p.end, text, entityId: e.id, kind: p.kind });
  }
  const all = [...byKey.values()];
  for (const [e, possessor] of possessed)
    e.country = ownerCountry(all, possessor) ?? ctx.stateFor(doc.tokenAtOrAfter(e.mentions[0]!.start));
  nameDescribedPeople(doc, all, cues.isNamingCue);
  separateLeaders(guessed, ctx, cues.isLeaderTitle);
  return all;
}

/**
 * "Prime Minister A ... Prime Minister B" in one article are leaders of two states: when context gave
 * both the same state, the one whose sentence names another state (nearest first) takes that one.
 */
function separateLeaders(
  guessed: Map<Entity, number>,
  ctx: StateContext,
  isLeaderTitle: (title: string) => boolean,
): void {
  const leaders = [...guessed.keys()].filter((e) => e.role && isLeaderTitle(e.role.toLowerCase()));
  for (const a of leaders) {
    for (const b of leaders) {
      if (a === b || a.country !== b.country || a.role!.toLowerCase() !== b.role!.toLowerCase()) continue;
      const forA = ctx.otherStatesNear(guessed.get(a)!, a.country!);
      const forB = ctx.otherStatesNear(guessed.get(b)!, b.country!);
      if (forA.length && !forB.length) a.country = forA[0]!;
      else if (forB.length && !forA.length) b.country = forB[0]!;
    }
  }
}

/**
 * "A Ukrainian officer is suspected ... His name is Roman Kalyna.": the named person is the one the
 * article described just before, and takes that description's role and state when it has none
 * (naming cues: entity-cues.tsv kind `naming`).
 */
function nameDescribedPeople(doc: Doc, all: Entity[], isNamingCue: AssemblyCues['isNamingCue']): void {
  const t = doc.tokens;
  for (const e of all) {
    if (e.type !== 'person' || e.country || e.role) continue;
    const first = e.mentions[0]!;
    // The cue is the two to five words right before the name ("his name is", "she was identified as").
    const k = doc.tokenAtOrAfter(first.start);
    const words = (n: number) => [...Array(n).keys()].map((x) => t.lower[k - n + x] ?? '').join(' ');
    if (![2, 3, 4, 5].some((n) => isNamingCue(words(n)))) continue;
    let described: Entity | null = null;
    for (const o of all) {
      const at = o.mentions[0]!.start;
      if (o === e || o.type !== 'person' || o.name !== o.role || !o.country || at >= first.start) continue;
      if (!described || at > described.mentions[0]!.start) described = o;
    }
    if (!described) continue;
    e.country = described.country;
    e.role = described.role;
  }
}

/** The state of the person whose surname is `possessor` ("Putin's spokesman" -> Putin's state). */
function ownerCountry(entities: readonly Entity[], possessor: string): string | null {
  for (const e of entities) {
    if (e.type === 'person' && e.country && e.name.toLowerCase().split(/\s+/).pop() === possessor)
      return e.country;
  }
  return null;
}

/** States keep their short name, people the name chosen when found; others take the surface. */
function nameCandidate(p: MentionProposal, text: string): string | null {
  const d = p.draft;
  if (d.type === 'country' || d.type === 'person' || d.key.startsWith('office:')) return null;
  if (d.key.startsWith('institution:')) return d.name;
  // Entities with a code of their own (NATO, HAMAS) and those known by an acronym (GRU) keep
  // their lexicon name.
  if (d.code || /^[A-Z0-9]+$/.test(d.name)) return null;
  return p.kind === 'name' || p.kind === 'alias' || p.kind === 'abbreviation' ? withoutArticle(text) : null;
}

function resolveCountry(p: MentionProposal, ctx: StateContext): EntityDraft {
  const d = p.draft;
  if (!d.countryFromContext || d.country || d.possessor) return d;
  const titled = d.type === 'person' && d.role ? ctx.titleState(d.role) : null;
  const country = titled ?? ctx.stateFor(p.tokStart);
  if (d.key.startsWith('institution:') && d.key.endsWith(':?')) {
    // A bare title names a different body for each state it is read against.
    return { ...d, key: d.key.slice(0, -1) + (country ?? '?'), country, countryFromContext: false };
  }
  d.country = country;
  d.countryFromContext = false;
  return d;
}
