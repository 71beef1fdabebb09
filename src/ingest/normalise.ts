/** Control characters other than tab and line feed, C1 controls, BOMs and zero-width spaces. */
// eslint-disable-next-line no-control-regex
const STRIPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF\u200B]/g;

/**
 * Normalise article text: NFC, every line break style to `\n` (Unicode line and paragraph
 * separators too), control characters dropped, runs of spaces and tabs collapsed within a
 * line, lines trimmed, runs of blank lines folded to one, and the whole trimmed. Lines are
 * never joined, because a line break is a paragraph or sentence boundary for later stages.
 * Quote characters are kept as they are: the quotes stage reads straight and curly ones.
 *
 * @example
 * normaliseText('  A\u00a0 b\r\n\r\n\r\nC ') // 'A b\n\nC'
 */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(STRIPPED, '')
    .replace(/[ \t\u00A0\u2007\u202F]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
