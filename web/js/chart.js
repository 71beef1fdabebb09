import { h, svg } from './dom.js';

/**
 * A bar chart of statements per month, drawn as inline SVG. `rows` are
 * `{ month: 'YYYY-MM', [series.key]: number }`; months without statements are filled in
 * so gaps in time stay visible. Colours come from CSS classes `series-<key>`. Series that
 * add up are stacked; `grouped: true` puts them side by side, for counts that overlap.
 * @example statementsChart(rows, [{ key: 'asserted', label: 'asserted' }, { key: 'denied', label: 'denied' }])
 */
export function statementsChart(rows, series, { title = 'Statements per month', grouped = false } = {}) {
  const months = fillMonths(rows);
  if (!months.length) return h('p', { class: 'muted' }, 'No dated statements to chart.');
  // About 56 px per month, so a short series is not stretched into giant bars and tiny labels.
  const width = Math.min(720, Math.max(320, 36 + months.length * 56));
  const height = 180;
  const pad = { top: 12, right: 8, bottom: 28, left: 28 };
  const heightOf = (row) =>
    grouped
      ? Math.max(...series.map((s) => row[s.key] ?? 0))
      : series.reduce((sum, s) => sum + (row[s.key] ?? 0), 0);
  const max = Math.max(1, ...months.map(heightOf));
  const slot = (width - pad.left - pad.right) / months.length;
  const barWidth = Math.max(4, Math.min(grouped ? 14 * series.length : 40, slot * (grouped ? 0.85 : 0.7)));
  const y = (value) => pad.top + (height - pad.top - pad.bottom) * (1 - value / max);

  const summary = months
    .map((row) => `${row.month}: ${series.map((s) => `${row[s.key] ?? 0} ${s.label}`).join(', ')}`)
    .join('; ');
  const chart = svg(
    'svg',
    {
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      class: 'chart',
      role: 'img',
      'aria-label': `${title}. ${summary}`,
    },
    svg('title', {}, title),
    svg('line', { x1: pad.left, x2: width - pad.right, y1: y(0), y2: y(0), class: 'axis' }),
    svg('text', { x: pad.left - 6, y: y(max) + 4, class: 'tick', 'text-anchor': 'end' }, String(max)),
    svg('text', { x: pad.left - 6, y: y(0), class: 'tick', 'text-anchor': 'end' }, '0'),
    months.map((row, i) => bar(row, i)),
  );
  return h('figure', { class: 'chart-figure' }, chart, legend(series));

  function bar(row, index) {
    const x = pad.left + slot * index + (slot - barWidth) / 2;
    let base = 0;
    const subWidth = grouped ? barWidth / series.length : barWidth;
    const rects = series.map((s, i) => {
      const value = row[s.key] ?? 0;
      if (grouped) base = 0;
      const rect = svg(
        'rect',
        {
          x: grouped ? x + i * subWidth : x,
          y: y(base + value),
          width: subWidth,
          height: y(base) - y(base + value),
          class: `series-${s.key}`,
        },
        svg('title', {}, `${row.month}: ${value} ${s.label}`),
      );
      base += value;
      return value > 0 ? rect : null;
    });
    // Label every month when there is room, else only January and the ends.
    const labelled =
      months.length <= 12 || row.month.endsWith('-01') || index === 0 || index === months.length - 1;
    const label = labelled
      ? svg(
          'text',
          { x: x + barWidth / 2, y: height - 10, class: 'tick', 'text-anchor': 'middle' },
          row.month,
        )
      : null;
    return svg('g', {}, rects, label);
  }
}

function legend(series) {
  return h(
    'figcaption',
    { class: 'legend' },
    series.map((s) =>
      h(
        'span',
        { class: 'legend-item' },
        h('span', { class: `swatch series-${s.key}`, 'aria-hidden': 'true' }),
        s.label,
      ),
    ),
  );
}

/** Sorted rows with every month between the first and the last present (zeros where none). */
function fillMonths(rows) {
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  const sorted = [...byMonth.keys()].sort();
  if (!sorted.length) return [];
  const out = [];
  let [year, month] = sorted[0].split('-').map(Number);
  const last = sorted[sorted.length - 1];
  for (let guard = 0; guard < 600; guard++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    out.push(byMonth.get(key) ?? { month: key });
    if (key >= last) break;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return out;
}

/** Trail entries -> chart rows: asserted and denied per month of the article date. */
export function trailByMonth(trail) {
  const rows = new Map();
  for (const entry of trail) {
    if (!entry.date || entry.duplicateOf) continue;
    const month = entry.date.slice(0, 7);
    const row = rows.get(month) ?? { month, asserted: 0, denied: 0 };
    row[entry.polarity] += 1;
    rows.set(month, row);
  }
  return [...rows.values()];
}
