import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createRepo, expectOneLineError, git, liveKey, parseReport, remember, runCli, sandboxKey, write } from './helpers.js';

const KEYS = [liveKey('R34d3rL1v3K3y1'), sandboxKey('R34d3rSbxK3y22'), liveKey('R34d3rM3rg3K33')];
remember(...KEYS);
const [LIVE, SANDBOX, MERGED] = KEYS as [string, string, string];

function commit(repo: string, message: string): void {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message);
}

describe('--history on a history of many file changes, binary files and a binary merge', () => {
  const repo = createRepo();
  // Over a thousand file changes: many batches, and records that span git's output chunks.
  for (let i = 0; i < 1200; i++) write(repo, `pkg/file-${i}.ts`, `export const value${i} = ${i};\n`);
  write(repo, 'src/client.ts', `export const key = '${LIVE}';\n`);
  write(repo, 'assets/logo.bin', Buffer.concat([Buffer.from([0x89, 0x50, 0, 0, 0x0a]), Buffer.from('plain\n')]));
  commit(repo, 'many files');
  git(repo, 'checkout', '-q', '-b', 'side');
  write(repo, 'assets/logo.bin', Buffer.from([0x89, 0x50, 0, 1, 0x0a]));
  write(repo, 'side.md', `curl -H "X-Api-Key: ${SANDBOX}"\n`);
  commit(repo, 'side');
  git(repo, 'checkout', '-q', 'main');
  write(repo, 'assets/logo.bin', Buffer.from([0x89, 0x50, 0, 2, 0x0a]));
  commit(repo, 'main');
  spawnSync('git', ['merge', '-q', 'side'], { cwd: repo });
  // The binary conflict resolved with content that holds a key: the merge's combined diff of a binary file.
  write(repo, 'assets/logo.bin', Buffer.concat([Buffer.from([0x89, 0x50, 0, 3, 0x0a]), Buffer.from(`${MERGED}\n`)]));
  commit(repo, 'merge');
  for (let i = 0; i < 600; i++) write(repo, `pkg/file-${i}.ts`, `export const value${i} = ${i + 1};\n`);
  commit(repo, 'edit many');

  it('every change is read: the text ones scanned, the binary ones (on each side and at the merge) skipped', () => {
    const result = runCli(['--history', '--format', 'json'], { cwd: repo });
    expect(result.code).toBe(1);
    const report = parseReport(result);
    expect(report.findings.map((finding) => finding.file).sort()).toEqual(['side.md', 'src/client.ts']);
    expect(report.summary.commits).toBe(5);
    // Every text change scanned (1,201 files and side.md, then 600 edits); the binary file skipped at each of its four changes.
    expect(report.summary.files).toBe(1202 + 600);
    expect(report.summary.skipped['binary']).toBe(4);
  });

  it('--max-file-size: a change over it is skipped as too large, and its key is not reported', () => {
    const report = parseReport(runCli(['--history', '--format', 'json', '--max-file-size', '40'], { cwd: repo }));
    // Every pkg file's added line is at most 31 bytes with its `+`; side.md's and src/client.ts's hold a key and are longer.
    expect(report.findings).toEqual([]);
    expect(report.summary.skipped['tooLarge']).toBe(2);
    expect(report.summary.files).toBe(1200 + 600);
  });

  it('git failing while its output is read is one line, exit 2', () => {
    const result = runCli(['--history', 'no-such-branch..HEAD'], { cwd: repo });
    expectOneLineError(result, /^optimocms-scan: git log: .*no-such-branch/);
  });
});
