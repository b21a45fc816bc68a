import { describe, expect, it } from 'vitest';
import { CodemodError, runEnvKeys } from '../src/index.js';
import { LIVE } from './helpers/keys.js';
import { commitAll, copyProject, git, read, write } from './helpers/project.js';

function snapshot(folder: string, files: readonly string[]): Record<string, string> {
  return Object.fromEntries(files.map((file) => [file, read(folder, file)]));
}

const TOUCHED = ['src/cms.ts', 'src/sandbox.ts', 'legacy/ok.js'];

describe('env-keys in a git work tree (real git)', () => {
  it('writes on a clean tree: .env ignored by git, never staged', async () => {
    const folder = copyProject('app');
    commitAll(folder);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(report.written).toBe(true);
    expect(git(folder, 'check-ignore', '.env').trim()).toBe('.env');
    const status = git(folder, 'status', '--porcelain', '--untracked-files=all').split('\n').filter(Boolean).sort();
    expect(status).toEqual(['?? .env.example', '?? .gitignore', ' M legacy/ok.js', ' M src/cms.ts', ' M src/sandbox.ts'].sort());
  });

  it('lists files with git (tracked + untracked, not ignored)', async () => {
    const folder = copyProject('app');
    write(folder, '.gitignore', 'generated/\n');
    commitAll(folder);
    write(folder, 'generated/keys.ts', `export const key = '${LIVE}';\n`);
    write(folder, 'src/new-file.ts', `export const key = '${LIVE}';\n`);
    const report = await runEnvKeys({ cwd: folder });
    expect(report.files.map((file) => file.file)).toContain('src/new-file.ts');
    expect(JSON.stringify(report)).not.toContain('generated/');
  });

  it('refuses --write with uncommitted changes to a file it would rewrite, unless --force', async () => {
    const folder = copyProject('app');
    commitAll(folder);
    write(folder, 'src/cms.ts', `${read(folder, 'src/cms.ts')}// work in progress\n`);
    const before = snapshot(folder, TOUCHED);
    await expect(runEnvKeys({ cwd: folder, write: true })).rejects.toThrow(CodemodError);
    await expect(runEnvKeys({ cwd: folder, write: true })).rejects.toThrow(/uncommitted changes to files the codemod would rewrite \(src\/cms\.ts\)/);
    expect(snapshot(folder, TOUCHED)).toEqual(before);
    expect(() => read(folder, '.env')).toThrow();

    const forced = await runEnvKeys({ cwd: folder, write: true, force: true });
    expect(forced.written).toBe(true);
    expect(read(folder, 'src/cms.ts')).toContain('process.env.OPTIMOCMS_LIVE_KEY!');
  });

  it('does not mind uncommitted changes to files it does not touch', async () => {
    const folder = copyProject('app');
    commitAll(folder);
    write(folder, 'README.md', 'edited\n');
    expect((await runEnvKeys({ cwd: folder, write: true })).written).toBe(true);
  });

  it('stops before writing when .env is tracked, and tells to run git rm --cached .env', async () => {
    const folder = copyProject('app');
    write(folder, '.env', 'DATABASE_URL=postgres://localhost/app\n');
    commitAll(folder);
    const before = snapshot(folder, [...TOUCHED, '.env']);
    const dry = await runEnvKeys({ cwd: folder });
    expect(dry.notes).toContain('.env is tracked by git: run `git rm --cached .env` and commit before writing secrets to it');
    await expect(runEnvKeys({ cwd: folder, write: true })).rejects.toThrow(/\.env is tracked by git.*git rm --cached \.env/);
    expect(snapshot(folder, [...TOUCHED, '.env'])).toEqual(before);

    git(folder, 'rm', '-q', '--cached', '.env');
    git(folder, 'commit', '-q', '-m', 'untrack .env');
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(report.written).toBe(true);
    expect(read(folder, '.env')).toContain('DATABASE_URL=postgres://localhost/app\nOPTIMOCMS_LIVE_KEY=');
  });

  it('--force writes into a tracked .env (the user chose to)', async () => {
    const folder = copyProject('app');
    write(folder, '.env', 'DATABASE_URL=postgres://localhost/app\n');
    commitAll(folder);
    expect((await runEnvKeys({ cwd: folder, write: true, force: true })).written).toBe(true);
    expect(read(folder, '.env')).toMatch(/^DATABASE_URL=postgres:\/\/localhost\/app\nOPTIMOCMS_LIVE_KEY=/);
  });
});
