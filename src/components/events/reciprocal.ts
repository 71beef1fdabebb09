import type { SentenceView } from './clause.js';
import { SPEECH_ACTS, type Draft, type Mirror } from './draft.js';

export type { Mirror } from './draft.js';

/** Words that mark an act as the mirror of one just reported ("a tit-for-tat expulsion", "a reciprocal ban"). */
const MIRROR_WORDS = new Set(['tit-for-tat', 'reciprocal', 'retaliatory']);
/** How far after the mirror word (hyphens are tokens) the mirroring party may be named ("a tit-for-tat order from X"). */
const PARTY_WINDOW = 10;

/**
 * The mirror words of a sentence and the parties named after them ("a tit-for-tat order from Y").
 *
 * @example
 * mirrorsIn(v, 3); // [{ sentence: 3, codes: ['KEL'] }]
 */
export function mirrorsIn(v: SentenceView, sentence: number): Mirror[] {
  const t = v.doc.tokens;
  const out: Mirror[] = [];
  for (let k = v.start; k < v.end; k++) {
    const word = t.lower[k] === 'tit' && t.lower[k + 2] === 'for' ? 'tit-for-tat' : t.lower[k]!;
    if (!MIRROR_WORDS.has(word)) continue;
    const party = v.mentions.find((m) => m.tokenStart > k && m.tokenStart <= k + PARTY_WINDOW);
    if (party) out.push({ sentence, codes: [...party.codes] });
  }
  return out;
}

/**
 * "X expelled a Y diplomat, prompting a tit-for-tat order from Y": the mirrored act, with the roles
 * swapped, by the party named after the mirror word (one of the sentence's act's recipients). Runs
 * after the article-level fills, which may supply that act's recipient.
 *
 * @example
 * mirroredActs(mirrors, drafts); // [SANCTION/expel KEL->VOS] after "VOS expelled ... a tit-for-tat order from KEL"
 */
export function mirroredActs(mirrors: Mirror[], drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const { sentence, codes } of mirrors) {
    const inSentence = drafts.filter((d) => d.sentence === sentence && !SPEECH_ACTS.has(d.category));
    const act = inSentence.find(
      (d) => d.polarity === 'asserted' && d.actor.length && d.recipient.some((c) => codes.includes(c)),
    );
    if (!act || inSentence.some((d) => d.category === act.category && d.actor.some((c) => codes.includes(c))))
      continue;
    // The mirrored act's recipient is the act's stated actor.
    const { recipientGuessed: _g, ...stated } = act;
    out.push({ ...stated, actor: [...codes], recipient: [...act.actor] });
  }
  return out;
}
