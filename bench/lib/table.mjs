// Plain-text tables for the console and the README.

export function formatTable(headers, rows, { align } = {}) {
  const cells = [headers, ...rows].map((row) => row.map((c) => (c === null || c === undefined ? '–' : String(c))));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const right = align ?? headers.map((_, i) => i > 0);
  const line = (row) => row.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const seconds = (ms) => (ms === null || ms === undefined ? null : `${(ms / 1000).toFixed(ms < 10_000 ? 3 : 2)} s`);
export const millis = (ms) => (ms === null || ms === undefined ? null : `${ms.toFixed(1)} ms`);
export const megabytes = (mb) => (mb === null || mb === undefined ? null : `${mb.toFixed(1)} MB`);
export const ratio = (value, base) => (value == null || !base ? null : `${(value / base).toFixed(2)}×`);
export const percent = (value) => (value === null || value === undefined ? null : `${(value * 100).toFixed(2)} %`);
export const verdict = (pass) => (pass === null || pass === undefined ? 'n/a' : pass ? 'PASS' : 'MISS');
