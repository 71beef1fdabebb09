/**
 * A trie over lower-cased token sequences: the gazetteer's aliases and the role titles are
 * matched token by token, so a lookup costs one map probe per token of the longest match.
 */
export class TokenTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: null };

  /** Add `value` under the token sequence `keys` (already lower-cased and normalised). */
  insert(keys: readonly string[], value: T): void {
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(k, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /**
   * Every match starting at `from` (at most up to `limit`), longest first.
   *
   * @example
   * const t = new TokenTrie<string>(); t.insert(['north', 'korea'], 'PRK');
   * t.matchesAt(['north', 'korea', 'said'], 0, 3); // [{ end: 2, values: ['PRK'] }]
   */
  matchesAt(keys: readonly string[], from: number, limit: number): readonly TrieMatch<T>[] {
    // Most probes match nothing: allocate only when something matches.
    let out: TrieMatch<T>[] | null = null;
    let node: TrieNode<T> | undefined = this.root;
    for (let j = from; j < limit; j++) {
      node = node.next.get(normaliseKey(keys[j]!));
      if (!node) break;
      if (node.values) (out ??= []).push({ end: j + 1, values: node.values });
    }
    return out ? out.reverse() : NO_MATCHES;
  }

  /** True when some key sequence starts with this token. */
  startsWith(key: string): boolean {
    return this.root.next.has(normaliseKey(key));
  }
}

const NO_MATCHES: readonly TrieMatch<never>[] = Object.freeze([]);

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[] | null;
}

/** A match: token index one past its end, and the values stored there. */
export interface TrieMatch<T> {
  end: number;
  values: readonly T[];
}

/** Curly apostrophes fold to straight ones so "Israel’s" and "Israel's" share keys. */
export function normaliseKey(lower: string): string {
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}
