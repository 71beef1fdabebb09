import type { Doc } from '../../core/doc.js';
import type { Entity } from '../../core/types.js';
import type { RememberedSpeaker, SpeakerKind } from './memory.js';
import type { ResolveContext } from './context.js';

/** Tags that may stand between a clause start and its subject's name ("Ukrainian President X"). */
const PREMODIFIERS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PART', 'NUM']);

/**
 * The person (or organisation/state) most recently named as the subject of a sentence before
 * `offset` and after `after`, outside quotations, within the current and previous paragraph:
 * "Sen. Ames left early. “...,” she said" gives Ames.
 *
 * @example
 * recentSubject(ctx, 'person', heSaidOffset, -1, 3)?.speaker.name; // 'Dara Ames'
 */
export function recentSubject(
  ctx: ResolveContext,
  kind: SpeakerKind,
  offset: number,
  after: number,
  paragraph: number,
): RememberedSpeaker | null {
  const { doc, mentions, mask } = ctx;
  if (!mentions.size) return null;
  const floorPara = doc.paragraphs[Math.max(0, paragraph - 1)];
  const floor = Math.max(after + 1, floorPara ? floorPara.start : 0);
  for (const m of mentions.before(offset, floor)) {
    if (!fits(m.entity, kind)) continue;
    const tok = doc.tokenAtOrAfter(m.mention.start);
    if (tok >= doc.tokens.count || mask[tok]! >= 0 || !isSubjectPosition(doc, tok, m.mention.end)) continue;
    const e = m.entity;
    const named = e.type === 'person' && e.description === null;
    return {
      speaker: {
        name: named ? e.name : null,
        description: e.role ?? e.description ?? (e.type === 'person' ? null : e.name),
        role: e.role,
        country: e.type === 'person' ? e.country : (e.code ?? e.country),
        entityId: e.id,
      },
      kind,
      heads: [],
      paragraph: doc.sentenceAt(m.mention.start)?.paragraph ?? paragraph,
      offset: m.mention.start,
    };
  }
  return null;
}

function fits(e: Entity, kind: SpeakerKind): boolean {
  return kind === 'person' ? e.type === 'person' : e.type === 'organization' || e.type === 'country';
}

/** Tags that may follow a subject: its verb, or an aside before it. */
const AFTER_SUBJECT = new Set(['VERB', 'AUX', 'ADV', 'PUNCT']);

/**
 * True when the mention starting at token `i` and ending at `end` heads a subject: only modifiers
 * before it in its clause, and a verb (or an aside) after it, not "Israel's" in "Israel's envoy".
 */
function isSubjectPosition(doc: Doc, i: number, end: number): boolean {
  const t = doc.tokens;
  const s = t.sentence[i]!;
  const next = doc.tokenAtOrAfter(end);
  if (next < t.count && t.sentence[next] === s && !AFTER_SUBJECT.has(doc.posOf(next))) return false;
  if (next < t.count && (t.lower[next] === "'s" || t.lower[next] === '’s')) return false;
  let k = i - 1;
  while (k >= 0 && t.sentence[k] === s && PREMODIFIERS.has(doc.posOf(k))) k--;
  if (k < 0 || t.sentence[k] !== s) return true;
  const w = t.lower[k]!;
  return w === ',' || doc.posOf(k) === 'SCONJ' || doc.posOf(k) === 'CCONJ';
}

/**
 * The organisation or state most recently introduced with `head` next to its name ("the Lebanese
 * group Hezbollah", "the Hezbollah group"), outside quotations, before `offset`: what a later
 * "the group said" refers to.
 *
 * @example
 * introducedAs(ctx, 'group', offset, 4)?.speaker.country; // 'HEZBOLLAH'
 */
export function introducedAs(
  ctx: ResolveContext,
  head: string,
  offset: number,
  paragraph: number,
): RememberedSpeaker | null {
  const { doc, mentions, mask } = ctx;
  if (!mentions.size) return null;
  const floorPara = doc.paragraphs[Math.max(0, paragraph - 4)];
  const t = doc.tokens;
  for (const m of mentions.before(offset, floorPara ? floorPara.start : 0)) {
    if (!fits(m.entity, 'group')) continue;
    const first = doc.tokenAtOrAfter(m.mention.start);
    const after = doc.tokenAtOrAfter(m.mention.end);
    if (first >= t.count || mask[first]! >= 0) continue;
    const near = (k: number) => k >= 0 && k < t.count && t.lemma[k]!.toLowerCase() === head;
    if (!near(first - 1) && !near(after)) continue;
    const e = m.entity;
    return {
      speaker: { name: null, description: e.name, role: null, country: e.code ?? e.country, entityId: e.id },
      kind: 'group',
      heads: [head],
      paragraph: doc.sentenceAt(m.mention.start)?.paragraph ?? paragraph,
      offset: m.mention.start,
    };
  }
  return null;
}
