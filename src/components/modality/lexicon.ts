import { join } from 'node:path';
import type { Certainty, EventTime } from '../../core/types.js';
import { LEXICON_DIR } from '../../lexicon/paths.js';
import { lexiconError, readLexicon, type LexiconTable } from '../../lexicon/tsv.js';
import { PhraseTable } from './phrases.js';

export type NegationKind =
  'negator' | 'negator-verb' | 'not-negation' | 'transparent' | 'opaque' | 'occurrence' | 'new-statement';
export type DenialKind =
  | 'denial-verb'
  | 'rejection'
  | 'falsity'
  | 'denial-phrase'
  | 'claim-noun'
  | 'claim-verb'
  | 'claim-owner-free';
export type HedgeScope = 'complement' | 'clause' | 'sentence' | 'np';

export interface HedgeRow {
  certainty: Exclude<Certainty, 'certain'>;
  scope: HedgeScope;
  unlessNext: string | null;
  label: string;
}

export interface ModalRow {
  time: EventTime | null;
  certainty: 'possible' | null;
  scope: Exclude<HedgeScope, 'sentence'> | 'commissive';
  label: string;
}

/** The modality lexicons, compiled once: phrase tables by kind, and digests for provenance. */
export interface ModalityLexicon {
  negation: PhraseTable<{ kind: NegationKind; label: string }>;
  denials: PhraseTable<{ kind: DenialKind; label: string }>;
  hedges: PhraseTable<HedgeRow>;
  /** Nouns that mark anonymous sourcing ("officials", "sources"). */
  anonymousSources: PhraseTable<string>;
  /** Verbs whose plural anonymous subject is sourcing ("officials said"). */
  sourcingVerbs: PhraseTable<string>;
  /** Speech cues that hedge their reported speech when the speaker is unnamed ("allege", "claim"). */
  hedgingCues: PhraseTable<HedgeRow['certainty']>;
  modals: PhraseTable<ModalRow>;
  digests: Record<string, string>;
}

const NEGATION_KINDS = new Set<string>([
  'negator',
  'negator-verb',
  'not-negation',
  'transparent',
  'opaque',
  'occurrence',
  'new-statement',
]);
const DENIAL_KINDS = new Set<string>([
  'denial-verb',
  'rejection',
  'falsity',
  'denial-phrase',
  'claim-noun',
  'claim-verb',
  'claim-owner-free',
]);
const SCOPES = new Set<string>(['complement', 'clause', 'sentence', 'np']);

function kinds<K extends string>(
  table: LexiconTable,
  allowed: Set<string>,
): PhraseTable<{ kind: K; label: string }> {
  const out = new PhraseTable<{ kind: K; label: string }>();
  for (const row of table.rows) {
    const { pattern, kind } = row.fields;
    if (!allowed.has(kind!)) lexiconError(table, row, `unknown kind "${kind}"`);
    out.add(pattern!, { kind: kind as K, label: pattern! });
  }
  return out;
}

interface HedgeTables {
  hedges: PhraseTable<HedgeRow>;
  sources: PhraseTable<string>;
  verbs: PhraseTable<string>;
  cues: PhraseTable<HedgeRow['certainty']>;
}

function hedges(table: LexiconTable): HedgeTables {
  const out = new PhraseTable<HedgeRow>();
  const sources = new PhraseTable<string>();
  const verbs = new PhraseTable<string>();
  const cues = new PhraseTable<HedgeRow['certainty']>();
  for (const row of table.rows) {
    const f = row.fields;
    if (f.certainty !== 'hedged' && f.certainty !== 'possible')
      lexiconError(table, row, `certainty must be hedged or possible`);
    if (f.scope === 'anonymous-source') {
      sources.add(f.pattern!, f.pattern!);
      continue;
    }
    if (f.scope === 'sourcing-verb') {
      verbs.add(f.pattern!, f.pattern!);
      continue;
    }
    if (f.scope === 'cue') {
      cues.add(f.pattern!, f.certainty);
      continue;
    }
    if (!SCOPES.has(f.scope!)) lexiconError(table, row, `unknown scope "${f.scope}"`);
    out.add(f.pattern!, {
      certainty: f.certainty,
      scope: f.scope as HedgeScope,
      unlessNext: f.unless_next || null,
      label: f.pattern!,
    });
  }
  return { hedges: out, sources, verbs, cues };
}

function modals(table: LexiconTable): PhraseTable<ModalRow> {
  const out = new PhraseTable<ModalRow>();
  for (const row of table.rows) {
    const f = row.fields;
    if (!['past', 'ongoing', 'future', '-'].includes(f.time!))
      lexiconError(table, row, `unknown time "${f.time}"`);
    if (f.certainty && f.certainty !== 'possible')
      lexiconError(table, row, `certainty must be possible or empty`);
    if ((!SCOPES.has(f.scope!) && f.scope !== 'commissive') || f.scope === 'sentence')
      lexiconError(table, row, `unknown scope "${f.scope}"`);
    out.add(f.pattern!, {
      time: f.time === '-' ? null : (f.time as EventTime),
      certainty: f.certainty ? 'possible' : null,
      scope: f.scope as ModalRow['scope'],
      label: f.pattern!,
    });
  }
  return out;
}

/**
 * Load the modality lexicons (negation, denials, hedges, modals) from a folder.
 *
 * @example
 * const lex = loadModalityLexicon();
 * lex.digests['hedges.tsv']; // 'a1b2c3d4e5f6'
 */
export function loadModalityLexicon(dir: string = LEXICON_DIR): ModalityLexicon {
  const neg = readLexicon(join(dir, 'negation.tsv'), ['pattern', 'kind']);
  const den = readLexicon(join(dir, 'denials.tsv'), ['pattern', 'kind']);
  const hed = readLexicon(join(dir, 'hedges.tsv'), ['pattern', 'certainty', 'scope']);
  const mod = readLexicon(join(dir, 'modals.tsv'), ['pattern', 'time', 'scope']);
  const h = hedges(hed);
  return {
    negation: kinds<NegationKind>(neg, NEGATION_KINDS),
    denials: kinds<DenialKind>(den, DENIAL_KINDS),
    hedges: h.hedges,
    anonymousSources: h.sources,
    sourcingVerbs: h.verbs,
    hedgingCues: h.cues,
    modals: modals(mod),
    digests: {
      'negation.tsv': neg.digest,
      'denials.tsv': den.digest,
      'hedges.tsv': hed.digest,
      'modals.tsv': mod.digest,
    },
  };
}

let shipped: ModalityLexicon | null = null;

/** The shipped lexicons, read once per process. */
export function shippedModalityLexicon(): ModalityLexicon {
  shipped ??= loadModalityLexicon();
  return shipped;
}
