import { describe, expect, it } from 'vitest';
import { LIVE, leakedSecrets } from './helpers/keys.js';
import { commitAll, copyProject, read, runCli, tempFolder, write } from './helpers/project.js';

const ANSI_ESCAPE = '\u001B[';

function output(result: { stdout: string; stderr: string }): string {
  return result.stdout + result.stderr;
}

describe('optimocms-codemod (built binary)', () => {
  it('prints help for the tool and for each command, exit 0', () => {
    const folder = tempFolder();
    for (const args of [['--help'], [], ['env-keys', '--help'], ['scopes', '-h']]) {
      const result = runCli(folder, args);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Usage: optimocms-codemod/);
    }
    expect(runCli(folder, ['env-keys', '--help']).stdout).toContain('--env-var NAME');
  });

  it('usage errors: one line on stderr, exit 2, no stack trace', () => {
    const folder = tempFolder();
    for (const args of [['migrate'], ['env-keys', '--frobnicate'], ['env-keys', '--write', '--check'], ['env-keys', '--env-var'], ['env-keys', 'missing-folder'], ['env-keys', '--env-var', 'VITE_OPTIMOCMS_KEY']]) {
      const result = runCli(folder, args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^optimocms-codemod: [^\n]+\n$/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('dry run prints a plain diff and a summary when not a TTY (exit 1: a file does not parse); never a full key', () => {
    const folder = copyProject('app');
    const result = runCli(folder, ['env-keys']);
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain(ANSI_ESCAPE);
    expect(result.stdout).toContain('--- a/src/cms.ts\n+++ b/src/cms.ts\n');
    expect(result.stdout).toContain("-export const cms = new OptimoCMS({ apiKey: 'optimo_live_Q1w2…', timeout: 5000 });");
    expect(result.stdout).toContain('+export const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_LIVE_KEY!, timeout: 5000 });');
    expect(result.stdout).toContain('13 files scanned: 3 changed, 9 unchanged, 4 manual items, 1 error.');
    expect(result.stdout).toContain('Dry run: nothing written.');
    expect(leakedSecrets(output(result))).toBe(0);
    expect(() => read(folder, '.env')).toThrow();
  });

  it('exit 0 on a dry run with changes and no errors; --check exits 1 until nothing is pending', () => {
    const folder = copyProject('app');
    write(folder, 'legacy/broken.js', 'export {};\n');
    write(folder, 'src/components/Editor.tsx', "'use client';\nexport const x = 1;\n");
    for (const file of ['docs/setup.md', '.mcp.json', '.github/workflows/deploy.yml']) write(folder, file, 'nothing here\n');
    expect(runCli(folder, ['env-keys']).status).toBe(0);
    expect(runCli(folder, ['env-keys', '--check']).status).toBe(1);
    const written = runCli(folder, ['env-keys', '--write']);
    expect(written.status).toBe(0);
    expect(written.stdout).toContain('Changes written.');
    const again = runCli(folder, ['env-keys', '--check']);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Nothing to change.');
  });

  it('--check exits 1 for manual work left even when no file would change', () => {
    const folder = tempFolder();
    write(folder, 'docs/keys.md', `Our key: ${LIVE}\n`);
    const result = runCli(folder, ['env-keys', '--check']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('docs/keys.md:1:10  optimo_live_Q1w2…  key in documentation');
    expect(leakedSecrets(output(result))).toBe(0);
  });

  it('colours the diff on FORCE_COLOR and never with NO_COLOR', () => {
    const folder = copyProject('app');
    expect(runCli(folder, ['env-keys'], { FORCE_COLOR: '1' }).stdout).toContain(`${ANSI_ESCAPE}32m+export const cms`);
    expect(runCli(folder, ['env-keys'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain(ANSI_ESCAPE);
  });

  it('--json prints the machine report with redacted secrets', () => {
    const folder = copyProject('app');
    const result = runCli(folder, ['env-keys', '--json']);
    expect(leakedSecrets(output(result))).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['command', 'mode', 'summary', 'variables', 'files', 'envFiles', 'manual', 'errors', 'notes', 'written', 'unreadableFolders']);
    expect(report).toMatchObject({
      command: 'env-keys',
      mode: 'dry-run',
      summary: { filesScanned: 13, filesChanged: 3, filesUnchanged: 9, manualItems: 4, errors: 1 },
      variables: [
        { name: 'OPTIMOCMS_LIVE_KEY', environment: 'live', secret: 'optimo_live_Q1w2…', source: 'new', occurrences: 2, files: ['legacy/ok.js', 'src/cms.ts'] },
        { name: 'OPTIMOCMS_SANDBOX_KEY', environment: 'sandbox', secret: 'optimo_sandbox_A1s2…', source: 'new', occurrences: 3, files: ['src/sandbox.ts'] },
      ],
      envFiles: [
        { file: '.gitignore', action: 'create', added: ['.env'] },
        { file: '.env', action: 'create', added: ['OPTIMOCMS_LIVE_KEY', 'OPTIMOCMS_SANDBOX_KEY'] },
        { file: '.env.example', action: 'create', added: ['OPTIMOCMS_LIVE_KEY', 'OPTIMOCMS_SANDBOX_KEY'] },
      ],
      written: false,
    });
    const files = report.files as { file: string; edits: unknown[]; diff: string }[];
    expect(files.find((file) => file.file === 'src/cms.ts')?.edits).toEqual([{ line: 3, column: 45, kind: 'sdk-api-key', variable: 'OPTIMOCMS_LIVE_KEY', secret: 'optimo_live_Q1w2…' }]);
    expect(files.every((file) => file.diff.startsWith(`--- a/${file.file}`))).toBe(true);
    expect((report.manual as { kind: string; step: string }[]).every((item) => item.step.length > 0)).toBe(true);
  });

  it('--env-var and --write through the CLI', () => {
    const folder = copyProject('app');
    const result = runCli(folder, ['env-keys', 'src/cms.ts', '--write', '--env-var', 'CMS_API_KEY']);
    expect(result.status).toBe(0);
    expect(read(folder, 'src/cms.ts')).toContain('process.env.CMS_API_KEY!');
    expect(read(folder, '.env')).toBe(`CMS_API_KEY=${LIVE}\n`);
  });

  it('refuses --write on a dirty work tree: exit 2, one line, nothing written', () => {
    const folder = copyProject('app');
    commitAll(folder);
    write(folder, 'src/sandbox.ts', `${read(folder, 'src/sandbox.ts')}\n`);
    const result = runCli(folder, ['env-keys', '--write']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('optimocms-codemod: uncommitted changes to files the codemod would rewrite (src/sandbox.ts): commit or stash them first, or pass --force\n');
    expect(read(folder, 'src/cms.ts')).toContain(LIVE);
    expect(runCli(folder, ['env-keys', '--write', '--force']).status).toBe(1);
    expect(read(folder, 'src/cms.ts')).not.toContain(LIVE);
  });

  it('scopes: text and JSON reports, exit 1 when a declared key is over-broad or under-scoped', () => {
    const folder = copyProject('scopes-app');
    const text = runCli(folder, ['scopes']);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('OPTIMOCMS_LIVE_KEY needs 3 scopes: sites:read, pages:read, analytics:read');
    expect(text.stdout).toContain('over-broad: media:read');
    expect(text.stdout).toContain('missing: media:write (used at src/publisher.ts:14:11; these calls would fail with 403 FORBIDDEN)');
    const json = runCli(folder, ['scopes', '--json']);
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['command', 'summary', 'scopes', 'keys', 'unmapped', 'declared', 'notes', 'errors', 'ok', 'incomplete', 'unanalysedFiles']);
    expect(report).toMatchObject({ command: 'scopes', ok: false, summary: { filesScanned: 6, filesAnalyzed: 6, calls: 11, unmappedCalls: 3, declaredKeys: 3 } });

    const clean = tempFolder();
    write(clean, 'index.ts', 'export const answer = 42;\n');
    expect(runCli(clean, ['scopes']).status).toBe(0);
  });
});
