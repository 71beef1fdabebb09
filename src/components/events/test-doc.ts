import type { Doc } from '../../core/doc.js';
import type { Entity, Quote } from '../../core/types.js';
import { makeDoc } from '../../core/test-helpers/make-doc.js';

/** An entity for a test: every occurrence of each surface form becomes a mention. */
export interface TestEntity {
  name: string;
  type?: Entity['type'];
  code?: string;
  country?: string;
  forms?: string[];
}

/**
 * Build a Doc with hand-made entities, quotes and attributions (the layers the events stage reads),
 * so event tests do not depend on the entities and quotes stages.
 *
 * @example
 * const doc = eventDoc('Vostria shelled Kelmar.', [{ name: 'Vostria', code: 'VOS' }, { name: 'Kelmar', code: 'KEL' }]);
 */
export function eventDoc(
  text: string,
  entities: TestEntity[],
  quotes: { text: string; speaker: string; country: string; direct?: boolean }[] = [],
): Doc {
  const doc = makeDoc(text, { published: '2024-05-01' });
  doc.set(
    'entities',
    entities.map((e, i) => ({
      id: `e${i}`,
      name: e.name,
      type: e.type ?? 'country',
      code: e.code ?? null,
      country: e.country ?? null,
      role: null,
      description: null,
      mentions: (e.forms ?? [e.name]).flatMap((form) =>
        occurrences(text, form).map((start) => ({
          start,
          end: start + form.length,
          text: form,
          entityId: `e${i}`,
          kind: 'name' as const,
        })),
      ),
    })),
  );
  const qs: Quote[] = quotes.map((q) => {
    const start = text.indexOf(q.text);
    return {
      start,
      end: start + q.text.length,
      text: q.text,
      direct: q.direct ?? true,
      speaker: { name: q.speaker, description: null, role: null, country: q.country, entityId: null },
      cue: null,
      attribution: 'test',
      confidence: 1,
    };
  });
  doc.set('quotes', qs);
  doc.set(
    'attributions',
    qs.map((q, i) => ({
      sentence: doc.sentenceAt(q.start)?.index ?? 0,
      content: { start: q.start, end: q.end, text: q.text },
      cue: { start: q.start, end: q.start, text: '' },
      speaker: q.speaker,
      quoteIndex: q.direct ? i : null,
    })),
  );
  return doc;
}

function occurrences(text: string, form: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`\\b${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
  for (const m of text.matchAll(re)) out.push(m.index!);
  return out;
}
