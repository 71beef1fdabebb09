import type { Sentence } from '../../core/doc.js';
import type { ActorMention } from './actors.js';
import { clauseEnd, sentenceView, subjectBefore } from './clause.js';
import { uniqueCodes, type ArticleContext, type Draft } from './draft.js';
import { hasToken, makeDraft, wordMatch } from './extract.js';
import { ARTICLE_VOICE, holderOf } from './holder.js';

/** Deontic modals: "X must return the ship", said by Y, is Y's demand to X. */
const DEMAND_MODALS = new Set(['must']);

/**
 * "Y said X must return the ship": a reported "X must V" is the speaker's demand to X (PLOVER REQUEST),
 * even when V names no event. The speech act is reported by the article (held by its voice); null when
 * the sentence has no such modal, no subject before it, or no speaker with a state other than X's.
 *
 * @example
 * modalDemand(ctx, doc.sentences[0]!, mentions)?.recipient; // ['SDN'] for "Russia said Sudan must return it"
 */
export function modalDemand(ctx: ArticleContext, sentence: Sentence, mentions: ActorMention[]): Draft | null {
  const { doc } = ctx;
  if (!mentions.length || !hasToken(ctx, sentence, (k) => DEMAND_MODALS.has(doc.tokens.lower[k]!)))
    return null;
  const v = sentenceView(doc, sentence.tokenStart, sentence.tokenEnd, mentions);
  const t = doc.tokens;
  for (let k = v.start + 1; k < v.end - 1; k++) {
    if (!DEMAND_MODALS.has(t.lower[k]!)) continue;
    let verb = k + 1;
    if (doc.posOf(verb) === 'ADV') verb++;
    if (verb >= v.end || !['VERB', 'AUX'].includes(doc.posOf(verb))) continue;
    const { holder } = holderOf(doc, t.start[k]!, t.end[k]!);
    const asked = uniqueCodes(subjectBefore(v, k));
    if (!holder.country || !asked.length || asked.includes(holder.country)) continue;
    const m = wordMatch(k, { category: 'REQUEST', mode: null, frame: 'act' }, false);
    const d = makeDraft(ctx, sentence, m, [[holder.country], asked], [verb, clauseEnd(v, verb)], false);
    d.category = 'REQUEST';
    d.polarity = 'asserted';
    d.certainty = 'certain';
    d.holder = ARTICLE_VOICE;
    return d;
  }
  return null;
}
