import { escapeRegExp } from '../../engine/escape-regexp.js';
import type { EnvValue } from './env-values.js';

export interface ValueMatch {
  start: number;
  end: number;
  /** The variables that hold this value (one value may sit in several). */
  names: string[];
  /** The value as it is in the variable: for the fingerprint, never printed. */
  value: string;
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** How a value may be written in build output besides verbatim: in a JSON or JS string, in HTML. */
function spellings(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1);
  const html = value.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] as string);
  return [...new Set([value, json, json.replaceAll('/', '\\/'), html])];
}

/**
 * Finds every value in one pass over a text, whatever their number: one
 * alternation of the escaped spellings, longest first so that a value that
 * contains another is reported as itself. Measured on 50 MB of minified-like
 * text (2 cores): 5 values ≈ 0.1 s, 50 values ≈ 0.4 s; one `indexOf` pass per
 * value took 0.14 s and 2.7 s, a rolling hash 0.4–0.9 s whatever the count.
 */
export class ValueMatcher {
  private readonly pattern: RegExp | undefined;
  private readonly bySpelling = new Map<string, { value: string; names: string[] }>();

  constructor(values: readonly EnvValue[]) {
    for (const { name, value } of values) {
      for (const spelling of spellings(value)) {
        const entry = this.bySpelling.get(spelling);
        if (entry === undefined) this.bySpelling.set(spelling, { value, names: [name] });
        else if (!entry.names.includes(name)) entry.names.push(name);
      }
    }
    const sorted = [...this.bySpelling.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.pattern = sorted.length === 0 ? undefined : new RegExp(sorted.map(escapeRegExp).join('|'), 'g');
  }

  get size(): number {
    return this.bySpelling.size;
  }

  find(text: string): ValueMatch[] {
    if (this.pattern === undefined) return [];
    const matches: ValueMatch[] = [];
    this.pattern.lastIndex = 0;
    for (let match = this.pattern.exec(text); match !== null; match = this.pattern.exec(text)) {
      const entry = this.bySpelling.get(match[0]) as { value: string; names: string[] };
      matches.push({ start: match.index, end: match.index + match[0].length, names: [...entry.names].sort(), value: entry.value });
    }
    return matches;
  }
}
