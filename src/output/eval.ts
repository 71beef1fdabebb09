import type { ArticleRecord, Entity, Holder, Speaker } from '../core/types.js';

/** One article in the evaluation shape of `shared/eval/SCHEMA.md`, plus `id`. */
export interface EvalArticle {
  id: string;
  removed: string[];
  entities: EvalEntity[];
  quotes: { text: string; speaker: EvalSpeaker | null; direct: boolean }[];
  events: EvalEvent[];
}
interface EvalEntity {
  name: string;
  type: Entity['type'];
  code?: string;
  country?: string;
  role?: string;
}
interface EvalSpeaker {
  name: string | null;
  description: string | null;
  country: string | null;
}
interface EvalEvent {
  category: string;
  mode: string | null;
  actor: string[];
  recipient: string[];
  object: string | null;
  polarity: string;
  certainty: string;
  time: string | null;
  holder: { name: string | null; country: string | null };
  evidence: string;
}

/**
 * Map a native record to the evaluation shape (`--format eval`).
 *
 * @example
 * JSON.stringify(toEvalShape(record)); // {"id":"a1","removed":[],...}
 */
export function toEvalShape(record: ArticleRecord): EvalArticle {
  return {
    id: record.id,
    removed: record.removed.map((r) => r.text),
    // SCHEMA lists named entities only: unnamed people ("a senior official") stay in the native record.
    entities: record.entities.filter((e) => !(e.type === 'person' && e.description !== null)).map(evalEntity),
    quotes: record.quotes
      .filter((q) => q.direct)
      .map((q) => ({ text: q.text, speaker: q.speaker ? evalSpeaker(q.speaker) : null, direct: q.direct })),
    events: record.events.map((e) => ({
      category: e.category,
      mode: e.mode,
      actor: e.actor,
      recipient: e.recipient,
      object: e.object,
      polarity: e.polarity,
      certainty: e.certainty,
      time: e.time,
      holder: evalHolder(e.holder),
      evidence: e.evidence.text,
    })),
  };
}

function evalEntity(e: Entity): EvalEntity {
  const out: EvalEntity = { name: e.name, type: e.type };
  if (e.code) out.code = e.code;
  if (e.country) out.country = e.country;
  if (e.role) out.role = e.role;
  return out;
}

function evalSpeaker(s: Speaker): EvalSpeaker {
  return { name: s.name, description: s.description ?? s.role, country: s.country };
}

function evalHolder(h: Holder): { name: string | null; country: string | null } {
  return { name: h.name, country: h.country };
}
