import type { Doc } from '../../core/doc.js';
import type { Entity, Holder, Speaker } from '../../core/types.js';
import type { ActorMention } from './actors.js';
import { lemmaOf } from './triggers.js';

/** The article's own voice. */
export const ARTICLE_VOICE: Holder = { name: null, country: null, entityId: null };

/** A holder from a speaker: the name, else the description ("foreign ministry"). */
export function holderOfSpeaker(s: Speaker | null): Holder {
  if (!s || (!s.name && !s.country && !s.description)) return ARTICLE_VOICE;
  return { name: s.name ?? s.description ?? null, country: s.country, entityId: s.entityId };
}

/**
 * Who holds the clause at `[start, end)`: the speaker of the direct quote or reported clause that
 * contains it (the innermost one), else the article's own voice.
 *
 * @example
 * holderOf(doc, 40, 48); // { name: 'Arlo Fenn', country: 'USA', entityId: 'e2' }
 */
export function holderOf(
  doc: Doc,
  start: number,
  end: number,
): { holder: Holder; quoteIndex: number | null } {
  let best: { holder: Holder; quoteIndex: number | null; size: number } | null = null;
  doc.get('quotes').forEach((q, i) => {
    if (q.start <= start && end <= q.end && (!best || q.end - q.start < best.size)) {
      best = { holder: holderOfSpeaker(q.speaker), quoteIndex: i, size: q.end - q.start };
    }
  });
  for (const a of doc.get('attributions')) {
    const c = a.content;
    if (c.start <= start && end <= c.end && (!best || c.end - c.start < best.size)) {
      best = { holder: holderOfSpeaker(a.speaker), quoteIndex: a.quoteIndex, size: c.end - c.start };
    }
  }
  const found = best as { holder: Holder; quoteIndex: number | null } | null;
  return found
    ? { holder: found.holder, quoteIndex: found.quoteIndex }
    : { holder: ARTICLE_VOICE, quoteIndex: null };
}

const CLAUSE_ENDS = new Set([',', '.', ';', ':', '–', '—', '-']);

/**
 * The speaker of a post-posed attribution after `from` in the sentence ending at `end`: "...,
 * Vostria said – ..." or "..., Vostria claimed." (a speech verb that may follow its content, then the
 * end of the clause). The quotes stage reads most of these; this catches the ones it leaves to the
 * article's voice.
 *
 * @example
 * postposedSpeaker(doc, mentions, 3, 12, cues); // the mention "Vostria"
 */
export function postposedSpeaker(
  doc: Doc,
  mentions: readonly ActorMention[],
  from: number,
  end: number,
  cues: Set<string>,
): ActorMention | null {
  const t = doc.tokens;
  for (const m of mentions) {
    if (m.tokenStart <= from || m.tokenEnd >= end || m.type === null) continue;
    if (t.lower[m.tokenStart - 1] !== ',') continue;
    const verb = m.tokenEnd;
    if (!cues.has(lemmaOf(doc, verb))) continue;
    if (verb + 1 >= end || CLAUSE_ENDS.has(t.lower[verb + 1]!)) return m;
  }
  return null;
}

/** The holder that a speaker mention stands for: a person or body by name, a state by its code alone. */
export function holderOfMention(m: ActorMention, entities: Map<string, Entity>): Holder {
  const e = m.entityId ? entities.get(m.entityId) : undefined;
  return {
    name: e && e.type !== 'country' ? e.name : null,
    country: m.codes[0] ?? null,
    entityId: e?.id ?? null,
  };
}

/**
 * The sources after "according to" in `[from, end)` that are bodies or states ("according to a joint
 * investigation by Outlet A and Outlet B": both): each holds the sentence's claim. Persons are left to
 * the quotes stage.
 *
 * @example
 * accordingToSources(doc, mentions, 0, 20); // [mention of Outlet A, mention of Outlet B]
 */
export function accordingToSources(
  doc: Doc,
  mentions: readonly ActorMention[],
  from: number,
  end: number,
): ActorMention[] {
  const t = doc.tokens;
  for (let k = from; k + 1 < end; k++) {
    if (t.lower[k] !== 'according' || t.lower[k + 1] !== 'to') continue;
    const out: ActorMention[] = [];
    for (const m of mentions) {
      if (m.tokenStart <= k + 1 || m.tokenStart > k + 14 || m.tokenStart >= end) continue;
      // The sources run up to the end of the clause.
      if ([...Array(m.tokenStart - k - 2).keys()].some((j) => [',', ';', '.'].includes(t.lower[k + 2 + j]!)))
        break;
      if (m.type === 'organization' || m.type === 'country') out.push(m);
    }
    return out;
  }
  return [];
}

/** Verbs that characterise a thing ("was described as", "were referred to as", "was called"). */
const CHARACTERISING = new Set([
  'describe',
  'refer',
  'call',
  'term',
  'label',
  'brand',
  'characterise',
  'characterize',
  'classify',
  'condemn',
  'denounce',
]);

/** Whether token `k` is a characterising verb ("described", "called", "branded"). */
export function isCharacterising(doc: Doc, k: number): boolean {
  return CHARACTERISING.has(lemmaOf(doc, k));
}

/**
 * The bodies or states that characterise the sentence's act in the passive, "by X (and Y)" after a
 * characterising verb: "the blasts were described as sabotage by Vostria and Kelmar" - each holds the act.
 *
 * @example
 * characterisedBy(doc, mentions, 0, 20); // [mention of Vostria, mention of Kelmar]
 */
export function characterisedBy(
  doc: Doc,
  mentions: readonly ActorMention[],
  from: number,
  end: number,
): ActorMention[] {
  const t = doc.tokens;
  for (let k = from + 1; k < end; k++) {
    if (
      !CHARACTERISING.has(lemmaOf(doc, k)) ||
      (!['be', 'been'].includes(lemmaOf(doc, k - 1)) && lemmaOf(doc, k - 1) !== 'have')
    )
      continue;
    for (let j = k + 1; j < Math.min(end, k + 14); j++) {
      if (t.lower[j] !== 'by') continue;
      const out: ActorMention[] = [];
      for (const m of mentions) {
        if (m.tokenStart <= j || m.tokenStart > j + 8) continue;
        if (
          [...Array(m.tokenStart - j - 1).keys()].some((x) =>
            [',', ';', '.', 'as'].includes(t.lower[j + 1 + x]!),
          )
        )
          break;
        if (m.type === 'organization' || m.type === 'country') out.push(m);
      }
      return out;
    }
  }
  return [];
}

/**
 * Whether the noun trigger at `[start, end)` is what a passive characterising verb calls a thing:
 * "the blast was described as (“an act of) sabotage”", "the incident has been called an attack".
 *
 * @example
 * characterisedAs(doc, 0, 6, 7); // true for "The incident was described as sabotage"
 */
export function characterisedAs(doc: Doc, from: number, start: number): boolean {
  for (let k = start - 1; k > from && k >= start - 6; k--) {
    const w = doc.tokens.lower[k]!;
    if (w === ',' || w === ';' || w === 'by') return false;
    if (!CHARACTERISING.has(lemmaOf(doc, k))) continue;
    const before = lemmaOf(doc, k - 1);
    return before === 'be' || before === 'have';
  }
  return false;
}

/**
 * The subjects of a speech or finding verb whose "that" clause holds the trigger at `at`, when the
 * quotes stage left the clause to the article's voice: "A and B, in whose waters it happened, have
 * concluded that ..." gives A and B (states or bodies not after a preposition, before the verb).
 *
 * @example
 * thatClauseSpeakers(doc, mentions, 0, 14, cues); // [mention of A, mention of B]
 */
export function thatClauseSpeakers(
  doc: Doc,
  mentions: readonly ActorMention[],
  from: number,
  at: number,
  cues: Set<string>,
): ActorMention[] {
  const t = doc.tokens;
  let that = -1;
  for (let k = at - 1; k > from; k--) {
    if (t.lower[k] === 'that' && cues.has(lemmaOf(doc, k - 1))) {
      that = k;
      break;
    }
  }
  if (that < 0) return [];
  return mentions
    .filter(
      (m) =>
        m.tokenStart >= from &&
        m.tokenEnd < that &&
        (m.type === 'country' || m.type === 'organization') &&
        (m.tokenStart === from || doc.posOf(m.tokenStart - 1) !== 'ADP'),
    )
    .filter(
      (m, i, all) =>
        i === 0 ||
        t.lower[m.tokenStart - 1] === 'and' ||
        (t.lower[m.tokenStart - 1] === ',' && all[i - 1]!.tokenEnd === m.tokenStart - 1),
    );
}
