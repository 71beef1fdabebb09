import type { Doc } from '../../core/doc.js';
import type { Entity, Mention } from '../../core/types.js';

interface Index {
  entities: Entity[];
  mentions: Mention[];
  byId: Map<string, Entity>;
}
const indexes = new WeakMap<Doc, Index>();

/** Mentions sorted by start and entities by id, rebuilt when the layer is replaced. */
function indexOf(doc: Doc): Index {
  const entities = doc.get('entities');
  let ix = indexes.get(doc);
  if (!ix || ix.entities !== entities) {
    const mentions = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start || b.end - a.end);
    ix = { entities, mentions, byId: new Map(entities.map((e) => [e.id, e])) };
    indexes.set(doc, ix);
  }
  return ix;
}

/**
 * Mentions lying inside the character range `[start, end)`, sorted by position.
 *
 * @example
 * mentionsIn(doc, sentence.start, sentence.end).map((m) => m.text); // ['Pyongyang', 'Russia']
 */
export function mentionsIn(doc: Doc, start: number, end: number): Mention[] {
  const { mentions } = indexOf(doc);
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let k = lo; k < mentions.length && mentions[k]!.start < end; k++)
    if (mentions[k]!.end <= end) out.push(mentions[k]!);
  return out;
}

/**
 * The entity with article-local id `id`.
 *
 * @example
 * entityById(doc, 'e1')?.name; // 'North Korea'
 */
export function entityById(doc: Doc, id: string): Entity | undefined {
  return indexOf(doc).byId.get(id);
}

/**
 * The code an entity acts under in events: a state's or group's own code, else the state a person,
 * organisation or place belongs to; null when unknown.
 *
 * @example
 * codeOf({ type: 'person', code: null, country: 'USA', ... }); // 'USA'
 */
export function codeOf(entity: Pick<Entity, 'code' | 'country'>): string | null {
  return entity.code ?? entity.country ?? null;
}
