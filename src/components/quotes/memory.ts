import type { Speaker } from '../../core/types.js';

/** Whether a speaker is one person, or an organisation, state or group. */
export type SpeakerKind = 'person' | 'group';

/** A speaker already read in the article, kept to resolve "he said", "it said" and "the official said". */
export interface RememberedSpeaker {
  speaker: Speaker;
  kind: SpeakerKind;
  /** Head noun of the description that introduced the speaker ("official", "ministry"), if any. */
  heads: string[];
  paragraph: number;
  offset: number;
}

/** How many paragraphs back a pronoun or a bare description may reach for its speaker. */
const REACH = 4;

/**
 * The speakers of an article in reading order; look-ups return the most recent suitable one.
 *
 * @example
 * memory.add({ speaker, kind: 'person', heads: [], paragraph: 0, offset: 10 });
 * memory.last('person', 1); // that speaker
 */
export class SpeakerMemory {
  private readonly items: RememberedSpeaker[] = [];

  add(item: RememberedSpeaker): void {
    this.items.push(item);
  }

  /** The most recent speaker of `kind` (any kind when null) at most REACH paragraphs before `paragraph`. */
  last(kind: SpeakerKind | null, paragraph: number, reach = REACH): RememberedSpeaker | null {
    for (let i = this.items.length - 1; i >= 0; i--) {
      const it = this.items[i]!;
      if (paragraph - it.paragraph > reach) return null;
      if (kind === null || it.kind === kind) return it;
    }
    return null;
  }

  /** The most recent person speaker without a name (an official, a spokesman) within REACH paragraphs. */
  lastUnnamed(paragraph: number): RememberedSpeaker | null {
    for (let i = this.items.length - 1; i >= 0; i--) {
      const it = this.items[i]!;
      if (paragraph - it.paragraph > REACH) return null;
      if (it.kind === 'person' && it.speaker.name === null) return it;
    }
    return null;
  }

  /** The most recent speaker introduced with head noun `head` ("the official" -> "a senior official"). */
  byHead(head: string): RememberedSpeaker | null {
    for (let i = this.items.length - 1; i >= 0; i--) {
      if (this.items[i]!.heads.includes(head)) return this.items[i]!;
    }
    return null;
  }
}
