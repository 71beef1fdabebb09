import type { Attribution, Doc } from '../../core/doc.js';
import type { Quote, Span, Speaker } from '../../core/types.js';
import { findQuoteCue, type QuoteCue } from './attribute.js';
import { findCues, quoteMask, type Cue } from './cues.js';
import { findIndirect, type IndirectSpeech } from './indirect.js';
import type { QuoteLexicon } from './lexicon.js';
import { findQuoteSpans, type QuoteSpan } from './marks.js';
import { SpeakerMemory } from './memory.js';
import { MentionIndex } from './mentions.js';
import { subjectBefore } from './phrase.js';
import { recentSubject } from './subjects.js';
import { resolvePhrase, type ResolveContext, type ResolvedSpeaker } from './resolve.js';

/** What the quotes stage proposes for one Doc: the quotes (direct and reported) and their attributions. */
export interface QuoteProposals {
  quotes: Quote[];
  attributions: Attribution[];
}

/** Quotations shorter than this are scare quotes, not quotes. */
export const MIN_QUOTE_WORDS = 4;

interface DirectRow {
  span: QuoteSpan;
  found: QuoteCue | null;
  speaker: Speaker | null;
  how: string | null;
  confidence: number;
  /** True when the speaker came from a pronoun ("he said"). */
  pronoun?: boolean;
}

const CONFIDENCE: Record<string, number> = {
  adjacent: 0.9,
  sentence: 0.85,
  subject: 0.5,
  'according-to': 0.85,
  continued: 0.8,
  paragraph: 0.75,
  'previous-paragraph': 0.6,
};

/**
 * Find the direct quotes and reported speech of a Doc and attribute each to its speaker, in
 * reading order so that "he said" and "the official said" resolve to speakers read before.
 *
 * @example
 * extractQuotes(doc, loadQuoteLexicon()).quotes[0].speaker?.name; // 'Mara Quill'
 */
export function extractQuotes(doc: Doc, lex: QuoteLexicon): QuoteProposals {
  const spans = findQuoteSpans(doc.text, doc.paragraphs);
  const mask = quoteMask(doc, spans);
  const cues = findCues(doc, lex, mask);
  const cueAt = new Int32Array(doc.tokens.count).fill(-1);
  cues.forEach((c, i) => (cueAt[c.token] = i));
  const search = { doc, lex, spans, mask, cues, cueAt };
  // Short stretches are not quotes, but "“Not now,” said X" still tells whose turn it is.
  const all: DirectRow[] = spans.map((span, k) => ({
    span,
    found: findQuoteCue(search, k),
    speaker: null,
    how: null,
    confidence: 0.3,
  }));
  const rows = all.filter((r) => r.span.words >= MIN_QUOTE_WORDS);
  const indirect = findIndirect(doc, cues, mask);
  const ctx: ResolveContext = {
    doc,
    lex,
    mentions: new MentionIndex(doc.get('entities')),
    memory: new SpeakerMemory(),
    mask,
  };
  const resolvedIndirect = new Map<IndirectSpeech, ResolvedSpeaker | null>();
  const used = new Set<number>(indirect.map((i) => i.cue));
  for (const r of all) if (r.found?.cue) used.add(cueAt[r.found.cue.token]!);
  type Job = { at: number; row?: DirectRow; ind?: IndirectSpeech; cue?: Cue };
  const jobs: Job[] = [
    ...all.map((row) => ({
      at: row.found?.cue ? Math.min(row.span.open, row.found.cue.start) : row.span.open,
      row,
    })),
    ...indirect.map((ind) => ({ at: cues[ind.cue]!.start, ind })),
    ...cues.filter((_, i) => !used.has(i)).map((cue) => ({ at: cue.start, cue })),
  ].sort((a, b) => a.at - b.at);
  let lastRow: DirectRow | null = null;
  const bare: { cue: Cue; speaker: Speaker }[] = [];
  for (const job of jobs) {
    if (job.ind) {
      resolvedIndirect.set(job.ind, speak(ctx, job.ind.phrase, cues[job.ind.cue]!.start));
    } else if (job.cue) {
      // A cue with no content of its own ("Ames continued:") still introduces a speaker.
      const phrase = subjectBefore(doc, job.cue.token, doc.sentences[job.cue.sentence]!.tokenStart);
      const r = phrase && job.cue.spec.frame !== 'according' ? speak(ctx, phrase, job.cue.start) : null;
      if (r && r.how !== 'pronoun' && isBareCue(doc, job.cue))
        bare.push({ cue: job.cue, speaker: r.speaker });
    } else {
      const row = job.row!;
      if (row.found?.phrase) {
        const r = speak(ctx, row.found.phrase, row.found.cue?.start ?? row.span.open);
        if (r) setSpeaker(row, r.speaker, row.found.how);
        const { first, last } = row.found.phrase;
        row.pronoun = first === last && doc.posOf(first) === 'PRON';
      }
      if (row.span.words < MIN_QUOTE_WORDS) {
        if (row.speaker && row.how === 'adjacent') lastRow = row;
        continue;
      }
      if (!row.speaker) inherit(ctx, row, lastRow);
      lastRow = row;
    }
  }
  // “...,” he said. Voss told reporters.: the name right after a pronoun's quote is its speaker.
  for (const b of bare) {
    const row = rows.find((r) => r.pronoun && r.found?.cue && r.found.cue.sentence === b.cue.sentence - 1);
    if (row && row.span.paragraph === doc.sentences[b.cue.sentence]!.paragraph)
      setSpeaker(row, b.speaker, row.how ?? 'adjacent');
  }
  // “A.” “B,” she said: a quote with no cue before its speaker's cue later in the paragraph.
  for (let i = all.length - 2; i >= 0; i--) {
    const row = all[i]!;
    const next = all[i + 1]!;
    if (!row.speaker && next.speaker && next.span.paragraph === row.span.paragraph)
      setSpeaker(row, next.speaker, 'paragraph');
  }
  return assemble(doc, rows, indirect, resolvedIndirect, cues);
}

/** Resolve a phrase and remember the speaker for later pronouns and descriptions. */
function speak(
  ctx: ResolveContext,
  phrase: NonNullable<QuoteCue['phrase']>,
  offset: number,
): ResolvedSpeaker | null {
  const paragraph = ctx.doc.sentenceAt(offset)?.paragraph ?? 0;
  const r = resolvePhrase(ctx, phrase, paragraph);
  if (r) ctx.memory.add({ speaker: r.speaker, kind: r.kind, heads: r.heads, paragraph, offset });
  return r;
}

/** A quote without its own cue takes the speaker of the turn it continues. */
function inherit(ctx: ResolveContext, row: DirectRow, lastRow: DirectRow | null): void {
  const p = row.span.paragraph;
  if (lastRow?.speaker && lastRow.span.paragraph === p) return setSpeaker(row, lastRow.speaker, 'paragraph');
  if (row.span.continues && lastRow?.speaker) return setSpeaker(row, lastRow.speaker, 'continued');
  const para = ctx.doc.paragraphs[p]!;
  if (row.span.open !== para.start && startsSentence(ctx, row.span.open, para.start)) {
    // "Ames voted no. “...”": the speaker of this paragraph, else the person it is about.
    const here =
      ctx.memory.last(null, p, 0) ?? recentSubject(ctx, 'person', row.span.open, para.start - 1, p);
    if (here) return setSpeaker(row, here.speaker, 'paragraph');
  }
  if (row.span.open === para.start) {
    const prev = ctx.memory.last(null, p, 1) ?? recentSubject(ctx, 'person', row.span.open, -1, p);
    if (prev) {
      setSpeaker(row, prev.speaker, 'previous-paragraph');
      ctx.memory.add({ ...prev, paragraph: p, offset: row.span.open });
    }
  }
}

/** A sentence that is only a speaker and a cue: "Voss told reporters.", "Voss said on Friday." */
function isBareCue(doc: Doc, cue: Cue): boolean {
  const s = doc.sentences[cue.sentence]!;
  return s.tokenEnd - cue.last <= 4 && doc.tokenAtOrAfter(s.start) <= cue.token - 1 && !/["“”]/.test(s.text);
}

/** True when only white space stands between the end of a sentence and `offset`. */
function startsSentence(ctx: ResolveContext, offset: number, paraStart: number): boolean {
  const before = ctx.doc.text.slice(Math.max(paraStart, offset - 400), offset).trimEnd();
  return /[.!?…]["”'’]?$/.test(before);
}

function setSpeaker(row: DirectRow, speaker: Speaker, how: string): void {
  row.speaker = { ...speaker };
  row.how = how;
  row.confidence = CONFIDENCE[how] ?? 0.5;
}

function assemble(
  doc: Doc,
  rows: DirectRow[],
  indirect: IndirectSpeech[],
  resolved: Map<IndirectSpeech, ResolvedSpeaker | null>,
  cues: readonly Cue[],
): QuoteProposals {
  const span = (s: number, e: number): Span => doc.span(s, e);
  const t = doc.tokens;
  const items: { quote: Quote; sentence: number; cue: Span | null }[] = [];
  for (const row of rows) {
    const c = row.found?.cue;
    const cue = c && row.speaker ? span(c.start, c.end) : null;
    items.push({
      quote: quoteOf(doc, row.span.start, row.span.end, true, row.speaker, cue, row.how, row.confidence),
      sentence: doc.sentenceAt(row.span.start)?.index ?? -1,
      cue,
    });
  }
  for (const ind of indirect) {
    const cue = cues[ind.cue]!;
    const r = resolved.get(ind);
    const cueSpan = span(cue.start, cue.end);
    items.push({
      quote: quoteOf(
        doc,
        t.start[ind.first]!,
        t.end[ind.last]!,
        false,
        r?.speaker ?? null,
        cueSpan,
        'reported',
        r ? 0.7 : 0.3,
      ),
      sentence: cue.sentence,
      cue: cueSpan,
    });
  }
  items.sort((a, b) => a.quote.start - b.quote.start || Number(b.quote.direct) - Number(a.quote.direct));
  const quotes = items.map((i) => i.quote);
  const attributions: Attribution[] = items.map((i, k) => ({
    sentence: i.sentence,
    content: span(i.quote.start, i.quote.end),
    cue: i.cue ?? span(i.quote.start, i.quote.start),
    speaker: i.quote.speaker,
    quoteIndex: i.quote.direct ? k : null,
  }));
  return { quotes, attributions };
}

/** A quote as one literal (a spread of the span object here cost more than the rest of `assemble`). */
function quoteOf(
  doc: Doc,
  start: number,
  end: number,
  direct: boolean,
  speaker: Quote['speaker'],
  cue: Span | null,
  attribution: Quote['attribution'],
  confidence: number,
): Quote {
  return { start, end, text: doc.text.slice(start, end), direct, speaker, cue, attribution, confidence };
}
