/** Words a line needs before it can be an ALL-CAPS headline (shorter ones are labels or acronyms). */
const MIN_WORDS = 4;
const MAX_WORDS = 25;
/** Share of capital letters among a line's letters for it to count as ALL-CAPS. */
const MIN_UPPER_SHARE = 0.9;

/**
 * Whether a line is an ALL-CAPS headline of another story: 4-25 words, nearly all letters
 * capitals, not opening with a quotation mark and not ending like a sentence (`.`, `:`,
 * `,`, `;`). A sentence with lowercase words ("NATO and EU officials met") is not one.
 * Datelines are the caller's check.
 *
 * @example
 * isCapsHeadline('FLOODS CLOSE THREE VALLEY ROADS'); // true
 * isCapsHeadline('NATO and EU officials met in Brussels.'); // false
 */
export function isCapsHeadline(line: string): boolean {
  if (/^["“”‘’'«»„]/u.test(line) || /[.:;,]$/u.test(line)) return false;
  // Rows of figures ("MATURITY 3.25 3.10") are tables, not headlines.
  const numbers = line.split(/\s+/).filter((w) => /\d/.test(w)).length;
  return numbers <= 2 && isCapsLine(line);
}

/** Mostly capitals, with enough words: also used to tell an all-caps article (wire copy) apart. */
export function isCapsLine(line: string): boolean {
  // The capitals share first: it rejects almost every story line without splitting it.
  const { letters, upper } = countLetters(line);
  if (!(letters > 0 && upper / letters >= MIN_UPPER_SHARE)) return false;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= MIN_WORDS && words.length <= MAX_WORDS;
}

/** Letters (`\p{L}`) and capitals (`\p{Lu}`) in a line, counted per code point; ASCII without a regex. */
function countLetters(line: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (const ch of line) {
    const c = ch.charCodeAt(0);
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        letters++;
        upper++;
      } else if (c >= 97 && c <= 122) letters++;
    } else if (LETTER.test(ch)) {
      letters++;
      if (UPPER.test(ch)) upper++;
    }
  }
  return { letters, upper };
}
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/**
 * Words a line of a related-stories list may have, and its length in characters: list items
 * are headlines, never paragraphs.
 */
const MAX_LINK_WORDS = 20;
const MAX_LINK_CHARS = 160;

/**
 * Whether a line after a "More from ..." / "Related" header looks like a linked headline:
 * short, opening with a capital, digit or quotation mark, and (unless bulleted) not ending
 * like a sentence.
 *
 * @example
 * isLinkLine('Harbour Tolls Rise for Third Year', false); // true
 * isLinkLine('The council said tolls would rise.', false); // false
 */
export function isLinkLine(line: string, bulleted: boolean): boolean {
  if (line.length > MAX_LINK_CHARS || line.split(/\s+/).length > MAX_LINK_WORDS) return false;
  if (!/^[\p{Lu}\d"“‘'«$€£]/u.test(line)) return false;
  return bulleted || !/[.,;:!]["”’']?$/u.test(line);
}
