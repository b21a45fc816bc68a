import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRepo, expectOneLineError, git, runCli, write } from './helpers.js';

describe('--history ranges that start with "-"', () => {
  const repo = createRepo();
  write(repo, 'a.ts', 'export {};\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'one');

  it('--history=--output=FILE is refused in one line and git writes nothing', () => {
    const result = runCli(['--history=--output=written.txt'], { cwd: repo });
    expectOneLineError(result, /--history: "--output=written.txt" is not a revision range/);
    expect(existsSync(join(repo, 'written.txt'))).toBe(false);
  });

  it('any range starting with "-" is a usage error, never passed to git', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }).map((rest) => `-${rest}`), (range) => {
        const before = readdirSync(repo).sort();
        const result = runCli([`--history=${range}`], { cwd: repo });
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/^optimocms-scan: --history: .* is not a revision range .*\n$/);
        expect(readdirSync(repo).sort()).toEqual(before);
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});
