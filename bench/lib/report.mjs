/**
 * Turn measurements into rows, a console table, Markdown, and a hand-written SVG chart.
 *
 * @module
 */

const MB = 1e6;

/**
 * A measured row: throughput, papers per second, and ratios to the baselines of the
 * same group (baseline time ÷ this time: above 1 is faster than the baseline).
 *
 * @example
 * ```js
 * row('text 8 MB', 'split', { bytes: 8e6, papers: 4960, ms: 5 }, { split: 5 }).mbPerSecond; // 1600
 * ```
 */
export function row(group, name, { bytes, papers, ms }, baselines = {}) {
  const seconds = ms / 1000;
  const ratios = {};
  for (const [key, baseMs] of Object.entries(baselines)) {
    if (baseMs !== undefined) ratios[key] = baseMs / ms;
  }
  return {
    group,
    name,
    bytes,
    papers,
    ms,
    mbPerSecond: bytes / MB / seconds,
    papersPerSecond: papers === undefined ? undefined : papers / seconds,
    ratios,
  };
}

/** A row for a case whose entry point has not landed or failed. */
export function missing(group, name, reason) {
  return { group, name, missing: reason };
}

const COLUMNS = [
  ['case', (r) => r.name],
  ['input', (r) => (r.missing ? '' : `${fixed(r.bytes / MB, 1)} MB`)],
  ['median', (r) => (r.missing ? '' : `${fixed(r.ms, 1)} ms`)],
  ['MB/s', (r) => (r.missing ? 'not available' : fixed(r.mbPerSecond, 1))],
  ['papers/s', (r) => (r.papersPerSecond === undefined ? '' : grouped(r.papersPerSecond))],
  ['× split', (r) => ratio(r.ratios?.split)],
  ['× char loop', (r) => ratio(r.ratios?.charLoop)],
  ['× remark', (r) => ratio(r.ratios?.remark)],
  ['note', (r) => r.missing ?? r.note ?? ''],
];

/** Rows as a padded console table, grouped. */
export function consoleTable(rows) {
  const cells = rows.map((r) => COLUMNS.map(([, get]) => String(get(r))));
  const widths = COLUMNS.map(([head], i) =>
    Math.max(head.length, ...cells.map((line) => line[i].length)),
  );
  const out = [];
  let group;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].group !== group) {
      group = rows[i].group;
      out.push('', `## ${group}`, COLUMNS.map(([head], c) => head.padEnd(widths[c])).join('  '));
    }
    out.push(
      cells[i]
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
        .join('  '),
    );
  }
  return out.join('\n');
}

/** Rows as Markdown tables, one per group. */
export function markdownTables(rows) {
  const out = [];
  let group;
  for (const r of rows) {
    if (r.group !== group) {
      group = r.group;
      out.push('', `### ${group}`, '');
      out.push(`| ${COLUMNS.map(([head]) => head).join(' | ')} |`);
      out.push(
        `| ${COLUMNS.map((_, i) => (i === 0 || i === COLUMNS.length - 1 ? '---' : '---:')).join(' | ')} |`,
      );
    }
    out.push(`| ${COLUMNS.map(([, get]) => String(get(r)).replaceAll('|', '\\|')).join(' | ')} |`);
  }
  return out.join('\n');
}

/** A generic Markdown table. */
export function markdownTable(head, lines) {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...lines.map(
      (line) => `| ${line.map((cell) => String(cell).replaceAll('|', '\\|')).join(' | ')} |`,
    ),
  ].join('\n');
}

/**
 * A line chart of throughput against input size, log-scaled both ways, as SVG text.
 * `series` is `[{ name, points: [{ x: bytes, y: MB/s }], dashed? }]`; a series
 * `{ name, level: MB/s, dashed? }` is a horizontal reference line across the whole plot
 * (a target, or a speed that does not depend on the input's size), with no points.
 *
 * @example
 * ```js
 * throughputChart([
 *   { name: 'split', points: [{ x: 8e6, y: 900 }, { x: 3.2e7, y: 880 }] },
 *   { name: 'target', level: 500, dashed: true },
 * ]);
 * // '<svg xmlns="http://www.w3.org/2000/svg" …'
 * ```
 */
export function throughputChart(series, title) {
  const width = 760;
  const height = 420;
  const left = 70;
  const right = 190;
  const top = 40;
  const bottom = 50;
  const points = series.flatMap((s) => s.points ?? []).filter((p) => p.y > 0);
  const levels = series.filter((s) => s.level > 0).map((s) => s.level);
  const xs = points.map((p) => Math.log10(p.x));
  const ys = [...points.map((p) => p.y), ...levels].map((y) => Math.log10(y));
  const x0 = Math.floor(Math.min(...xs) * 2) / 2;
  const x1 = Math.ceil(Math.max(...xs) * 2) / 2;
  const y0 = Math.floor(Math.min(...ys));
  const y1 = Math.ceil(Math.max(...ys));
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const px = (x) => left + ((Math.log10(x) - x0) / (x1 - x0 || 1)) * plotW;
  const py = (y) => top + plotH - ((Math.log10(y) - y0) / (y1 - y0 || 1)) * plotH;
  const colors = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2'];
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${left}" y="22" font-size="14" font-weight="bold">${escapeXml(title)}</text>`,
  ];
  for (let e = y0; e <= y1; e++) {
    for (const m of [1, 2, 5]) {
      const value = m * 10 ** e;
      if (Math.log10(value) > y1 + 1e-9) continue;
      const y = py(value).toFixed(1);
      out.push(
        `<line x1="${left}" x2="${left + plotW}" y1="${y}" y2="${y}" stroke="${m === 1 ? '#ccc' : '#eee'}"/>`,
      );
      out.push(
        `<text x="${left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${value}</text>`,
      );
    }
  }
  for (let e = Math.ceil(x0); e <= Math.floor(x1); e++) {
    for (const m of [1, 2, 5]) {
      const value = m * 10 ** e;
      const lx = Math.log10(value);
      if (lx < x0 - 1e-9 || lx > x1 + 1e-9) continue;
      const x = px(value).toFixed(1);
      out.push(
        `<line x1="${x}" x2="${x}" y1="${top}" y2="${top + plotH}" stroke="${m === 1 ? '#ccc' : '#eee'}"/>`,
      );
      out.push(
        `<text x="${x}" y="${top + plotH + 16}" text-anchor="middle">${sizeLabel(value)}</text>`,
      );
    }
  }
  out.push(
    `<rect x="${left}" y="${top}" width="${plotW}" height="${plotH}" fill="none" stroke="#333"/>`,
  );
  out.push(
    `<text x="${left + plotW / 2}" y="${height - 10}" text-anchor="middle">input size (log scale)</text>`,
  );
  out.push(
    `<text transform="translate(16 ${top + plotH / 2}) rotate(-90)" text-anchor="middle">throughput, MB/s (log scale)</text>`,
  );
  series.forEach((s, i) => {
    const color = colors[i % colors.length];
    const dash = s.dashed ? ' stroke-dasharray="5 4"' : '';
    if (s.level !== undefined) {
      const y = py(s.level).toFixed(1);
      out.push(
        `<line x1="${left}" x2="${left + plotW}" y1="${y}" y2="${y}" stroke="${color}" stroke-width="2"${dash}><title>${escapeXml(s.name)}: ${fixed(s.level, s.level < 10 ? 2 : 1)} MB/s</title></line>`,
      );
    }
    const drawn = (s.points ?? []).filter((p) => p.y > 0).sort((a, b) => a.x - b.x);
    const path = drawn.map((p) => `${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ');
    if (drawn.length > 0)
      out.push(
        `<polyline points="${path}" fill="none" stroke="${color}" stroke-width="2"${dash}/>`,
      );
    for (const p of drawn) {
      // Two decimals below 10 MB/s (the Markdown path runs at fractions of one).
      out.push(
        `<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="3" fill="${color}"><title>${escapeXml(s.name)}: ${fixed(p.y, p.y < 10 ? 2 : 1)} MB/s at ${sizeLabel(p.x)}</title></circle>`,
      );
    }
    const ly = top + 10 + i * 20;
    out.push(
      `<line x1="${left + plotW + 14}" x2="${left + plotW + 38}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="2"${dash}/>`,
    );
    out.push(
      `<text x="${left + plotW + 44}" y="${ly}" dominant-baseline="middle">${escapeXml(s.name)}</text>`,
    );
  });
  out.push('</svg>', '');
  return out.join('\n');
}

function sizeLabel(bytes) {
  if (bytes >= 1e6) return `${+(bytes / 1e6).toPrecision(3)} MB`;
  return `${+(bytes / 1e3).toPrecision(3)} kB`;
}

function escapeXml(text) {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A number with `digits` decimals, or '' when not finite. */
export function fixed(value, digits) {
  return Number.isFinite(value) ? value.toFixed(digits) : '';
}

function grouped(value) {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '';
}

function ratio(value) {
  if (value === undefined || !Number.isFinite(value)) return '';
  return value >= 10 ? `${value.toFixed(0)}×` : `${value.toFixed(2)}×`;
}
