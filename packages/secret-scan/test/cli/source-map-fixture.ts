// Hand-built source maps for the --bundle and --pack tests: a Base64 VLQ encoder (the spec's, a dozen
// lines) so that a test states the mapping it means instead of running a bundler.
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

/** One mapping: generated line and column (0-based) → original line and column (0-based) in source 0. */
export interface Mapping {
  line: number;
  column: number;
  sourceLine: number;
  sourceColumn: number;
}

/** The `mappings` string of a one-source map. */
export function encodeMappings(mappings: readonly Mapping[]): string {
  const lines: string[][] = [];
  let previousSourceLine = 0;
  let previousSourceColumn = 0;
  for (const line of [...new Set(mappings.map((mapping) => mapping.line))].sort((a, b) => a - b)) {
    while (lines.length < line) lines.push([]);
    let previousColumn = 0;
    const segments: string[] = [];
    for (const mapping of mappings.filter((candidate) => candidate.line === line).sort((a, b) => a.column - b.column)) {
      segments.push(`${vlq(mapping.column - previousColumn)}${vlq(0)}${vlq(mapping.sourceLine - previousSourceLine)}${vlq(mapping.sourceColumn - previousSourceColumn)}`);
      previousColumn = mapping.column;
      previousSourceLine = mapping.sourceLine;
      previousSourceColumn = mapping.sourceColumn;
    }
    lines.push(segments);
  }
  return lines.map((segments) => segments.join(',')).join(';');
}

/** A source map of one original file, with its content. */
export function sourceMap(source: string, content: string | null, mappings: readonly Mapping[]): string {
  return JSON.stringify({ version: 3, sources: [source], sourcesContent: [content], names: [], mappings: encodeMappings(mappings) });
}
