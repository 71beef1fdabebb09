import type { Doc } from '../../core/doc.js';
import type { ClaimEvent, Entity } from '../../core/types.js';
import { actorMentions, mentionsBetween } from './actors.js';
import { SPEECH_ACTS, type ArticleContext, type Draft } from './draft.js';
import { characterisedClaim, falsityDenial, readSentence } from './extract.js';
import { modalDemand } from './demands.js';
import type { EventLexicon } from './lexicon.js';
import { mergeRepeats } from './merge.js';
import { mirroredActs } from './reciprocal.js';
import { fillTargetOwners, ownTarget } from './targets.js';

/**
 * Read every event of an article: sentence by sentence, then the article-level passes that need
 * the whole text (whom a denial answers, which earlier act "denied any role" refers to), then merge
 * repeats into one row per proposition, holder and polarity.
 *
 * @example
 * readEvents(doc, shippedEventLexicon()).map((e) => `${e.category} ${e.actor}->${e.recipient}`);
 */
export function readEvents(doc: Doc, lex: EventLexicon): ClaimEvent[] {
  const mentions = actorMentions(doc, lex.demonyms);
  const entities = new Map<string, Entity>(doc.get('entities').map((e) => [e.id, e]));
  const ctx: ArticleContext = { doc, lex, mentions, entities, named: namedTokens(doc), mirrors: [] };
  const drafts: Draft[] = [];
  for (const s of doc.sentences) {
    const own = mentionsBetween(mentions, s.tokenStart, s.tokenEnd);
    const read = readSentence(ctx, s, own);
    // "Y said X must return the ship": unless a trigger after the modal already reads Y's demand to X.
    const demand = modalDemand(ctx, s, own);
    if (
      demand &&
      !read.some((d) => d.category === 'REQUEST' && d.recipient.some((c) => demand.recipient.includes(c)))
    ) {
      // In the sentence's order, so the demand comes before the acts named after it.
      const at = read.findIndex((d) => d.trigger.start > demand.trigger.start);
      read.splice(at < 0 ? read.length : at, 0, demand);
    }
    drafts.push(...read);
    // "X said these accusations are unfounded": unless the sentence already reads a rejection.
    const rejection = read.some((d) => d.category === 'REJECT') ? null : falsityDenial(ctx, s, own);
    if (rejection) drafts.push(rejection);
    // "X described Y's charges as a provocation": unless the sentence already reads X's disapproval.
    const disapproval = characterisedClaim(ctx, s, own);
    if (disapproval) {
      const same = read.find((d) => d.category === 'ACCUSE' && d.actor.join() === disapproval.actor.join());
      // "X denounced Y's claims as absurd": the sentence's own ACCUSE row carries the denial of the claims.
      if (same) same.deniesEarlier ??= disapproval.deniesEarlier;
      else drafts.push(disapproval);
    }
  }
  resolveCounterparts(drafts);
  drafts.push(...earlierDenials(drafts));
  fillTargetOwners(ctx, drafts);
  const read = fillIncidents(drafts);
  // "on its own territory": the act is aimed at no one else, so no recipient is guessed for it, nor for the
  // same act (category, mode, actor) named elsewhere without a recipient ("X plans to use a dirty bomb").
  const unaimed = read.filter((d) => ownTarget(doc, d));
  const guessable = read.filter(
    (d) =>
      !unaimed.some(
        (u) =>
          u === d ||
          (!d.recipient.length &&
            u.category === d.category &&
            u.mode === d.mode &&
            u.actor.join('+') === d.actor.join('+')),
      ),
  );
  fillRecipients(guessable);
  fillFromDyads(guessable);
  fillModes(read);
  read.push(...mirroredActs(ctx.mirrors, read));
  const complete = read.filter(
    (d) => (!d.needsRecipient || d.recipient.length) && (!d.needsActor || d.actor.length),
  );
  return mergeRepeats(complete).map(toEvent);
}

const overlaps = (a: string[], b: string[]) => a.some((c) => b.includes(c));

/** Parties the article sets against `codes`: whom they accuse, who accuses them, who claims acts of theirs. */
function counterparts(drafts: Draft[], codes: string[], order: 'accusers' | 'accused'): string[] {
  const accusers = drafts
    .filter(
      (a) =>
        a.category === 'ACCUSE' &&
        a.polarity === 'asserted' &&
        a.actor.length &&
        overlaps(a.recipient, codes),
    )
    .flatMap((a) => a.actor);
  const accused = drafts
    .filter(
      (a) =>
        a.category === 'ACCUSE' &&
        a.polarity === 'asserted' &&
        a.recipient.length &&
        overlaps(a.actor, codes),
    )
    .flatMap((a) => a.recipient);
  const claimants = drafts
    .filter(
      (a) =>
        !SPEECH_ACTS.has(a.category) &&
        a.polarity === 'asserted' &&
        overlaps(a.actor, codes) &&
        a.holder.country,
    )
    .map((a) => a.holder.country!);
  const denied = drafts
    .filter((a) => a.polarity === 'denied' && overlaps(a.actor, codes))
    .flatMap((a) => a.recipient);
  const ranked = order === 'accusers' ? [accusers, claimants, accused, denied] : [accused, accusers, denied];
  for (const list of ranked) {
    const first = list.find((c) => !codes.includes(c));
    if (first) return [first];
  }
  return [];
}

/**
 * Speech acts missing a party take it from the article's other rows: a denial answers its accuser, a
 * threat or rejection is aimed at the other side, an accusation with no named accuser comes from whoever
 * claims the act.
 */
function resolveCounterparts(drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.category === 'REJECT' && d.needsAccuser && !d.recipient.length && d.actor.length) {
      d.recipient = counterparts(drafts, d.actor, 'accusers');
    } else if (d.category === 'THREATEN' && !d.recipient.length && d.actor.length) {
      d.recipient = counterparts(drafts, d.actor, 'accused');
    } else if (d.category === 'ACCUSE' && !d.actor.length && d.recipient.length) {
      const claimant = drafts.find(
        (a) =>
          !SPEECH_ACTS.has(a.category) &&
          a.polarity === 'asserted' &&
          overlaps(a.actor, d.recipient) &&
          a.holder.country &&
          !d.recipient.includes(a.holder.country),
      );
      if (claimant) d.actor = [claimant.holder.country!];
    }
  }
}

/**
 * Acts named only by a light verb ("X was not involved", "Y was behind it") are the article's incident:
 * the first act of their category read with a target, whose recipient, mode and object they take. With no
 * such act in the article they are dropped.
 */
function fillIncidents(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    if (!d.incident) {
      out.push(d);
      continue;
    }
    // "The attack was carried out by X": the act named in the sentence takes X as its actor.
    const named = drafts.find(
      (a) =>
        !a.incident &&
        a.sentence === d.sentence &&
        a.category === d.category &&
        !a.actor.length &&
        a.polarity === d.polarity,
    );
    if (named) {
      named.actor = [...d.actor];
      continue;
    }
    const incident = drafts.find((a) => !a.incident && a.category === d.category && a.recipient.length);
    if (!incident) continue;
    out.push({
      ...d,
      recipient: [...incident.recipient],
      mode: incident.mode,
      object: incident.object,
      objectClass: incident.objectClass,
    });
  }
  return out;
}

/** "X denied any role": the act X denies is the article's claim about X, coded again as denied by X. */
function earlierDenials(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const denier = d.deniesEarlier;
    if (!denier) continue;
    const claims = drafts.filter(
      (a) => !SPEECH_ACTS.has(a.category) && a.polarity === 'asserted' && overlaps(a.actor, denier.codes),
    );
    // "X was blamed for the blast, but it dismissed the claims": the claim in the denial's own sentence comes
    // first, else the claim others make about X most often (the article's main accusation).
    const target =
      claims.find((a) => a.sentence === d.sentence) ??
      mostRepeated(claims.filter((a) => a.holder.country && !denier.codes.includes(a.holder.country))) ??
      claims[0];
    if (!target) continue;
    out.push({
      ...target,
      polarity: 'denied',
      holder: denier.holder,
      evidence: d.evidence,
      trigger: d.trigger,
      quoteIndex: d.quoteIndex,
      sentence: d.sentence,
      certainty: 'certain',
      deniesEarlier: null,
      confidence: 0.5,
    });
  }
  return out;
}

/**
 * The draft whose act (category and actor; recipients may still be unread here) has the most rows,
 * the earliest on a tie.
 */
function mostRepeated(drafts: Draft[]): Draft | undefined {
  const key = (d: Draft) => `${d.category} ${d.actor.join('+')}`;
  const counts = new Map<string, number>();
  for (const d of drafts) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  let best: Draft | undefined;
  for (const d of drafts) if (!best || counts.get(key(d))! > counts.get(key(best))!) best = d;
  return best;
}

/**
 * An act with no recipient in its sentence ("denied any role in the attack", "the attack killed 11") takes
 * the recipient of the same kind of act by the same actor elsewhere in the article, asserted rows first.
 */
function fillRecipients(drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.recipient.length || !d.actor.length || SPEECH_ACTS.has(d.category)) continue;
    // "X and Y exchanged fire": fighting between its actors is aimed at no one else.
    if (d.category === 'ASSAULT' && d.actor.length > 1) continue;
    const candidates = drafts.filter(
      (a) =>
        a !== d &&
        a.category === d.category &&
        overlaps(a.actor, d.actor) &&
        a.recipient.some((c) => !d.actor.includes(c)),
    );
    const same = candidates.find((a) => a.polarity === 'asserted') ?? candidates[0];
    if (same) d.recipient = same.recipient.filter((c) => !d.actor.includes(c));
  }
}

/** Categories that are aimed at someone: with no recipient read, the actor's usual counterpart is the likeliest. */
const AIMED = new Set([
  'ASSAULT',
  'COERCE',
  'REJECT',
  'THREATEN',
  'SANCTION',
  'ACCUSE',
  'CONCEDE',
  'SUPPORT',
  'CONSULT',
  'AID',
  'COOPERATE',
]);

/**
 * The article's dyads: how often each pair of parties meets as actor and recipient. An aimed act whose
 * recipient the sentence leaves out ("Hezbollah denied the attack") is aimed at the actor's most frequent
 * counterpart in the article; an attack a victim reports without naming the attacker is put on the
 * victim's most frequent counterpart.
 */
function fillFromDyads(drafts: Draft[]): void {
  const counts = new Map<string, Map<string, number>>();
  const bump = (a: string, b: string) => {
    const m = counts.get(a) ?? new Map<string, number>();
    m.set(b, (m.get(b) ?? 0) + 1);
    counts.set(a, m);
  };
  for (const d of drafts) {
    for (const a of d.actor) {
      for (const r of d.recipient) {
        if (a === r) continue;
        bump(a, r);
        bump(r, a);
      }
    }
  }
  const partnerOf = (code: string) =>
    [...(counts.get(code) ?? new Map<string, number>())].sort((x, y) => y[1] - x[1])[0]?.[0];
  for (const d of drafts) {
    if (!AIMED.has(d.category)) continue;
    if (!d.recipient.length && d.actor.length === 1) {
      const p = partnerOf(d.actor[0]!);
      if (p) {
        d.recipient = [p];
        d.recipientGuessed = true;
      }
    } else if (!d.actor.length && d.recipient.length === 1 && d.holder.country === d.recipient[0]) {
      // A victim's own account of an attack blames its usual adversary ("our soldier was killed", says X).
      const p = partnerOf(d.recipient[0]!);
      if (p) d.actor = [p];
    }
  }
}

/** One incident, one mode: a row without a mode takes the mode of the same act between the same parties. */
function fillModes(drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.mode !== null || SPEECH_ACTS.has(d.category)) continue;
    const same = drafts.find(
      (a) =>
        a.mode !== null &&
        a.category === d.category &&
        overlaps(a.actor, d.actor) &&
        overlaps(a.recipient, d.recipient),
    );
    if (same) d.mode = same.mode;
  }
}

function toEvent(d: Draft): ClaimEvent {
  const {
    sentence: _s,
    needsAccuser: _n,
    needsRecipient: _r,
    needsActor: _a,
    deniesEarlier: _d,
    incident: _i,
    ...event
  } = d;
  return event;
}

/** Tokens inside entity mentions: a trigger word there is part of a name ("Emergency Relief Coordinator"). */
function namedTokens(doc: Doc): Uint8Array {
  const named = new Uint8Array(doc.tokens.count);
  for (const e of doc.get('entities'))
    for (const m of e.mentions)
      for (let k = doc.tokenAtOrAfter(m.start); k < doc.tokens.count && doc.tokens.start[k]! < m.end; k++)
        named[k] = 1;
  return named;
}
