import { chmodSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRepo, git, liveKey, locations, parseReport, redacted, remember, runCli, sandboxKey, write } from './helpers.js';

const STAGED_KEY = liveKey('St4g3dK3yQ9w8');
const WORKING_KEY = sandboxKey('W0rk1ngTr33Z7');
remember(STAGED_KEY, WORKING_KEY);

describe('--staged reads the index blobs, not the working tree', () => {
  it('catches a key staged then deleted from the working file', () => {
    const repo = createRepo();
    write(repo, 'src/config.ts', `export const key = '${STAGED_KEY}';\n`);
    git(repo, 'add', 'src/config.ts');
    write(repo, 'src/config.ts', 'export const key = process.env.OPTIMOCMS_API_KEY;\n');

    const result = runCli(['--staged', '--format', 'json'], { cwd: repo });
    expect(result.code).toBe(1);
    const report = parseReport(result);
    expect(locations(report)).toEqual(['src/config.ts:1:21 live-key']);
    expect(report.findings[0]?.secret).toBe(redacted(STAGED_KEY));
    // The plain scan reads the working tree, where the key is gone.
    expect(runCli([], { cwd: repo }).code).toBe(0);
  });

  it('does not block on a key only in the unstaged working file', () => {
    const repo = createRepo();
    write(repo, 'app.js', 'const key = process.env.OPTIMOCMS_API_KEY;\n');
    git(repo, 'add', 'app.js');
    write(repo, 'app.js', `const key = '${WORKING_KEY}';\n`);
    write(repo, 'untracked.js', `const other = '${WORKING_KEY}';\n`);

    const staged = runCli(['--staged'], { cwd: repo });
    expect(staged.code).toBe(0);
    expect(staged.stdout).toMatch(/no findings · scanned 1 file/);
    // The working tree does hold it, tracked and untracked.
    expect(locations(parseReport(runCli(['--format', 'json'], { cwd: repo })))).toEqual(['app.js:1:14 sandbox-key', 'untracked.js:1:16 sandbox-key']);
  });

  it('limits the scan to the paths given after --staged (as pre-commit passes them)', () => {
    const repo = createRepo();
    write(repo, 'a.ts', `const a = '${STAGED_KEY}';\n`);
    write(repo, 'dir/b.ts', `const b = '${WORKING_KEY}';\n`);
    write(repo, 'c.ts', 'const c = 1;\n');
    git(repo, 'add', '.');

    expect(locations(parseReport(runCli(['--staged', '--format', 'json'], { cwd: repo })))).toEqual(['a.ts:1:12 live-key', 'dir/b.ts:1:12 sandbox-key']);
    expect(locations(parseReport(runCli(['--staged', '--format', 'json', 'dir/b.ts', 'c.ts'], { cwd: repo })))).toEqual(['dir/b.ts:1:12 sandbox-key']);
    expect(runCli(['--staged', 'c.ts'], { cwd: repo }).code).toBe(0);
    // From a subfolder, paths are relative to it, in the pathspec and in the report.
    expect(locations(parseReport(runCli(['--staged', '--format', 'json', 'b.ts'], { cwd: join(repo, 'dir') })))).toEqual(['b.ts:1:12 sandbox-key']);
    expect(locations(parseReport(runCli(['--staged', '--format', 'json'], { cwd: join(repo, 'dir') })))).toEqual(['../a.ts:1:12 live-key', 'b.ts:1:12 sandbox-key']);
  });

  it('scans renamed files, ignores deleted ones, and counts staged symlinks and binaries', () => {
    const repo = createRepo();
    write(repo, 'old-name.ts', `export const k = '${STAGED_KEY}';\n`);
    write(repo, 'gone.ts', `export const k = '${WORKING_KEY}';\n`);
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'initial', '--no-verify');

    git(repo, 'mv', 'old-name.ts', 'new-name.ts');
    git(repo, 'rm', '-q', 'gone.ts');
    symlinkSync('new-name.ts', join(repo, 'link.ts'));
    write(repo, 'image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, ...Buffer.from(STAGED_KEY)]));
    git(repo, 'add', 'link.ts', 'image.png');

    const report = parseReport(runCli(['--staged', '--format', 'json'], { cwd: repo }));
    // A pure rename is still content the commit records under a new name: it is scanned (git diff --no-renames).
    expect(locations(report)).toEqual(['new-name.ts:1:19 live-key']);
    expect(report.summary.skipped).toMatchObject({ symlink: 1, binary: 1 });
    expect(report.summary.files).toBe(1);
  });

  it('works before the first commit, and is clean when nothing is staged', () => {
    const repo = createRepo();
    expect(runCli(['--staged'], { cwd: repo }).code).toBe(0);
    write(repo, '.env', `OPTIMOCMS_API_KEY=${STAGED_KEY}\n`);
    git(repo, 'add', '.env');
    const report = parseReport(runCli(['--staged', '--format', 'json'], { cwd: repo }));
    expect(locations(report)).toEqual(['.env:1:19 env-file-committed', '.env:1:19 live-key']);
    rmSync(join(repo, '.env'));
    expect(runCli(['--staged'], { cwd: repo }).code).toBe(1);
    // Named after --staged although gone from the working tree: the index still has it.
    expect(runCli(['--staged', '.env'], { cwd: repo }).code).toBe(1);
  });

  it('runs as a plain git pre-commit hook and blocks the commit', () => {
    const repo = createRepo();
    write(repo, '.git/hooks/pre-commit', `#!/bin/sh\nexec "${process.execPath}" "${join(import.meta.dirname, '../../dist/cli/main.js')}" --staged\n`);
    rmSync(join(repo, '.git/hooks/pre-commit.sample'), { force: true });
    git(repo, 'config', 'core.hooksPath', '.git/hooks');
    chmodSync(join(repo, '.git/hooks/pre-commit'), 0o755);
    write(repo, 'ok.ts', 'export {};\n');
    git(repo, 'add', 'ok.ts');
    git(repo, 'commit', '-q', '-m', 'clean');
    write(repo, 'leak.ts', `export const k = '${STAGED_KEY}';\n`);
    git(repo, 'add', 'leak.ts');
    expect(() => git(repo, 'commit', '-q', '-m', 'leak')).toThrow(/live-key/);
    expect(git(repo, 'log', '--format=%s')).toBe('clean\n');
  });
});
