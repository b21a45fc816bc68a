import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, createRepo, expectNoFullKey, git, liveKey, parseReport, remember, runCli, sandboxKey, temporaryDirectory, write } from './helpers.js';

const MAIN_KEY = liveKey('M41nBr4nchK3y1');
const SIDE_KEY = sandboxKey('S1deBr4nchK3y2');
const RESOLVED_KEY = liveKey('R3s0lv3dK3yAb3');
const HIDDEN_KEY = liveKey('H1dd3nD1ffK3y4');
const MERGE_HIDDEN_KEY = sandboxKey('M3rg3H1dd3nK5');
remember(MAIN_KEY, SIDE_KEY, RESOLVED_KEY, HIDDEN_KEY, MERGE_HIDDEN_KEY);

function commit(repo: string, message: string): string {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
  return git(repo, 'rev-parse', 'HEAD').trim();
}

/** A global git config with the given settings, as a user may have. */
function userConfig(settings: string): NodeJS.ProcessEnv {
  const file = join(temporaryDirectory(), 'gitconfig');
  writeFileSync(file, settings);
  return { GIT_CONFIG_GLOBAL: file };
}

describe('--history: what a merge commit itself adds', () => {
  const repo = createRepo();
  write(repo, 'config.ts', 'export const a = 1;\nexport const key = "";\nexport const b = 2;\n');
  write(repo, '.gitattributes', 'secrets.txt -diff\n');
  write(repo, 'secrets.txt', 'one\n');
  commit(repo, 'base');
  git(repo, 'checkout', '-q', '-b', 'side');
  write(repo, 'config.ts', `export const a = 1;\nexport const key = "${SIDE_KEY}";\nexport const b = 2;\n`);
  const side = commit(repo, 'side');
  git(repo, 'checkout', '-q', 'main');
  write(repo, 'config.ts', `export const a = 1;\nexport const key = "${MAIN_KEY}";\nexport const b = 2;\n`);
  const main = commit(repo, 'main');
  spawnSync('git', ['merge', '-q', 'side'], { cwd: repo });
  // The conflict resolved with a third key (an "evil merge"), and a key added to a file marked -diff.
  write(repo, 'config.ts', `export const a = 1;\nexport const key = "${RESOLVED_KEY}";\nexport const b = 2;\n`);
  // The key on a line that starts with `++ `: the header of a diff looks like that.
  write(repo, 'secrets.txt', `one\n++ key=${MERGE_HIDDEN_KEY}\n`);
  const merge = commit(repo, 'merge');

  it('reports the key typed while resolving the conflict at the merge, and each side key once, at its own commit', () => {
    const result = runCli(['--history', '--format', 'json'], { cwd: repo });
    expect(result.code).toBe(1);
    const seen = parseReport(result).findings.map((finding) => `${finding.file}:${finding.line} ${finding.secret} ${finding.commit}`);
    expect(seen.sort()).toEqual(
      [
        `config.ts:2 ${MAIN_KEY.slice(0, 16)}… ${main}`,
        `config.ts:2 ${SIDE_KEY.slice(0, 19)}… ${side}`,
        `config.ts:2 ${RESOLVED_KEY.slice(0, 16)}… ${merge}`,
        `secrets.txt:2 ${MERGE_HIDDEN_KEY.slice(0, 19)}… ${merge}`,
      ].sort(),
    );
  });

  it('the merge alone (HEAD^!) gives the merge-added keys only', () => {
    const report = parseReport(runCli(['--history', `${merge}^!`, '--format', 'json'], { cwd: repo }));
    expect(report.findings.map((finding) => `${finding.file}:${finding.line}`).sort()).toEqual(['config.ts:2', 'secrets.txt:2']);
  });
});

describe('--history does not depend on attributes or user config', () => {
  const repo = createRepo();
  write(repo, 'root.env', `OPTIMOCMS_API_KEY=${MAIN_KEY}\n`);
  commit(repo, 'root');
  write(repo, '.gitattributes', 'hidden.txt -diff\nmacro.txt binary\n');
  write(repo, 'hidden.txt', `key: ${HIDDEN_KEY}\n`);
  write(repo, 'macro.txt', `key: ${SIDE_KEY}\n`);
  write(repo, 'real.bin', Buffer.concat([Buffer.from([0x89, 0x50, 0, 0]), Buffer.from(`${RESOLVED_KEY}\n`)]));
  commit(repo, 'attributes');

  const expected = ['hidden.txt:1', 'macro.txt:1', 'root.env:1'];

  it('a file marked -diff or binary in .gitattributes is scanned; content with a NUL is binary', () => {
    const report = parseReport(runCli(['--history', '--format', 'json'], { cwd: repo }));
    expect(report.findings.map((finding) => `${finding.file}:${finding.line}`).sort()).toEqual(expected);
    expect(report.summary.skipped['binary']).toBe(1);
  });

  it('with core.bigFileThreshold, log.showRoot=false and diff.interHunkContext in the user config: same findings', () => {
    const env = userConfig('[core]\n\tbigFileThreshold = 10\n[log]\n\tshowRoot = false\n\tdiffMerges = off\n[diff]\n\tinterHunkContext = 5\n\tsuppressBlankEmpty = true\n');
    const report = parseReport(runCli(['--history', '--format', 'json'], { cwd: repo, env }));
    expect(report.findings.map((finding) => `${finding.file}:${finding.line}`).sort()).toEqual(expected);
  });
});

describe('--history memory is bounded by --max-file-size', () => {
  /** Runs the CLI and returns its peak resident memory (MiB), as the process itself reports it at exit. */
  function peakRss(args: readonly string[], cwd: string): { code: number | null; stdout: string; rssMiB: number } {
    const hook = `data:text/javascript,process.on('exit',()=>process.stderr.write('MAXRSS '+process.resourceUsage().maxRSS+'\\n'))`;
    const result = spawnSync(process.execPath, ['--import', hook, CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expectNoFullKey(`${result.stdout}\n${result.stderr}`);
    const kib = Number(/MAXRSS (\d+)/.exec(result.stderr)?.[1]);
    return { code: result.status, stdout: result.stdout, rssMiB: kib / 1024 };
  }

  const SIZE = 96 * 1024 * 1024;
  for (const [shape, content] of [
    ['one line (minified)', () => Buffer.alloc(SIZE, 'a')],
    ['many lines', () => Buffer.alloc(SIZE, 'abcdefghijklmnopqrstuvwxyz0123456789 optimocms text line\n')],
  ] as const) {
    it(`a ${SIZE / 1024 / 1024} MiB change as ${shape} is dropped while streaming: counted as too large, peak RSS well under its size`, () => {
      const repo = createRepo();
      write(repo, 'small.ts', `export const key = '${MAIN_KEY}';\n`);
      write(repo, 'big.txt', content());
      commit(repo, 'big');
      const result = peakRss(['--history', '--format', 'json', '--max-file-size', '1MB'], repo);
      expect(result.code).toBe(1);
      const report = parseReport({ code: result.code, stdout: result.stdout, stderr: '' });
      expect(report.findings.map((finding) => finding.file)).toEqual(['small.ts']);
      expect(report.summary.skipped['tooLarge']).toBe(1);
      // Node alone is about 50 MiB; holding the change cost several times its size.
      expect(result.rssMiB).toBeLessThan(200);
    }, 60_000);
  }
});
