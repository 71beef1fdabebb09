/** One line of the text, with its offsets and its content without bullet marks. */
export interface TextLine {
  /** Offset of the line's first character and of its end (before the line break). */
  start: number;
  end: number;
  /** The content: the line trimmed, with a leading bullet ("- ", "• ", "3. ") removed. */
  body: string;
  /** Offset of `body` in the text. */
  bodyStart: number;
  bulleted: boolean;
}

const BULLET = /^(?:[-–—•*·▪►]|\d{1,2}[.)])\s+/u;

/**
 * Split text into lines with offsets; a line break is always a boundary.
 *
 * @example
 * splitLines('a\n- b')[1]; // { start: 2, end: 5, body: 'b', bodyStart: 4, bulleted: true }
 */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const bullet = BULLET.exec(trimmed);
    const cut = bullet ? bullet[0].length : 0;
    lines.push({
      start,
      end: start + raw.length,
      body: trimmed.slice(cut),
      bodyStart: start + lead + cut,
      bulleted: bullet !== null,
    });
    start += raw.length + 1;
  }
  return lines;
}
