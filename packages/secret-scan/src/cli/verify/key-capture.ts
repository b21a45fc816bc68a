import { inspect } from 'node:util';
import { decodeText } from '../../cli-kit/decode-text.js';
import { findKeyTokens } from '../../engine/key-tokens.js';
import { readSourceFile, type ReadOptions } from '../scan/read-source-file.js';
import type { FileOutcome } from '../scan/outcome.js';
import type { SourceUnit } from '../sources/source.js';
import { keyIdOf, keyIdOfSecret } from './key-id.js';

/** The unit's text: in memory for staged blobs and history, read again for files (the workers that scanned them keep nothing). */
function textOf(unit: SourceUnit, read: ReadOptions): string | undefined {
  if ('skipped' in unit) return undefined;
  const content = unit.content;
  if (content.kind === 'text') return content.text;
  // The byte prefilter already found no marker of any rule in it: no key to capture.
  if (content.kind === 'no-marker') return undefined;
  const result = content.kind === 'bytes' ? { kind: 'read' as const, buffer: content.bytes } : readSourceFile(content.absolute, read);
  if (result.kind !== 'read') return undefined;
  const decoded = decodeText(result.buffer);
  return decoded.kind === 'text' ? decoded.text : undefined;
}

/**
 * The one narrow channel from a scanned unit to `--verify`: the raw value of
 * each distinct key the scan matched (inline-allowed ones too: the engine
 * returns them marked), by key id, and nothing else. It lives only on the
 * main thread, is never part of a finding or a report, prints as
 * `[KeyCapture]`, and forgets every key once they are handed over.
 */
export class KeyCapture {
  readonly #keys = new Map<string, string>();

  constructor(private readonly read: ReadOptions) {}

  /** Only units with a key match are read again: a run without keys costs nothing more. */
  add(unit: SourceUnit, outcome: FileOutcome): void {
    if (outcome.kind !== 'scanned') return;
    const wanted = new Set(outcome.matches.map(keyIdOf).filter((id) => id !== undefined && !this.#keys.has(id)));
    if (wanted.size === 0) return;
    const text = textOf(unit, this.read);
    if (text === undefined) return;
    for (const token of findKeyTokens(text)) {
      const id = keyIdOfSecret(token.value);
      if (wanted.has(id)) this.#keys.set(id, token.value);
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
