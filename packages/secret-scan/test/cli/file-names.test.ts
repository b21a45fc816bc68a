import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRepo, git, liveKey, parseReport, remember, runCli, sandboxKey, temporaryDirectory } from './helpers.js';

const CONTENT_KEY = liveKey('C0ntentN4meK3y');
const NAME_KEY = sandboxKey('N4meH0ldsK3y77');
remember(CONTENT_KEY, NAME_KEY);

// Characters that split records or reach the terminal as commands, mixed with ordinary ones.
const NAME_CHAR = fc.constantFrom('a', 'b', ' ', '-', '.', 'é', '\n', '\r', '\t', '\x1b', '\x07', '\x7f', '\u009b', '\u202e', '\u2028');
const NAME = fc.tuple(fc.array(NAME_CHAR, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.array(NAME_CHAR, { maxLength: 4 })).map(([before, withKey, after]) => ({
  name: `f${before.join('')}${withKey ? `_${NAME_KEY}_` : ''}${after.join('')}.ts`,
  withKey,
}));
// Every character a terminal acts on but a newline (which ends our records) and the text report's own ANSI-free output.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

describe('file names are never printed raw', () => {
  for (const [where, make] of [
    ['outside git', temporaryDirectory],
    ['inside a git work tree', createRepo],
  ] as const) {
    it(`${where}: control characters escaped, keys in names redacted and reported, every format keeps its structure`, () => {
      fc.assert(
        fc.property(fc.uniqueArray(NAME, { minLength: 1, maxLength: 3, selector: (entry) => entry.name }), (names) => {
          const dir = make();
          mkdirSync(join(dir, 'src'));
          for (const { name } of names) writeFileSync(join(dir, 'src', name), `export const k = '${CONTENT_KEY}';\n`);
          if (where !== 'outside git') git(dir, 'add', '-A');
          const withKeys = names.filter((entry) => entry.withKey).length;

          const text = runCli([], { cwd: dir });
          expect(text.code).toBe(1);
          for (const line of `${text.stdout}${text.stderr}`.split('\n')) expect(line).not.toMatch(CONTROL);
          // One record per finding: the file's content key, and the key in its name.
          expect(text.stdout.split('\n').filter((line) => /\s(live|sandbox)-key\s/.test(line))).toHaveLength(names.length + withKeys);

          const json = parseReport(runCli(['--format', 'json'], { cwd: dir }));
          expect(json.findings).toHaveLength(names.length + withKeys);
          for (const finding of json.findings) {
            expect(finding.file).not.toMatch(CONTROL);
            expect(finding.fingerprint).not.toMatch(CONTROL);
          }
          expect(json.findings.filter((finding) => finding.rule === 'sandbox-key')).toHaveLength(withKeys);

          const sarif = JSON.parse(runCli(['--format', 'sarif'], { cwd: dir }).stdout) as { runs: { results: unknown[] }[] };
          expect(sarif.runs[0]?.results).toHaveLength(names.length + withKeys);
        }),
        { numRuns: 8 },
      );
    }, 120_000);
  }

  it('a key in a folder name is one finding for the folder, not one per file below it', () => {
    const dir = temporaryDirectory();
    mkdirSync(join(dir, `keys-${NAME_KEY}`));
    for (const name of ['a.ts', 'b.ts', 'c.ts']) writeFileSync(join(dir, `keys-${NAME_KEY}`, name), 'export {};\n');
    const result = runCli(['--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    const report = parseReport(result);
    expect(report.findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.rule}`)).toEqual([`keys-${NAME_KEY.slice(0, 19)}…:1:6 sandbox-key`]);
    expect(result.stderr).toBe(`optimocms-scan: keys-${NAME_KEY.slice(0, 19)}…: the name itself holds an API key: rename it, and revoke the key\n`);
  });

  it('an argument naming a missing file with an escape sequence is shown escaped in the one-line error', () => {
    const result = runCli(['no\x1b[31mfile'], { cwd: temporaryDirectory() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^optimocms-scan: no\\x1b\[31mfile: no such file or directory/);
  });
});
