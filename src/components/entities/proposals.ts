import type { EntityType, MentionKind } from '../../core/types.js';

/** What an entity will be, before mentions are grouped: same `key` = same real-world entity. */
export interface EntityDraft {
  key: string;
  name: string;
  type: EntityType;
  code: string | null;
  country: string | null;
  role: string | null;
  description: string | null;
  /** True when `country` is still to be taken from the surrounding text (a bare title, a role). */
  countryFromContext?: boolean;
  /** A person whose role is someone's ("Putin's spokesman") takes that person's state: their surname. */
  possessor?: string;
}

/** A news outlet or agency (outlets.tsv): it reports on states, it does not act or speak for one. */
export function isOutletKey(key: string): boolean {
  return key.startsWith('outlets.tsv:');
}

/** A proposed mention over tokens `[tokStart, tokEnd)` with its character range. */
export interface MentionProposal {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  kind: MentionKind;
  draft: EntityDraft;
}
