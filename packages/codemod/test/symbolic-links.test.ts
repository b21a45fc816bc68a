// Issue #11 A: symbolic links are never replaced by a regular file. `.env` is written through its link (and the output says so);
// any other link is not followed, but named, and a key behind it is manual work.
import { lstatSync, mkdirSync, readlinkSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIVE, leakedSecrets } from './helpers/keys.js';
import { commitAll, read, runCli, tempFolder, write } from './helpers/project.js';

interface JsonReport {
  summary: { manualItems: number; filesChanged: number };
  envFiles: { file: string; action: string; added: string[]; symlinkTarget?: string }[];
  manual: { file: string; line: number; column: number; kind: string; secret: string; message: string; step: string }[];
  notes: string[];
}

/** `<base>/app` (the project, a git repository) and `<base>/shared` (outside it). */
function projectWithShared(): { app: string; shared: string } {
  const base = tempFolder();
  const app = join(base, 'app');
  const shared = join(base, 'shared');
  mkdirSync(app);
  mkdirSync(shared);
  write(app, 'package.json', '{ "name": "app", "private": true }\n');
  return { app, shared };
}

describe('a symbolic link to a source file', () => {
  it('is named in the notes; a key behind it is a manual item, so --check fails; nothing behind it is rewritten', () => {
    const { app, shared } = projectWithShared();
    write(shared, 'b.ts', `export const key = '${LIVE}';\n`);
    write(app, 'src/plain.ts', 'export const answer = 42;\n');
    mkdirSync(join(app, 'src'), { recursive: true });
    symlinkSync('../../shared/b.ts', join(app, 'src/link.ts'));
    commitAll(app);

    const json = runCli(app, ['env-keys', '--json']);
    expect(leakedSecrets(json.stdout + json.stderr)).toBe(0);
    const report = JSON.parse(json.stdout) as JsonReport;
    expect(report.notes).toEqual(['src/link.ts is a symbolic link (→ ../../shared/b.ts): not followed, not rewritten; the file behind it holds 1 key, left in place (see the manual work)']);
    expect(report.manual).toEqual([
      expect.objectContaining({ file: 'src/link.ts', line: 1, column: 21, kind: 'symbolic-link', secret: 'optimo_live_Q1w2…' }),
    ]);
    expect(report.manual[0]?.step).toContain('../../shared/b.ts');

    const text = runCli(app, ['env-keys']);
    expect(text.stdout).toContain('src/link.ts is a symbolic link (→ ../../shared/b.ts)');
    expect(text.stdout).toContain('Manual work (1)');
    expect(leakedSecrets(text.stdout)).toBe(0);

    // Like any other key left for a human: the tree is not clean.
    expect(runCli(app, ['env-keys', '--check']).status).toBe(1);
    const written = runCli(app, ['env-keys', '--write']);
    expect(written.status).toBe(0);
    expect(lstatSync(join(app, 'src/link.ts')).isSymbolicLink()).toBe(true);
    expect(read(shared, 'b.ts')).toBe(`export const key = '${LIVE}';\n`);
  });

  it('a link to a file the run checks anyway, a link to a folder, a dangling link: named, no manual item, --check clean', () => {
    const { app, shared } = projectWithShared();
    write(app, 'src/real.ts', 'export const answer = 42;\n');
    symlinkSync('real.ts', join(app, 'src/alias.ts'));
    symlinkSync('../shared', join(app, 'shared-folder'));
    symlinkSync('missing.ts', join(app, 'src/dangling.ts'));
    write(shared, 'c.ts', 'export const nothing = 0;\n');
    commitAll(app);
    const result = runCli(app, ['env-keys', '--check', '--json']);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.manual).toEqual([]);
    expect(report.notes).toEqual([
      'shared-folder is a symbolic link (→ ../shared) to a folder: not followed, its files were not checked (run the codemod there)',
      'src/alias.ts is a symbolic link (→ real.ts): not followed; the file it points at (src/real.ts) is checked on its own',
      'src/dangling.ts is a symbolic link (→ missing.ts) to nothing (or a loop): not followed',
    ]);
  });

  it('a key in a file the run checks anyway is migrated there, once, and the link stays a link', () => {
    const { app } = projectWithShared();
    write(app, '.gitignore', '.env\n');
    write(app, 'src/real.ts', `export const key = '${LIVE}';\n`);
    symlinkSync('real.ts', join(app, 'src/alias.ts'));
    commitAll(app);
    const report = JSON.parse(runCli(app, ['env-keys', '--write', '--json']).stdout) as JsonReport;
    expect(report.manual).toEqual([]);
    expect(report.summary.filesChanged).toBe(1);
    expect(read(app, 'src/real.ts')).not.toContain(LIVE);
    expect(lstatSync(join(app, 'src/alias.ts')).isSymbolicLink()).toBe(true);
    expect(runCli(app, ['env-keys', '--check']).status).toBe(0);
  });
  it('a key in the link\'s target name is redacted, as in any other path', () => {
    const { app, shared } = projectWithShared();
    write(shared, `${LIVE}.ts`, 'export const nothing = 0;\n');
    symlinkSync(`../shared/${LIVE}.ts`, join(app, 'named.ts'));
    commitAll(app);
    const result = runCli(app, ['env-keys', '--json']);
    expect(leakedSecrets(result.stdout + result.stderr)).toBe(0);
    expect((JSON.parse(result.stdout) as JsonReport).notes).toEqual(['named.ts is a symbolic link (→ ../shared/optimo_live_Q1w2….ts): not followed, not rewritten']);
  });
});

describe('.env is a symbolic link', () => {
  it('.env.example and .gitignore as links: written through and named, never noted as skipped', () => {
    const { app, shared } = projectWithShared();
    write(shared, 'example.env', 'DATABASE_URL=\n');
    write(shared, 'ignore', 'dist/\n');
    write(app, 'src/cms.ts', `export const key = '${LIVE}';\n`);
    symlinkSync('../shared/example.env', join(app, '.env.example'));
    symlinkSync('../shared/ignore', join(app, '.gitignore'));
    commitAll(app);
    const result = runCli(app, ['env-keys', '--write', '--json']);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.notes.join('\n')).not.toContain('symbolic link');
    expect(report.envFiles).toEqual([
      { file: '.gitignore', action: 'append', added: ['.env'], symlinkTarget: '../shared/ignore' },
      { file: '.env', action: 'create', added: ['OPTIMOCMS_API_KEY'] },
      { file: '.env.example', action: 'append', added: ['OPTIMOCMS_API_KEY'], symlinkTarget: '../shared/example.env' },
    ]);
    expect(lstatSync(join(app, '.gitignore')).isSymbolicLink()).toBe(true);
    expect(read(shared, 'ignore')).toBe('dist/\n.env\n');
    expect(read(shared, 'example.env')).toBe('DATABASE_URL=\nOPTIMOCMS_API_KEY=\n');
  });

  it('--write appends through the link to its target, the link stays a link, and the output names both', () => {
    const { app, shared } = projectWithShared();
    write(shared, 'shared.env', 'DATABASE_URL=postgres://localhost/app\n');
    write(app, '.gitignore', '.env\n');
    write(app, 'src/cms.ts', `export const key = '${LIVE}';\n`);
    symlinkSync('../shared/shared.env', join(app, '.env'));
    commitAll(app);

    const dryRun = runCli(app, ['env-keys', '--json']);
    const plan = JSON.parse(dryRun.stdout) as JsonReport;
    expect(plan.envFiles.find((change) => change.file === '.env')).toEqual({ file: '.env', action: 'append', added: ['OPTIMOCMS_API_KEY'], symlinkTarget: '../shared/shared.env' });
    // Files that are not links carry no target.
    expect(plan.envFiles.find((change) => change.file === '.env.example')).not.toHaveProperty('symlinkTarget');
    expect(plan.notes.join('\n')).not.toContain('symbolic link');
    expect(runCli(app, ['env-keys']).stdout).toContain('would append to .env → ../shared/shared.env (symbolic link, written through): OPTIMOCMS_API_KEY');

    const result = runCli(app, ['env-keys', '--write']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('  • append to .env → ../shared/shared.env (symbolic link, written through): OPTIMOCMS_API_KEY');
    expect(leakedSecrets(result.stdout + result.stderr)).toBe(0);
    expect(lstatSync(join(app, '.env')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(app, '.env'))).toBe('../shared/shared.env');
    expect(read(shared, 'shared.env')).toBe(`DATABASE_URL=postgres://localhost/app\nOPTIMOCMS_API_KEY=${LIVE}\n`);
    expect(read(app, 'src/cms.ts')).not.toContain(LIVE);
    // .env.example as a link is written through too, and named.
    expect(read(app, '.env.example')).toBe('OPTIMOCMS_API_KEY=\n');
    // A second run finds the key behind the link and has nothing left to do.
    expect(runCli(app, ['env-keys', '--check']).status).toBe(0);
  });
});
