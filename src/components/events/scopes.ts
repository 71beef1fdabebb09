import type { Entity, Holder } from '../../core/types.js';
import type { ActorMention } from './actors.js';
import { startsClause, type readArguments, type SentenceView } from './clause.js';
import { uniqueCodes, type ArticleContext, type Draft } from './draft.js';
import { fallbackRecipient } from './recipients.js';
import { reporterClauseAt } from '../modality/index.js';
import type { TriggerMatch } from './triggers.js';

/** A stretch of a sentence whose events are held by someone other than the reporter (after "accused", "denied"). */
export interface Scope {
  kind: 'accuse' | 'deny';
  from: number;
  to: number;
  /** Whom the accused events default to (the accused, or the denier). */
  defaultActor: string[];
  holder: Holder;
  hedged: boolean;
  produced: boolean;
  /** The accusation or denial trigger that opened the scope. */
  trigger: TriggerMatch;
  /** The denier (deny scopes), for an article-level look-up when no act is spelled out. */
  denier: { codes: string[]; holder: Holder } | null;
  /** An accusation that is negated ("stopped short of accusing Y of Z"): nobody asserts Z. */
  negated: boolean;
}

const SCOPE_STOPS = new Set([';', ':', '—']);
/** Where a scope opened at `from` ends: a stop, a second predicate, or a clause the reporter adds. */
export function scopeEnd(v: SentenceView, from: number): number {
  for (let k = from; k < v.end; k++) {
    const w = v.doc.tokens.lower[k]!;
    if (SCOPE_STOPS.has(w)) return k;
    // "X blamed Y and called on Z": the scope ends where a second predicate starts.
    if ((w === 'and' || w === 'but') && startsClause(v, k + 1)) return k;
    if (
      w === ',' &&
      k + 1 < v.end &&
      ['saying', 'adding', 'calling', 'while', 'but'].includes(v.doc.tokens.lower[k + 1]!)
    )
      return k;
    // ", as Vostrian troops shelled ...": a clause the reporter adds is no part of the accusation.
    if (w === ',' && reporterClauseAt(v.doc, k, v.end - 1) === k) return k;
  }
  return v.end;
}

/** The holder that stands for a mention: a person or body by name, a state by its code alone. */
export function holderOfMentions(ms: ActorMention[], entities: Map<string, Entity>): Holder {
  const m = ms[0];
  if (!m) return { name: null, country: null, entityId: null };
  const e = m.entityId ? entities.get(m.entityId) : undefined;
  const named = e && e.type !== 'country' ? e.name : null;
  return { name: named, country: m.codes[0] ?? null, entityId: e?.id ?? null };
}

/** An accused act inside a denial ("denied the claim that X did Z") is also denied by the denier. */
export function outerDenials(scopes: Scope[], inner: Scope, m: TriggerMatch, d: Draft): Draft[] {
  const out: Draft[] = [];
  for (const s of scopes) {
    if (s === inner || s.kind !== 'deny' || s.from > m.tokenStart || m.tokenStart >= s.to) continue;
    s.produced = true;
    out.push({ ...d, polarity: 'denied', holder: s.holder, certainty: 'certain' });
  }
  return out;
}

export function innermost(scopes: Scope[], token: number): Scope | undefined {
  for (let k = scopes.length - 1; k >= 0; k--) {
    const s = scopes[k]!;
    if (s.from <= token && token < s.to) return s;
  }
  return undefined;
}

export function openScope(
  ctx: ArticleContext,
  v: SentenceView,
  m: TriggerMatch,
  args: ReturnType<typeof readArguments>,
  outer: Scope | undefined,
): Scope {
  const to = scopeEnd(v, m.tokenEnd);
  if (m.trigger.frame === 'deny') {
    const denier = args.actor.length ? args.actor : [];
    const holder = holderOfMentions(denier, ctx.entities);
    const codes = uniqueCodes(denier);
    return {
      kind: 'deny',
      trigger: m,
      from: m.tokenEnd,
      to,
      defaultActor: codes,
      holder,
      hedged: false,
      produced: false,
      denier: codes.length ? { codes, holder } : null,
      negated: false,
    };
  }
  // An accusation: the accuser holds the accused act; a noun ("the allegation that X ...") names the accused after it.
  let accused = uniqueCodes(args.recipient);
  if (m.nominal && !accused.length) {
    const own = new Set(uniqueCodes(args.actor));
    const after = v.mentions.find(
      (x) => x.tokenStart >= m.tokenEnd && x.tokenStart < to && !x.codes.some((c) => own.has(c)),
    );
    accused = after ? after.codes : [];
  } else if (!accused.length) {
    // "blamed the incident on X": the accused is the party named after the verb's object.
    accused = uniqueCodes(fallbackRecipient(v, m, 'accuse'));
  }
  const accuser = args.actor.length
    ? holderOfMentions(args.actor, ctx.entities)
    : outer?.kind === 'accuse'
      ? outer.holder
      : { name: null, country: null, entityId: null };
  return {
    kind: 'accuse',
    trigger: m,
    from: m.tokenEnd,
    to,
    defaultActor: accused,
    holder: accuser,
    hedged: !args.actor.length,
    produced: false,
    denier: null,
    negated: false,
  };
}
