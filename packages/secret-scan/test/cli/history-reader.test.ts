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

/** What a report says, without its timing. */
function findingsAndSummary(stdout: string): unknown {
  const report = parseReport({ stdout, stderr: '', code: 1 });
  const { durationMs: _durationMs, ...summary } = report.summary as { durationMs?: number };
  return { findings: report.findings, summary };
}

describe('--history reads git log on a worker thread, with the same result as on one thread', () => {
  const repo = createRepo();
  // Over a thousand file changes: many worker messages, and items that wait while the main thread scans.
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

  it('--jobs 2 (reader worker) and --jobs 1 (main thread) report the same findings and summary', () => {
    const threaded = runCli(['--history', '--format', 'json', '--jobs', '2'], { cwd: repo });
    const single = runCli(['--history', '--format', 'json', '--jobs', '1'], { cwd: repo });
    expect(threaded.code).toBe(1);
    expect(single.code).toBe(1);
    expect(findingsAndSummary(threaded.stdout)).toEqual(findingsAndSummary(single.stdout));
    const report = parseReport(threaded);
    expect(report.findings.map((finding) => finding.file).sort()).toEqual(['side.md', 'src/client.ts']);
    expect(report.summary.commits).toBe(5);
    // Every text change scanned (1,201 files and side.md, then 600 edits); the binary file skipped at each of its four changes.
    expect(report.summary.files).toBe(1202 + 600);
    expect(report.summary.skipped['binary']).toBe(4);
  });

  it('--max-file-size is applied the same way on the worker', () => {
    const args = ['--history', '--format', 'json', '--max-file-size', '20'];
    const threaded = runCli([...args, '--jobs', '2'], { cwd: repo });
    const single = runCli([...args, '--jobs', '1'], { cwd: repo });
    expect(findingsAndSummary(threaded.stdout)).toEqual(findingsAndSummary(single.stdout));
    expect(parseReport(threaded).summary.skipped['tooLarge']).toBeGreaterThan(0);
  });

  it('git failing on the worker is the same one-line error, exit 2', () => {
    for (const jobs of ['1', '2']) {
      const result = runCli(['--history', 'no-such-branch..HEAD', '--jobs', jobs], { cwd: repo });
      expectOneLineError(result, /^optimocms-scan: git log: .*no-such-branch/);
    }
  });
});
