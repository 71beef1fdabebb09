import type { Doc } from '../../core/doc.js';
import type { Entity, MentionKind } from '../../core/types.js';

/** What a test says about one entity: its fields and the texts of its mentions, in order. */
export interface EntitySketch {
  type: Entity['type'];
  name: string;
  code?: string;
  country?: string;
  role?: string;
  description?: string;
  /** Mention texts, each found after the previous one (`kind:text` to set the kind, default name). */
  mentions: string[];
}

/**
 * Build the `entities` layer for a test Doc from sketches, finding each mention's offsets in
 * the text, so quote tests do not depend on the entities stage.
 *
 * @example
 * setEntities(doc, [{ type: 'person', name: 'Mara Quill', country: 'FRA', mentions: ['Mara Quill', 'surname:Quill'] }]);
 */
export function setEntities(doc: Doc, sketches: readonly EntitySketch[]): Entity[] {
  const entities = sketches.map((s, i): Entity => {
    const id = `e${i + 1}`;
    let from = 0;
    const mentions = s.mentions.map((m) => {
      const colon = m.indexOf(':');
      const kind = (colon > 0 ? m.slice(0, colon) : 'name') as MentionKind;
      const text = colon > 0 ? m.slice(colon + 1) : m;
      const start = doc.text.indexOf(text, from);
      if (start < 0) throw new Error(`mention "${text}" not found after ${from}`);
      from = start + text.length;
      return { entityId: id, kind, start, end: start + text.length, text };
    });
    return {
      id,
      name: s.name,
      type: s.type,
      code: s.code ?? null,
      country: s.country ?? null,
      role: s.role ?? null,
      description: s.description ?? null,
      mentions,
    };
  });
  doc.set('entities', entities);
  return entities;
}
