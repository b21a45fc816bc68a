// The codemod lists, reads and asks git through @optimocms/secret-scan/cli-kit: the same files as the scanner, and the same git errors.
import { spawnSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRefusedError } from '@optimocms/secret-scan/cli-kit';
import { runEnvKeys } from '../src/index.js';
import { listFiles } from '../src/files/list-files.js';
import { LIVE, leakedSecrets } from './helpers/keys.js';
import { commitAll, copyProject, git, runCli, tempFolder, write } from './helpers/project.js';

const SCANNER = join(dirname(createRequire(import.meta.url).resolve('@optimocms/secret-scan/package.json')), 'dist/cli/main.js');

/** The files `optimocms-scan` reports a key in, when every file holds one. */
function scannerFiles(folder: string): string[] {
  const result = spawnSync(process.execPath, [SCANNER, '--format', 'json'], { cwd: folder, encoding: 'utf8' });
  const report = JSON.parse(result.stdout) as { findings: { file: string }[] };
  return [...new Set(report.findings.map((finding) => finding.file))].sort();
}

function plant(folder: string): void {
  const line = `const key = '${LIVE}';\n`;
  for (const file of ['a.ts', 'dist/out.js', 'src/b.ts', 'src/gen/c.ts', 'src/keep.log', 'node_modules/x/i.js', 'docs/d.md', '.github/ci.ts', 'name with space.ts']) write(folder, file, line);
  write(folder, '.gitignore', 'dist/\n*.log\n');
  write(folder, 'src/.gitignore', 'gen/\n!keep.log\n');
}

/** git's own test switch: every git it reaches believes another user owns the repository ("dubious ownership"), so git refuses it; no chown, no root. */
const ANOTHER_OWNER = { GIT_TEST_ASSUME_DIFFERENT_OWNER: '1' };

describe('the codemod sees the files the scanner sees', () => {
  it('in a git work tree (tracked and untracked, not ignored) and in a plain folder', () => {
    const repo = tempFolder();
    plant(repo);
    commitAll(repo);
    write(repo, 'untracked.ts', `const key = '${LIVE}';\n`);
    const folder = tempFolder();
    plant(folder);
    for (const root of [repo, folder]) {
      const scanned = scannerFiles(root);
      expect(scanned).toContain('src/keep.log');
      expect(scanned.some((file) => file.startsWith('dist/') || file.includes('node_modules') || file.startsWith('src/gen/'))).toBe(false);
      // The codemod leaves symlinks out; the scanner counts them as skipped: neither scans one, and the codemod hears of it.
      symlinkSync('a.ts', join(root, 'link.ts'));
      const links: string[] = [];
      expect(listFiles(root, [], { onSymbolicLink: (link) => links.push(link) }).filter((file) => !file.endsWith('.gitignore'))).toEqual(scanned);
      expect(links).toEqual(['link.ts']);
    }
  });
});

describe('git errors are never "outside git"', () => {
  it('a repository git refuses (dubious ownership) stops the run before anything is written', async () => {
    const folder = copyProject('app');
    commitAll(folder);
    // In process: the git runner passes its environment on to git.
    process.env['GIT_TEST_ASSUME_DIFFERENT_OWNER'] = '1';
    try {
      await expect(runEnvKeys({ cwd: folder, write: true })).rejects.toBeInstanceOf(GitRefusedError);
    } finally {
      delete process.env['GIT_TEST_ASSUME_DIFFERENT_OWNER'];
    }
    expect(existsSync(join(folder, '.env'))).toBe(false);
    // In a child process: the variable goes through its environment.
    const result = runCli(folder, ['env-keys', '--write'], ANOTHER_OWNER);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^optimocms-codemod: git rev-parse: detected dubious ownership in repository at [^\n]+\n$/);
    expect(leakedSecrets(result.stdout + result.stderr)).toBe(0);
    expect(existsSync(join(folder, '.env'))).toBe(false);
    // The switch was the only reason: without it, the same project is fine.
    expect(runCli(folder, ['env-keys']).status).not.toBe(2);
  });

  it('without git on PATH inside a repository with a tracked .env: one line, exit 2, no key written', () => {
    const folder = copyProject('app');
    write(folder, '.env', 'DATABASE_URL=postgres://localhost/app\n');
    commitAll(folder);
    const result = runCli(folder, ['env-keys', '--write'], { PATH: tempFolder() });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('optimocms-codemod: git was not found on PATH, and this folder is in a git repository: install git, so that the codemod can check what git tracks before it writes\n');
    expect(git(folder, 'status', '--porcelain')).toBe('');
  });

  it('without git on PATH outside any repository: the .gitignore walk, and the write goes ahead', () => {
    const folder = copyProject('app');
    const result = runCli(folder, ['env-keys', '--write'], { PATH: tempFolder() });
    // Exit 1: the fixture holds a file that does not parse, reported as such; nothing about git.
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toBe('');
    expect(existsSync(join(folder, '.env'))).toBe(true);
  });
});
