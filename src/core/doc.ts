import type { Article, ClaimEvent, DateMention, Entity, Quote, Removed, Span } from './types.js';

/** Universal POS tags as wink-nlp emits them; a token's tag is stored as an index into this list. */
export const POS_TAGS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
] as const;
export type PosTag = (typeof POS_TAGS)[number];
const POS_INDEX = new Map<string, number>(POS_TAGS.map((t, i) => [t, i]));

/** Index of a POS tag (unknown tags map to `X`). */
export function posIndex(tag: string): number {
  return POS_INDEX.get(tag) ?? POS_INDEX.get('X')!;
}

/** A paragraph: one line of the article text; `kept` spans are what survives boilerplate removal. */
export interface Paragraph extends Span {
  index: number;
  /** Parts of the paragraph that are story text (the whole line unless something was removed). */
  kept: { start: number; end: number }[];
}

/** A sentence: a span with the range of its tokens `[tokenStart, tokenEnd)`. */
export interface Sentence extends Span {
  index: number;
  paragraph: number;
  tokenStart: number;
  tokenEnd: number;
}

/**
 * Token properties stored as columns (wink-nlp style): token `i` has `start[i]`, `end[i]`, ...
 * Views are created on demand with `Doc.token(i)`.
 */
export interface TokenColumns {
  count: number;
  start: Int32Array;
  end: Int32Array;
  pos: Uint8Array;
  /** 1 when wink flags the token as negated (by "not", "never", "n't"...). */
  negated: Uint8Array;
  sentence: Int32Array;
  lemma: string[];
  /** Lower-cased surface form. */
  lower: string[];
}

/** A read-only view of one token. */
export interface TokenView {
  index: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  lemma: string;
  pos: PosTag;
  negated: boolean;
  sentence: number;
}

/** Reported speech found by the quotes stage: who said the clause `content`, cued by `cue`. */
export interface Attribution {
  /** Sentence index the attribution sits in. */
  sentence: number;
  content: Span;
  cue: Span;
  speaker: Quote['speaker'];
  /** Index of the direct quote this attribution introduces, or null for indirect speech. */
  quoteIndex: number | null;
}

/** The named span layers stages fill in. */
export interface Layers {
  removed: Removed[];
  entities: Entity[];
  quotes: Quote[];
  attributions: Attribution[];
  events: ClaimEvent[];
  dates: DateMention[];
}
export type LayerName = keyof Layers | 'paragraphs' | 'sentences' | 'tokens';

/**
 * One article under analysis: the text, its paragraphs, sentences and token columns, and
 * named span layers. Every span keeps offsets into `text`.
 *
 * @example
 * const doc = new Doc(article);
 * doc.set('removed', []);
 * doc.get('removed'); // []
 */
export class Doc {
  readonly article: Article;
  readonly text: string;
  paragraphs: Paragraph[] = [];
  sentences: Sentence[] = [];
  tokens: TokenColumns = emptyTokens();
  private readonly layers: Partial<Layers> = {};
  private readonly filled = new Set<LayerName>();

  constructor(article: Article) {
    this.article = article;
    this.text = article.text;
  }

  /** Set a layer (stages call this once with their computed proposals). */
  set<K extends keyof Layers>(name: K, value: Layers[K]): void {
    this.layers[name] = value;
    this.filled.add(name);
  }

  /** A layer's content; an empty list when no stage has set it. */
  get<K extends keyof Layers>(name: K): Layers[K] {
    return (this.layers[name] ?? []) as Layers[K];
  }

  /** Mark a structural layer (`paragraphs`, `sentences`, `tokens`) as filled. */
  markFilled(name: LayerName): void {
    this.filled.add(name);
  }

  has(name: LayerName): boolean {
    return this.filled.has(name);
  }

  /** The text of a range. */
  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /** A span object for a range. */
  span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }

  /** A view of token `i`. */
  token(i: number): TokenView {
    const t = this.tokens;
    return {
      index: i,
      start: t.start[i]!,
      end: t.end[i]!,
      text: this.text.slice(t.start[i]!, t.end[i]!),
      lower: t.lower[i]!,
      lemma: t.lemma[i]!,
      pos: POS_TAGS[t.pos[i]!]!,
      negated: t.negated[i] === 1,
      sentence: t.sentence[i]!,
    };
  }

  /** POS tag of token `i`. */
  posOf(i: number): PosTag {
    return POS_TAGS[this.tokens.pos[i]!]!;
  }

  /** The sentence that contains character offset `offset`, or undefined. */
  sentenceAt(offset: number): Sentence | undefined {
    const s = this.sentences;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = s[mid]!;
      if (offset < m.start) hi = mid - 1;
      else if (offset >= m.end) lo = mid + 1;
      else return m;
    }
    return undefined;
  }

  /** Index of the first token starting at or after `offset` (binary search). */
  tokenAtOrAfter(offset: number): number {
    const st = this.tokens.start;
    let lo = 0;
    let hi = this.tokens.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (st[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Token columns with room for `n` tokens (count 0). */
export function allocTokens(n: number): TokenColumns {
  return {
    count: 0,
    start: new Int32Array(n),
    end: new Int32Array(n),
    pos: new Uint8Array(n),
    negated: new Uint8Array(n),
    sentence: new Int32Array(n),
    lemma: new Array<string>(),
    lower: new Array<string>(),
  };
}

function emptyTokens(): TokenColumns {
  return allocTokens(0);
}
