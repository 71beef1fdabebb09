import type { GazetteerEntry } from './lexicons.js';
import type { EntityDraft } from './proposals.js';

/** The draft entity for a gazetteer entry. */
export function draftOf(entry: GazetteerEntry): EntityDraft {
  return {
    key: entry.key,
    name: entry.name,
    type: entry.type,
    code: entry.code,
    country: entry.country,
    role: null,
    description: null,
  };
}

/** The state or group code a gazetteer entry acts for (a country's code, a body's state). */
export function actorCode(entry: GazetteerEntry): string | null {
  return entry.code ?? entry.country;
}

/** Strip a leading article from a surface form: "the Kremlin" -> "Kremlin". */
export function withoutArticle(s: string): string {
  return s.replace(/^(the|a|an)\s+/i, '');
}
