import type { Doc } from '../../core/doc.js';
import type { Entity, Mention } from '../../core/types.js';
import type { CompiledLexicons } from './gazetteer.js';
import { loadEntityLexicons } from './load.js';
import { entityById, mentionsIn } from './lookup.js';

/** How far back (in mentions) a description looks for what it refers to. */
const WINDOW = 80;
/** Diplomats are ministers too: "the country's top diplomat" is its foreign minister. */
const DIPLOMAT_ROLES = /foreign (minister|secretary)|secretary of state|diplomat|ambassador|envoy/;

/**
 * The entity a description refers to in context: "the North Koreans" (a named mention inside),
 * "the official" / "the spokesman" / "the country's top diplomat" (the nearest person before it
 * whose role fits, of that country when one is named), "the ministry" / "the group" (the nearest
 * organisation with that head word, or with a group code), "the country" / "the government" (the
 * nearest state). Pronouns are not handled here.
 *
 * @example
 * resolveReference(doc, 120, 132)?.name; // 'John Kirby' for "the official"
 */
export function resolveReference(
  doc: Doc,
  start: number,
  end: number,
  lex: CompiledLexicons = loadEntityLexicons(),
): Entity | null {
  const inside = mentionsIn(doc, start, end);
  const lastInside = inside[inside.length - 1];
  if (lastInside && lastInside.end >= end - 1) return entityById(doc, lastInside.entityId) ?? null;
  const words: string[] =
    doc.text
      .slice(start, end)
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .match(/[\p{L}'-]+/gu) ?? [];
  const head = words[words.length - 1] ?? '';
  const before = mentionsIn(doc, 0, start).slice(-WINDOW).reverse();
  const entities = (m: Mention) => entityById(doc, m.entityId);
  const stateNamed =
    inside.map(entities).find((e) => e?.type === 'country')?.code ??
    (words.includes("country's") || words.includes('its')
      ? nearest(before, entities, (e) => e.type === 'country')?.code
      : undefined);
  if (isRole(lex, words)) {
    const fits = (e: Entity) =>
      e.type === 'person' && (!stateNamed || e.country === stateNamed) && roleFits(e, head);
    return (
      nearest(before, entities, fits) ??
      nearest(
        before,
        entities,
        (e) => e.type === 'person' && e.role !== null && (!stateNamed || e.country === stateNamed),
      )
    );
  }
  if (lex.data.cues.get(head)?.has('org-head')) {
    return nearest(
      before,
      entities,
      (e) =>
        e.type === 'organization' &&
        (e.name.toLowerCase().includes(head) || (isGroupHead(head) && e.code !== null)),
    );
  }
  if (
    lex.institutions.startsWith(head) &&
    lex.institutions.matchesAt([head], 0, 1)[0]?.values[0] === 'country'
  ) {
    return stateNamed
      ? (doc.get('entities').find((e) => e.code === stateNamed) ?? null)
      : nearest(before, entities, (e) => e.type === 'country');
  }
  return null;
}

function isRole(lex: CompiledLexicons, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    if (lex.roles.matchesAt(words, k, words.length).some((m) => m.end === words.length)) return true;
  }
  return false;
}

function roleFits(e: Entity, head: string): boolean {
  const role = (e.role ?? e.description ?? '').toLowerCase();
  if (head === 'diplomat') return DIPLOMAT_ROLES.test(role);
  return role.includes(head.replace(/s$/, '')) || (head === 'official' && role !== '');
}

function isGroupHead(head: string): boolean {
  return (
    head === 'group' ||
    head === 'movement' ||
    head === 'militia' ||
    head === 'organization' ||
    head === 'organisation' ||
    head === 'alliance'
  );
}

function nearest(
  before: readonly Mention[],
  entityOf: (m: Mention) => Entity | undefined,
  test: (e: Entity) => boolean,
): Entity | null {
  for (const m of before) {
    const e = entityOf(m);
    if (e && test(e)) return e;
  }
  return null;
}
