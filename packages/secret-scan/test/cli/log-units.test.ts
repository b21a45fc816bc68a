import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogUnitParser, type LogItem } from '../../src/cli/sources/log-units.js';

const COMMIT = `\0${'a'.repeat(40)} 2026-01-01T00:00:00+00:00\n\n`;

interface Hunk {
  removed: readonly string[];
  added: readonly string[];
}

/** One file's diff as `git log -p -U0` prints it; marked: with a first hunk removing a line that holds a marker. */
function fileDiff(path: string, hunks: readonly Hunk[], withRemovedMarker: boolean): string {
  const header = `diff --git a/${path} b/${path}\nindex ${'1'.repeat(40)}..${'2'.repeat(40)} 100644\n--- a/${path}\n+++ b/${path}\n`;
  // The removed line routes the record to the line parser (it holds a marker); removed lines add nothing to a unit.
  const marker = withRemovedMarker ? '@@ -1 +0,0 @@\n-OPTIMOCMS_API_KEY=\n' : '';
  const body = hunks.map(({ removed, added }, i) => `@@ -${10 * i + 2}${removed.length === 1 ? '' : `,${removed.length}`} +${10 * i + 2},${added.length} @@ ctx\n${[...removed.map((line) => `-${line}\n`), ...added.map((line) => `+${line}\n`)].join('')}`);
  return header + marker + body.join('');
}

const newFile = (added: readonly string[]): Hunk[] => [{ removed: [], added }];

function parse(output: string, maxFileSize: number, chunkSize: number): LogItem[] {
  const parser = new LogUnitParser(maxFileSize);
  const bytes = Buffer.from(output, 'utf8');
  for (let at = 0; at < bytes.length; at += chunkSize) parser.push(bytes.subarray(at, at + chunkSize));
  parser.end();
  return parser.take();
}

/** What a unit amounts to, whichever path read it: the raw-byte fast path counts bytes, the line parser decodes text. */
function outcome(item: LogItem | undefined): string {
  if (item === undefined || 'merge' in item) return String(item);
  if ('skipped' in item) return item.skipped;
  const { content } = item;
  if (content.kind === 'no-marker') return `scanned ${content.bytes}`;
  if (content.kind === 'text') return `scanned ${Buffer.byteLength(content.text)}`;
  return content.kind;
}

describe('history units from git log output', () => {
  it('a binary file (--text) is found on the raw bytes as the line parser finds it: a NUL in an added line, unless the limit was passed first', () => {
    // Added lines `+aaaa`, `+bb\0b`, `+cccc`: 5 bytes each with their `+`; the NUL's line ends at byte 10.
    const output = COMMIT + fileDiff('blob.dat', newFile(['aaaa', 'bb\0b', 'cccc']), false);
    const expected: Record<number, string> = { [1 << 20]: 'binary', 15: 'binary', 10: 'binary', 9: 'tooLarge', 5: 'tooLarge' };
    for (const [max, kind] of Object.entries(expected)) expect(parse(output, Number(max), output.length).map(outcome), `--max-file-size ${max}`).toEqual([kind]);
    // A NUL only in removed lines leaves the added ones text.
    const removedOnly = `${COMMIT}diff --git a/b.dat b/b.dat\nindex ${'1'.repeat(40)}..${'2'.repeat(40)} 100644\n--- a/b.dat\n+++ b/b.dat\n@@ -1 +1 @@\n-x\0y\n+plain\n`;
    expect(parse(removedOnly, 1 << 20, removedOnly.length).map(outcome)).toEqual(['scanned 5']);
  });

  it('the raw-byte fast path and the line parser agree on every change, in chunks of any size', () => {
    const line = fc.string({ unit: fc.constantFrom('a', ' ', '\0', 'é', '\t', '@', '+', '-'), maxLength: 12 });
    const hunk = fc.record({ removed: fc.array(line, { maxLength: 3 }), added: fc.array(line, { maxLength: 5 }) });
    fc.assert(
      fc.property(fc.array(hunk, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 64 }), (hunks, maxFileSize, chunkSize) => {
        fc.pre(hunks.some((h) => h.removed.length + h.added.length > 0));
        const fast = parse(COMMIT + fileDiff('f.bin', hunks, false), maxFileSize, chunkSize);
        const parsed = parse(COMMIT + fileDiff('f.bin', hunks, true), maxFileSize, chunkSize);
        expect(fast.map(outcome)).toEqual(parsed.map(outcome));
        // And the fast path did read it: its units count bytes, the line parser's hold decoded text.
        expect(fast.every((item) => !('content' in item) || item.content.kind === 'no-marker')).toBe(true);
        expect(parsed.every((item) => !('content' in item) || item.content.kind === 'text')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
