import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, createRepo, expectNoFullKey, expectOneLineError, git, liveKey, parseReport, remember, temporaryDirectory, write, type CliResult } from './helpers.js';

const KEY = liveKey('H0st1leC0nf1gK');
remember(KEY);

/** The CLI with a time limit: a read that never ends must fail the test, not hang it. */
function runBounded(args: readonly string[], cwd: string): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
  expect(result.signal, 'the scan did not end').toBeNull();
  expectNoFullKey(`${result.stdout}\n${result.stderr}`);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function fifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error('mkfifo failed');
}

describe('config and baseline files are read only when they are regular files of bounded size', () => {
  const dir = temporaryDirectory();
  write(dir, 'src/a.ts', 'export {};\n');
  fifo(join(dir, 'pipe'));
  mkdirSync(join(dir, 'folder'));
  const kinds: [string, string, RegExp][] = [
    ['/dev/zero', '/dev/zero', /not a regular file/],
    ['/dev/null', '/dev/null', /not a regular file/],
    ['a FIFO', 'pipe', /not a regular file/],
    ['a folder', 'folder', /is a folder/],
  ];
  for (const [name, path, message] of kinds) {
    it(`--config and --baseline naming ${name}: one line, exit 2, no hang`, () => {
      expectOneLineError(runBounded(['--config', path], dir), new RegExp(`config ${path}: .*${message.source}`));
      expectOneLineError(runBounded(['--baseline', path], dir), new RegExp(`baseline ${path}: .*${message.source}`));
    });
  }

  it('a repository whose .optimocms-scan.json links to /dev/zero or a FIFO: one line, exit 2, no hang', () => {
    for (const target of ['/dev/zero', join(dir, 'pipe')]) {
      const repo = createRepo();
      write(repo, 'a.ts', 'export {};\n');
      symlinkSync(target, join(repo, '.optimocms-scan.json'));
      expectOneLineError(runBounded([], repo), /config \.optimocms-scan\.json: not a regular file/);
    }
  });

  it('a config over the size cap is refused without being read whole', () => {
    const big = join(temporaryDirectory(), 'big.json');
    // Sparse: the size is what counts, not the disk.
    writeFileSync(big, '');
    truncateSync(big, 64 * 1024 * 1024 + 1);
    expectOneLineError(runBounded(['--config', big], dir), /larger than 64 MiB/);
  });
});

describe('an unrelated root package.json that cannot be parsed', () => {
  for (const [name, content] of [
    ['merge markers', '<<<<<<< HEAD\n{ "name": "a" }\n=======\n{ "name": "b" }\n>>>>>>> branch\n'],
    ['empty', ''],
  ] as const) {
    it(`(${name}) is a one-line note and the scan goes on`, () => {
      const repo = createRepo();
      write(repo, 'package.json', content);
      write(repo, 'src/key.ts', `export const k = '${KEY}';\n`);
      git(repo, 'add', '-A');
      const result = runBounded(['--format', 'json'], repo);
      expect(result.code).toBe(1);
      expect(parseReport(result).findings.map((finding) => finding.file)).toEqual(['src/key.ts']);
      expect(result.stderr).toMatch(/^optimocms-scan: package\.json: invalid JSON \(.*\): its "optimocms-scan" field, if any, is not applied\n$/);
    });
  }

  it('a package.json named with --config is still an error', () => {
    const repo = createRepo();
    write(repo, 'package.json', '');
    expectOneLineError(runBounded(['--config', 'package.json'], repo), /config package\.json: invalid JSON/);
  });
});
