import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArgs } from '../../src/cli/args.js';
import { createRepo, expectOneLineError, git, liveKey, locations, parseReport, remember, runCli, temporaryDirectory, write } from './helpers.js';

const cwd = temporaryDirectory();

describe('command line', () => {
  it('--help documents every flag with examples, exit 0', () => {
    const result = runCli(['--help'], { cwd });
    expect(result.code).toBe(0);
    for (const flag of ['--staged', '--history', '--format', '--output', '--config', '--baseline', '--write-baseline', '--max-file-size', '--no-ignore', '--follow-symlinks', '--jobs', '--help', '--version']) {
      expect(result.stdout).toContain(flag);
    }
    expect(result.stdout).toMatch(/Examples\n {2}optimocms-scan /);
    expect(result.stdout).toMatch(/0 {2}no findings {4}1 {2}findings {4}2 {2}usage or runtime error/);
    expect(runCli(['-h'], { cwd }).stdout).toBe(result.stdout);
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(runCli(['--version'], { cwd })).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('usage errors are one line with a pointer to --help, exit 2', () => {
    const cases: [string[], RegExp][] = [
      [['--bogus'], /^optimocms-scan: unknown option --bogus \(run 'optimocms-scan --help' for usage\)$/],
      [['-x'], /unknown option -x/],
      [['--format', 'xml'], /--format expects one of text, json, sarif, markdown, got "xml"/],
      [['--format'], /--format expects a value/],
      [['--output='], /--output expects a value/],
      [['--staged', '--history'], /--staged and --history cannot be combined/],
      [['--staged', '--no-ignore'], /--no-ignore applies to file scans, not to --staged/],
      [['--max-file-size', '0'], /--max-file-size must be greater than 0/],
      [['--jobs', 'many'], /--jobs expects a whole number/],
      [['--staged=yes'], /--staged does not take a value/],
    ];
    for (const [args, message] of cases) expectOneLineError(runCli(args, { cwd }), message);
  });

  it('--jobs takes its value as -j1 (attached, as in rg and make), -j 1 and --jobs=1', () => {
    for (const form of [['-j1'], ['-j', '1'], ['--jobs=1'], ['--jobs', '1']]) expect(parseArgs(form).jobs, form.join(' ')).toBe(1);
    expect(parseArgs(['-j4', 'src']).jobs).toBe(4);
    expect(parseArgs(['-fjson']).format).toBe('json');
    const repo = createRepo();
    const key = liveKey('Jb7Kq2Wm9Xr4Tz');
    remember(key);
    write(repo, 'src/a.ts', `const key = '${key}';\n`);
    git(repo, 'add', '.');
    const expected = locations(parseReport(runCli(['--format', 'json'], { cwd: repo })));
    expect(expected).toEqual(['src/a.ts:1:14 live-key']);
    for (const form of [['-j1'], ['-j', '1'], ['--jobs=1']]) {
      const result = runCli([...form, '--format', 'json'], { cwd: repo });
      expect(result.code, form.join(' ')).toBe(1);
      expect(locations(parseReport(result))).toEqual(expected);
    }
    expectOneLineError(runCli(['-j0'], { cwd: repo }), /--jobs expects a whole number from 1 to 256, got "0"/);
    expectOneLineError(runCli(['-jx'], { cwd: repo }), /--jobs expects a whole number from 1 to 256, got "x"/);
    expectOneLineError(runCli(['-hx'], { cwd: repo }), /unknown option -hx/);
  });

  it('--staged outside a git repository is one line, exit 2', () => {
    expectOneLineError(runCli(['--staged'], { cwd }), /--staged needs a git repository, and \. is not inside a git work tree/);
  });

  it('an empty folder and an empty repository are clean', () => {
    expect(runCli([], { cwd }).code).toBe(0);
    const repo = createRepo();
    const result = runCli([], { cwd: repo });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✔ no findings · scanned 0 files \(0 B\) in \d+ ms\n$/);
  });
});
