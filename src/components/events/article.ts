import type { Doc } from '../../core/doc.js';
import type { ClaimEvent, Entity } from '../../core/types.js';
import { actorMentions, mentionsBetween } from './actors.js';
import { SPEECH_ACTS, type Draft } from './draft.js';
import { readSentence, type ArticleContext } from './extract.js';
import type { EventLexicon } from './lexicon.js';
import { mergeRepeats } from './merge.js';

/**
 * Read every event of an article: sentence by sentence, then the article-level passes that need
 * the whole text (whom a denial answers, which earlier act "denied any role" refers to), then merge
 * repeats into one row per proposition, holder and polarity.
 *
 * @example
 * readEvents(doc, shippedEventLexicon()).map((e) => `${e.category} ${e.actor}->${e.recipient}`);
 */
export function readEvents(doc: Doc, lex: EventLexicon): ClaimEvent[] {
  const mentions = actorMentions(doc);
  const entities = new Map<string, Entity>(doc.get('entities').map((e) => [e.id, e]));
  const ctx: ArticleContext = { doc, lex, mentions, entities };
  const drafts: Draft[] = [];
  for (const s of doc.sentences) {
    drafts.push(...readSentence(ctx, s, mentionsBetween(mentions, s.tokenStart, s.tokenEnd)));
  }
  resolveAccusers(drafts);
  drafts.push(...earlierDenials(drafts));
  fillDeniedRecipients(drafts);
  return mergeRepeats(drafts).map(toEvent);
}

const overlaps = (a: string[], b: string[]) => a.some((c) => b.includes(c));

/** A denial that names no accuser answers the latest accusation against the denier, else whoever asserted the act. */
function resolveAccusers(drafts: Draft[]): void {
  for (const d of drafts) {
    if (!d.needsAccuser || d.recipient.length) continue;
    const accusation = drafts.find((a) => a.category === 'ACCUSE' && a.polarity === 'asserted' && overlaps(a.recipient, d.actor));
    const claim = drafts.find((a) => !SPEECH_ACTS.has(a.category) && a.polarity === 'asserted' && overlaps(a.actor, d.actor) && a.holder.country && !d.actor.includes(a.holder.country));
    const denied = drafts.find((a) => a.sentence === d.sentence && a.polarity === 'denied' && a.recipient.length);
    // Failing an accuser, a denial answers the other party of the act it denies.
    const accuser = accusation?.actor ?? (claim?.holder.country ? [claim.holder.country] : denied?.recipient ?? claim?.recipient ?? []);
    d.recipient = accuser.filter((c) => !d.actor.includes(c));
  }
}

/** "X denied any role": the act X denies is the article's claim about X, coded again as denied by X. */
function earlierDenials(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const denier = d.deniesEarlier;
    if (!denier) continue;
    const claims = drafts.filter((a) => !SPEECH_ACTS.has(a.category) && a.polarity === 'asserted' && overlaps(a.actor, denier.codes));
    const target = claims.find((a) => a.holder.country && !denier.codes.includes(a.holder.country)) ?? claims[0];
    if (!target) continue;
    out.push({ ...target, polarity: 'denied', holder: denier.holder, evidence: d.evidence, trigger: d.trigger, quoteIndex: d.quoteIndex, sentence: d.sentence, certainty: 'certain', deniesEarlier: null, confidence: 0.5 });
  }
  return out;
}

/** A denied act with no recipient takes the recipient of the same act asserted elsewhere in the article. */
function fillDeniedRecipients(drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.polarity !== 'denied' || d.recipient.length || SPEECH_ACTS.has(d.category)) continue;
    const same = drafts.find((a) => a !== d && a.category === d.category && a.polarity === 'asserted' && overlaps(a.actor, d.actor) && a.recipient.length);
    if (same) d.recipient = same.recipient.filter((c) => !d.actor.includes(c));
  }
}

function toEvent(d: Draft): ClaimEvent {
  const { sentence: _s, needsAccuser: _n, deniesEarlier: _d, ...event } = d;
  return event;
}
