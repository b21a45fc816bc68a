import { inspect } from 'node:util';
import { decodeText } from '../../cli-kit/decode-text.js';
import { bytesMayContainFindings } from '../../engine/byte-prefilter.js';
import { findKeyTokens } from '../../engine/key-tokens.js';
import { isPlaceholder } from '../../engine/placeholder.js';
import { hashSecret } from '../../engine/redact.js';
import { scanText } from '../../engine/scan-text.js';
import { readSourceFile, type ReadOptions } from '../scan/read-source-file.js';
import { toFinding, type Finding } from '../scan/finding.js';
import type { FileOutcome } from '../scan/outcome.js';
import type { SourceUnit } from '../sources/source.js';

const KEY_RULE_IDS = ['live-key', 'sandbox-key'] as const;

/** The unit's text, read again for files (workers scanned them, and findings never carry a key). */
function textOf(unit: SourceUnit, read: ReadOptions): string | undefined {
  if ('skipped' in unit) return undefined;
  const content = unit.content;
  if (content.kind === 'text') return content.text;
  const result = content.kind === 'bytes' ? { kind: 'read' as const, buffer: content.bytes } : readSourceFile(content.absolute, read);
  if (result.kind !== 'read' || !bytesMayContainFindings(result.buffer)) return undefined;
  const decoded = decodeText(result.buffer);
  return decoded.kind === 'text' ? decoded.text : undefined;
}

/**
 * The one narrow channel from a scanned unit to `--verify`: the raw value of
 * each distinct key, by key id, and nothing else. It lives only on the main
 * thread, is never part of a finding or a report, prints as `[KeyCapture]`,
 * and is emptied once the keys are checked.
 *
 * It also finds the key findings an inline marker hid (the engine drops them),
 * because an ignore must never hide a working key.
 */
export class KeyCapture {
  readonly #keys = new Map<string, string>();
  /** Key findings an inline allow marker covers: reported only if the key turns out active. */
  readonly inlineHidden: Finding[] = [];

  constructor(
    private readonly read: ReadOptions,
    private readonly display: (path: string) => string,
  ) {}

  add(unit: SourceUnit, outcome: FileOutcome): void {
    if (outcome.kind !== 'scanned') return;
    const text = textOf(unit, this.read);
    if (text === undefined) return;
    const tokens = findKeyTokens(text).filter((token) => !isPlaceholder(token.value));
    if (tokens.length === 0) return;
    for (const token of tokens) this.#keys.set(hashSecret(token.value).slice(0, 16), token.value);
    // A match an inline marker covers may come back marked `suppressed`: it is hidden too, not reported.
    const shown = outcome.matches.filter((match) => (match.rule === 'live-key' || match.rule === 'sandbox-key') && (match as { suppressed?: unknown }).suppressed === undefined);
    const reported = new Set(shown.map((match) => match.start));
    if (reported.size >= tokens.length) return;
    const lineNumbers = 'content' in unit && unit.content.kind === 'text' ? unit.content.lineNumbers : undefined;
    const lineOf = (line: number) => lineNumbers?.[line - 1] ?? line;
    const origin = { file: this.display(unit.path), path: unit.path, ...unit.origin };
    for (const match of scanText(text, { file: unit.path, committed: unit.committed, rules: KEY_RULE_IDS, inlineAllow: false })) {
      if (!reported.has(match.start)) this.inlineHidden.push(toFinding({ ...match, line: lineOf(match.line), endLine: lineOf(match.endLine) }, origin));
    }
  }

  /** The raw keys of `ids` (those captured), handed over once: the capture forgets every key. */
  take(ids: Iterable<string>): Map<string, string> {
    const taken = new Map<string, string>();
    for (const id of ids) {
      const key = this.#keys.get(id);
      if (key !== undefined) taken.set(id, key);
    }
    this.#keys.clear();
    return taken;
  }

  toJSON(): string {
    return '[KeyCapture]';
  }

  [inspect.custom](): string {
    return '[KeyCapture]';
  }
}
