import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createRepo, expectOneLineError, git, liveKey, locations, parseReport, remember, runCli, sandboxKey, write } from './helpers.js';

const FIRST = liveKey('H1st0ryF1rstK1');
const SECOND = sandboxKey('H1st0rySec0nd2');
const THIRD = liveKey('H1st0ryTh1rdK3');
remember(FIRST, SECOND, THIRD);

function commit(repo: string, message: string, date: string): string {
  git(repo, 'add', '-A');
  git(repo, '-c', `user.name=Test`, 'commit', '-q', '-m', message, '--date', date);
  return git(repo, 'rev-parse', 'HEAD').trim();
}

describe('--history scans lines added by commits', () => {
  const repo = createRepo();
  write(repo, 'config.ts', `// settings\nexport const key = '${FIRST}';\n`);
  const first = commit(repo, 'first', '2024-01-02T03:04:05+00:00');
  // The key is removed from the tree, but it is in history; a new one lands in another file, after a new first line.
  write(repo, 'config.ts', 'export const key = process.env.OPTIMOCMS_API_KEY;\n');
  write(repo, 'deploy/run.sh', `#!/bin/sh\n\n\ncurl -H "X-Api-Key: ${SECOND}" https://api.optimocms.com\n`);
  const second = commit(repo, 'second', '2024-02-03T04:05:06+00:00');
  git(repo, 'mv', 'deploy/run.sh', 'deploy/renamed.sh');
  write(repo, 'deploy/renamed.sh', `#!/bin/sh\nexport OPTIMOCMS_LIVE_KEY=${THIRD}\n\n\ncurl -H "X-Api-Key: ${SECOND}" https://api.optimocms.com\n`);
  write(repo, 'logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
  const third = commit(repo, 'third', '2024-03-04T05:06:07+00:00');

  it('by default reads every commit and reports commit, author date, file and the line in that commit', () => {
    const result = runCli(['--history', '--format', 'json'], { cwd: repo });
    expect(result.code).toBe(1);
    const report = parseReport(result);
    expect(report.findings.map((finding) => [finding.file, finding.line, finding.column, finding.rule, finding.commit, finding.authorDate])).toEqual([
      ['config.ts', 2, 21, 'live-key', first, '2024-01-02T03:04:05+00:00'],
      ['deploy/renamed.sh', 2, 27, 'live-key', third, '2024-03-04T05:06:07+00:00'],
      ['deploy/run.sh', 4, 21, 'sandbox-key', second, '2024-02-03T04:05:06+00:00'],
    ]);
    expect(report.summary.commits).toBe(3);
    expect(report.summary.skipped['binary']).toBe(1);
  });

  it('takes a revision range: HEAD~1..HEAD is the last commit only', () => {
    const last = parseReport(runCli(['--history', 'HEAD~1..HEAD', '--format', 'json'], { cwd: repo }));
    expect(locations(last)).toEqual(['deploy/renamed.sh:2:27 live-key']);
    expect(last.findings[0]?.commit).toBe(third);
    expect(last.summary.commits).toBe(1);
    const middle = parseReport(runCli(['--history=HEAD~2..HEAD~1', '--format', 'json'], { cwd: repo }));
    expect(middle.findings.map((finding) => finding.commit)).toEqual([second]);
  });

  it('limits history to paths given after --', () => {
    expect(locations(parseReport(runCli(['--history', '--format', 'json', '--', 'config.ts'], { cwd: repo })))).toEqual(['config.ts:2:21 live-key']);
  });

  it('text output names the commit and date', () => {
    const result = runCli(['--history', 'HEAD~1..HEAD'], { cwd: repo });
    expect(result.stdout).toContain(`deploy/renamed.sh:2:27  live-key  ${THIRD.slice(0, 16)}…  ${third.slice(0, 12)} 2024-03-04T05:06:07+00:00`);
    expect(result.stdout).toMatch(/1 finding in 1 file · scanned 1 commit, 1 file/);
  });

  it('a bad range is one line and exit 2; --history outside git too', () => {
    expectOneLineError(runCli(['--history', 'no-such-rev..HEAD'], { cwd: repo }), /^optimocms-scan: git log: .*no-such-rev/);
    expectOneLineError(runCli(['--history', '--staged'], { cwd: repo }), /--history and --staged cannot be combined/);
  });

  it('an empty repository has no history and is clean', () => {
    const empty = createRepo();
    const result = runCli(['--history', '--format', 'json'], { cwd: empty });
    expect(result.code).toBe(0);
    expect(parseReport(result).summary.commits).toBe(0);
  });
});

describe('user git config does not change what is parsed', () => {
  it('diff.noprefix, diff.mnemonicPrefix, diff.relative and log.showSignature in the user config: same findings', () => {
    const repo = createRepo();
    const key = liveKey('Gc4Vn8Hq2Lp6Xw');
    remember(key);
    write(repo, 'src/deep/a.ts', `const key = '${key}';\n`);
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'one');
    write(repo, 'src/b.ts', `const b = '${key}';\n`);
    git(repo, 'add', 'src/b.ts');
    const config = join(repo, '.git', 'user-config');
    write(repo, '.git/user-config', '[diff]\n\tnoprefix = true\n\tmnemonicPrefix = true\n\trelative = true\n[log]\n\tshowSignature = true\n[color]\n\tui = always\n');
    const env = { GIT_CONFIG_GLOBAL: config };
    const cwd = join(repo, 'src/deep');
    const history = runCli(['--history', '--format', 'json'], { cwd, env });
    expect(history.stderr).toBe('');
    expect(locations(parseReport(history))).toEqual(['a.ts:1:14 live-key']);
    const staged = runCli(['--staged', '--format', 'json'], { cwd, env });
    expect(staged.stderr).toBe('');
    expect(locations(parseReport(staged))).toEqual(['../b.ts:1:12 live-key']);
  });
});
