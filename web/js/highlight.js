import { h } from './dom.js';

/**
 * Cuts `text` at every mark boundary. Each piece lists the marks that cover it, so nested and
 * overlapping spans (a name inside a quote) both show. Marks: `{ start, end, kind, label }`
 * with UTF-16 offsets into `text`, as the API gives them.
 * @example segments('Ab cd', [{ start: 3, end: 5, kind: 'entity', label: 'x' }])
 *   // [{ text: 'Ab ', marks: [] }, { text: 'cd', marks: [mark] }]
 */
export function segments(text, marks) {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort(
    (a, b) => a - b,
  );
  const out = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    out.push({
      start: from,
      text: text.slice(from, to),
      marks: valid.filter((m) => m.start <= from && m.end >= to),
    });
  }
  return out;
}

/** The highlighted text as DOM: plain text nodes, and spans with one class per mark kind. */
export function highlightedText(text, marks) {
  let focusPlaced = false;
  return segments(text, marks).map((piece) => {
    if (!piece.marks.length) return piece.text;
    const kinds = [...new Set(piece.marks.map((m) => m.kind))];
    const isFocus = kinds.includes('focus') && !focusPlaced;
    if (isFocus) focusPlaced = true;
    return h(
      'span',
      {
        class: kinds.map((k) => `mark-${k}`).join(' '),
        title:
          piece.marks
            .map((m) => m.label)
            .filter(Boolean)
            .join('\n') || null,
        id: isFocus ? 'focus-start' : null,
      },
      piece.text,
    );
  });
}
