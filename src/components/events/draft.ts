import type { Doc } from '../../core/doc.js';
import type { Entity } from '../../core/types.js';
import type { ActorMention } from './actors.js';
import type { EventLexicon } from './lexicon.js';
import type { ClaimEvent, Holder } from '../../core/types.js';

/** An event under construction: the record plus what the article-level passes need. */
export interface Draft extends ClaimEvent {
  /** Sentence index the event was read from. */
  sentence: number;
  /** REJECT read from a denial whose accuser the sentence does not name. */
  needsAccuser: boolean;
  /** A category that needs a recipient (AID, SANCTION ...) read without one: dropped unless the article supplies it. */
  needsRecipient: boolean;
  /** An accusation named as a noun with no accuser: dropped unless the article supplies one. */
  needsActor: boolean;
  /** The denier, for a denial whose denied act the sentence does not spell out ("denied any role"). */
  deniesEarlier: { codes: string[]; holder: Holder } | null;
  /** Named only by a light verb ("X was not involved"): the act is the article's incident (recipient, mode, object). */
  incident: boolean;
}

/** Codes of a list of mentions, each once, in order. */
export function uniqueCodes(lists: readonly { codes: string[] }[]): string[] {
  const out: string[] = [];
  for (const m of lists) for (const c of m.codes) if (!out.includes(c)) out.push(c);
  return out;
}

/** Categories that are speech or diplomatic acts rather than substantive claims about what someone did. */
export const SPEECH_ACTS = new Set([
  'ACCUSE',
  'REJECT',
  'REQUEST',
  'THREATEN',
  'AGREE',
  'CONCEDE',
  'SUPPORT',
  'CONSULT',
]);
/** Speech acts the article reports as having happened: held by the article, not by a speaker (dev conventions). */
export const REPORTED_SPEECH_ACTS = new Set(['ACCUSE', 'REJECT', 'REQUEST', 'THREATEN', 'AGREE', 'CONCEDE']);

/** Everything one sentence needs from the article: lexicons, mentions, entities by id. */
export interface ArticleContext {
  doc: Doc;
  lex: EventLexicon;
  mentions: ActorMention[];
  entities: Map<string, Entity>;
  /** 1 for tokens inside a name the entities stage found, coded or not ("Ceasefire Violations Committee"). */
  named: Uint8Array;
  /** Mirror words met so far ("a tit-for-tat order from Y"), mirrored after the article-level fills. */
  mirrors: Mirror[];
}

/** A mirror word and the party named after it: the act of its sentence is mirrored once the article is read. */
export interface Mirror {
  sentence: number;
  codes: string[];
}
