import type { SentenceView } from './clause.js';
import type { Draft } from './draft.js';
import type { TriggerMatch } from './triggers.js';

const NP_INSIDE = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART']);

/** The trigger verb whose direct object the noun trigger `matches[k]` heads, if any. */
export function objectOf(v: SentenceView, matches: TriggerMatch[], k: number): TriggerMatch | undefined {
  const m = matches[k]!;
  const prev = matches[k - 1];
  const standing = (t: TriggerMatch) => ['light', 'accuse', 'deny'].includes(t.trigger.frame);
  if (!m.nominal || !prev || prev.nominal || standing(prev) || standing(m)) return undefined;
  for (let i = prev.tokenEnd; i < m.tokenStart; i++) if (!NP_INSIDE.has(v.doc.posOf(i))) return undefined;
  return prev;
}

/** The noun trigger a participle right after it describes ("attacks targeting", "strikes launched by"). */
export function modifiedNoun(v: SentenceView, matches: TriggerMatch[], k: number): TriggerMatch | undefined {
  const m = matches[k]!;
  const prev = matches[k - 1];
  const w = v.doc.tokens.lower[m.head]!;
  if (m.nominal || !prev?.nominal || m.tokenStart !== prev.tokenEnd) return undefined;
  return w.endsWith('ing') || w.endsWith('ed') ? prev : undefined;
}

/** Noun triggers carried by a light verb before them in the same clause ("was behind the attacks"). */
export function lightVerbNouns(v: SentenceView, matches: TriggerMatch[]): Map<TriggerMatch, TriggerMatch> {
  const out = new Map<TriggerMatch, TriggerMatch>();
  matches.forEach((m, k) => {
    if (m.trigger.frame !== 'light') return;
    const end = Math.min(v.end, m.tokenEnd + 8);
    const noun = matches.slice(k + 1).find((n) => n.nominal && n.tokenStart < end);
    if (noun) out.set(noun, m);
  });
  return out;
}

/** "X and Y blamed each other": one row per direction. */
export function eachOther(v: SentenceView, m: TriggerMatch, d: Draft): Draft[] {
  const t = v.doc.tokens;
  let k = m.tokenEnd;
  while (k < v.end && v.doc.posOf(k) === 'ADP') k++;
  const reciprocal =
    k + 1 < v.end &&
    ((t.lower[k] === 'each' && t.lower[k + 1] === 'other') ||
      (t.lower[k] === 'one' && t.lower[k + 1] === 'another'));
  if (!reciprocal || d.actor.length < 2) return [d];
  return d.actor.map((a) => ({ ...d, actor: [a], recipient: d.actor.filter((b) => b !== a) }));
}
