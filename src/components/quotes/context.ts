import type { Doc } from '../../core/doc.js';
import type { QuoteLexicon } from './lexicon.js';
import type { MentionIndex } from './mentions.js';
import type { SpeakerMemory } from './memory.js';

/** What resolving a speaker phrase needs: the Doc, lexicons, entity mentions and the speakers so far. */
export interface ResolveContext {
  doc: Doc;
  lex: QuoteLexicon;
  mentions: MentionIndex;
  memory: SpeakerMemory;
  /** Quote span index per token (-1 outside quotes): names inside quotes are not speakers. */
  mask: Int32Array;
}
