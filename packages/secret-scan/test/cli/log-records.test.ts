import { describe, expect, it } from 'vitest';
import { LogRecordSplitter } from '../../src/cli/sources/log-records.js';

// `git log -p -U0 --format=%x00%H %aI` output: commit headers, a diff whose added line quotes a diff
// header, one whose lines hold NULs and backslashes, a commit without changes, a last line without LF.
const OUTPUT = [
  `\0${'a'.repeat(40)} 2024-01-02T03:04:05+00:00`,
  '',
  'diff --git a/one.ts b/one.ts',
  'new file mode 100644',
  'index 0000000..1111111',
  '--- /dev/null',
  '+++ b/one.ts',
  '@@ -0,0 +1,3 @@',
  "+const header = 'diff --git a/x b/x';",
  '+const nul = "\0";',
  '+// \\ not a marker',
  'diff --git a/two.md b/two.md',
  'index 1111111..2222222 100644',
  '--- a/two.md',
  '+++ b/two.md',
  '@@ -2 +2 @@',
  '-old',
  '\\ No newline at end of file',
  '+new',
  // A binary file's line (--text): NULs anywhere but at its start, right before a commit header.
  '+\0\0x\0',
  `\0${'b'.repeat(40)} 2024-01-03T03:04:05+00:00`,
  `\0${'c'.repeat(40)} 2024-01-04T03:04:05+00:00`,
  '',
  'diff --cc merged.ts',
  'index 1111111,2222222..3333333',
  '@@@ -1,1 -1,1 +1,2 @@@',
  '++merged',
  'diff --git a/three.txt b/three.txt',
  '--- a/three.txt',
  '+++ b/three.txt',
  '@@ -1 +1 @@',
  '-x',
  '+y',
].join('\n');

function split(chunkSize: number, cap = OUTPUT.length): string[] {
  const records: string[] = [];
  const parts: string[] = [];
  const splitter = new LogRecordSplitter({ record: (record) => records.push(record.toString('latin1')), part: (part) => parts.push(part.toString('latin1')) }, cap);
  const bytes = Buffer.from(OUTPUT, 'latin1');
  for (let at = 0; at < bytes.length; at += chunkSize) splitter.push(bytes.subarray(at, at + chunkSize));
  splitter.end();
  // A record over the cap comes as parts, in place: marked here so that the order shows.
  return parts.length === 0 ? records : [...records, `parts: ${parts.join('')}`];
}

describe('git log records', () => {
  it('are commit headers and whole file diffs, the same for chunks of any size', () => {
    const whole = split(OUTPUT.length);
    expect(whole.map((record) => record.split('\n')[0]?.slice(0, 12))).toEqual(['\0aaaaaaaaaaa', 'diff --git a', 'diff --git a', '\0bbbbbbbbbbb', '\0ccccccccccc', 'diff --cc me', 'diff --git a']);
    expect(whole.join('')).toBe(OUTPUT);
    // Every chunk size up to past the longest marker, so that each boundary falls across a chunk edge somewhere.
    for (let size = 1; size <= 40; size++) expect(split(size)).toEqual(whole);
  });

  it('a record over the cap is handed over in parts as it comes, never held whole', () => {
    const first = OUTPUT.indexOf('diff --git a/one.ts');
    const second = OUTPUT.indexOf('diff --git a/two.md');
    for (const size of [1, 7, 64]) {
      const records = split(size, second - first - 1);
      // Only one.ts' diff is longer than the cap: the records around it are whole, its bytes all in the parts.
      expect(records.filter((record) => !record.startsWith('parts: ')).map((record) => record.slice(0, 12))).toEqual(['\0aaaaaaaaaaa', 'diff --git a', '\0bbbbbbbbbbb', '\0ccccccccccc', 'diff --cc me', 'diff --git a']);
      expect(records.at(-1)).toBe(`parts: ${OUTPUT.slice(first, second)}`);
    }
  });
});
