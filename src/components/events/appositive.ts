import type { ActorMention } from './actors.js';
import type { SentenceView } from './clause.js';
import { SPEECH_ACTS, type ArticleContext, type Draft } from './draft.js';
import { ARTICLE_VOICE, holderOfMention } from './holder.js';
import { lemmaOf } from './triggers.js';

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that']);

/**
 * The denier named by an appositive claim after the content: "..., a claim denied by Vostria" or
 * "..., a charge Vostria denies" (claim nouns and denial verbs from denials.tsv).
 */
function appositiveDenier(ctx: ArticleContext, v: SentenceView): ActorMention | null {
  const { doc, lex } = ctx;
  const t = doc.tokens;
  for (let k = v.start + 2; k < v.end - 2; k++) {
    if (!lex.claimNouns.has(lemmaOf(doc, k)) || !DETERMINERS.has(t.lower[k - 1]!)) continue;
    if (![',', '–', '—', '-', '('].includes(t.lower[k - 2]!)) continue;
    if (lex.denialVerbs.has(lemmaOf(doc, k + 1)) && t.lower[k + 2] === 'by') {
      const by = v.mentions.find(
        (m) => m.tokenStart === k + 3 || (m.tokenStart === k + 4 && t.lower[k + 3] === 'the'),
      );
      if (by) return by;
    }
    const subject = v.mentions.find((m) => m.tokenStart === k + 1);
    if (subject) {
      for (let j = subject.tokenEnd; j < Math.min(v.end, subject.tokenEnd + 3); j++)
        if (lex.denialVerbs.has(lemmaOf(doc, j))) return subject;
    }
  }
  return null;
}

/**
 * "Vostria shelled the port, Kelmar said – a claim denied by Vostria": each claimed act of the sentence is
 * also denied by the denier, and the denial itself is a REJECT aimed at the claimant, held by the article.
 *
 * @example
 * appositiveDenials(ctx, v, drafts); // [ASSAULT VOS->KEL denied by VOS, REJECT VOS->KEL]
 */
export function appositiveDenials(ctx: ArticleContext, v: SentenceView, drafts: Draft[]): Draft[] {
  const claims = drafts.filter((d) => !SPEECH_ACTS.has(d.category) && d.polarity === 'asserted');
  if (!claims.length) return [];
  const denier = appositiveDenier(ctx, v);
  if (!denier) return [];
  const out: Draft[] = [];
  const holder = holderOfMention(denier, ctx.entities);
  for (const d of claims) {
    if (d.holder.country && denier.codes.includes(d.holder.country)) continue;
    out.push({ ...d, polarity: 'denied', certainty: 'certain', holder });
    const claimant = d.holder.country ? [d.holder.country] : [];
    out.push({
      ...d,
      category: 'REJECT',
      mode: null,
      actor: [...denier.codes],
      recipient: claimant,
      polarity: 'asserted',
      certainty: 'certain',
      holder: ARTICLE_VOICE,
      object: null,
      objectClass: null,
      quantity: null,
    });
  }
  return out;
}

/** Determiners of a claim noun that points back at a claim already reported ("these accusations"). */
const ANAPHORIC = new Set(['these', 'those', 'the', 'such', 'this', 'that', 'all']);
const COPULAS = new Set(['be', 'seem', 'remain']);

/**
 * "X said these accusations are unfounded": a claim noun pointing back, with no content of its own,
 * called false. Returns the claim noun's token, else -1.
 *
 * @example
 * anaphoricFalsity(ctx, v); // 7 for "Vostria said on Monday the claims were baseless"
 */
export function anaphoricFalsity(ctx: ArticleContext, v: SentenceView): number {
  const { doc, lex } = ctx;
  const t = doc.tokens;
  for (let k = v.start + 1; k < v.end - 2; k++) {
    if (!lex.claimNouns.has(lemmaOf(doc, k)) || !ANAPHORIC.has(t.lower[k - 1]!)) continue;
    let j = k + 1;
    if (!COPULAS.has(lemmaOf(doc, j))) continue;
    j++;
    while (j < v.end && (doc.posOf(j) === 'ADV' || doc.posOf(j) === 'PART')) j++;
    if (lex.falsityWords.has(t.lower[j]!)) return k;
  }
  return -1;
}
