import { spawnSync } from 'node:child_process';
import { statSync, utimesSync, chmodSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanText, isCodeFile } from '@optimocms/secret-scan';
import { CodemodError, runEnvKeys } from '../src/index.js';
import { GENERIC, LIVE, LIVE_2, SANDBOX, leakedSecrets } from './helpers/keys.js';
import { PACKAGE_ROOT, copyProject, read, tempFolder, write } from './helpers/project.js';

const require = createRequire(import.meta.url);
const TSC = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
const SCAN_CLI = join(PACKAGE_ROOT, '..', 'secret-scan', 'dist', 'cli', 'main.js');

function tsc(folder: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [TSC, '-p', '.', '--noEmit'], { cwd: folder, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

function allFiles(folder: string, prefix = ''): string[] {
  return readdirSync(join(folder, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? allFiles(folder, path) : [path];
  });
}

const PAST = new Date('2020-01-01T00:00:00Z');

describe('env-keys on a whole project (no git)', () => {
  it('dry run by default: reports everything, writes nothing', async () => {
    const folder = copyProject('app');
    const before = new Map(allFiles(folder).map((file) => [file, read(folder, file)]));
    const report = await runEnvKeys({ cwd: folder });
    expect(report.mode).toBe('dry-run');
    expect(report.written).toBe(false);
    expect(report.files.map((file) => file.file)).toEqual(['legacy/ok.js', 'src/cms.ts', 'src/sandbox.ts']);
    expect(allFiles(folder).sort()).toEqual([...before.keys()].sort());
    for (const [file, text] of before) expect(read(folder, file)).toBe(text);
    expect(leakedSecrets(JSON.stringify(report))).toBe(0);
  });

  it('migrates the code, writes .gitignore, .env (0600) and .env.example, and reports the rest', async () => {
    const folder = copyProject('app');
    for (const file of allFiles(folder)) utimesSync(join(folder, file), PAST, PAST);
    const report = await runEnvKeys({ cwd: folder, write: true });

    expect(report.summary).toEqual({ filesScanned: 13, filesChanged: 3, filesUnchanged: 9, manualItems: 4, errors: 1 });
    expect(report.variables.map(({ name, environment, source, occurrences, files }) => ({ name, environment, source, occurrences, files }))).toEqual([
      { name: 'OPTIMOCMS_LIVE_KEY', environment: 'live', source: 'new', occurrences: 2, files: ['legacy/ok.js', 'src/cms.ts'] },
      { name: 'OPTIMOCMS_SANDBOX_KEY', environment: 'sandbox', source: 'new', occurrences: 3, files: ['src/sandbox.ts'] },
    ]);
    expect(read(folder, '.gitignore')).toBe('.env\n');
    expect(read(folder, '.env')).toBe(`OPTIMOCMS_LIVE_KEY=${LIVE}\nOPTIMOCMS_SANDBOX_KEY=${SANDBOX}\n`);
    expect(statSync(join(folder, '.env')).mode & 0o777).toBe(0o600);
    expect(read(folder, '.env.example')).toBe('OPTIMOCMS_LIVE_KEY=\nOPTIMOCMS_SANDBOX_KEY=\n');
    expect(read(folder, 'src/cms.ts')).toContain('apiKey: process.env.OPTIMOCMS_LIVE_KEY!, timeout: 5000');
    expect(read(folder, 'legacy/ok.js')).toContain('export const key = process.env.OPTIMOCMS_LIVE_KEY;');

    // Client component, JSON, YAML and Markdown: reported with file and line, never edited.
    expect(report.manual.map(({ file, line, column, kind }) => ({ file, line, column, kind }))).toEqual([
      { file: '.github/workflows/deploy.yml', line: 7, column: 27, kind: 'non-code-file' },
      { file: '.mcp.json', line: 6, column: 38, kind: 'non-code-file' },
      { file: 'docs/setup.md', line: 5, column: 30, kind: 'non-code-file' },
      { file: 'src/components/Editor.tsx', line: 5, column: 40, kind: 'client-module' },
    ]);
    expect(report.manual.find((item) => item.kind === 'client-module')?.step).toMatch(/backend route/);
    expect(read(folder, 'src/components/Editor.tsx')).toContain(`apiKey: '${LIVE}'`);

    // The syntax error is reported with its position and the file left alone; the rest went on.
    expect(report.errors).toEqual([{ file: 'legacy/broken.js', line: 3, column: 1, message: "does not parse: '}' expected." }]);
    expect(read(folder, 'legacy/broken.js')).toContain(LIVE);

    // Untouched files: byte-identical, mtime unchanged.
    for (const file of ['README.md', 'src/routes/pages.ts', 'src/components/Banner.tsx', 'src/components/Editor.tsx', 'docs/setup.md', 'legacy/broken.js']) {
      expect(statSync(join(folder, file)).mtime.getTime()).toBe(PAST.getTime());
    }
    expect(leakedSecrets(JSON.stringify(report))).toBe(0);
  });

  it('a second run changes nothing and says so', async () => {
    const folder = copyProject('app');
    await runEnvKeys({ cwd: folder, write: true });
    const env = read(folder, '.env');
    const second = await runEnvKeys({ cwd: folder, write: true });
    expect(second.summary.filesChanged).toBe(0);
    expect(second.variables).toEqual([]);
    expect(second.envFiles.every((change) => change.action === 'unchanged')).toBe(true);
    expect(second.written).toBe(false);
    expect(read(folder, '.env')).toBe(env);
  });

  it('tsc --noEmit passes after the migration exactly as before it', async () => {
    const folder = copyProject('app');
    const before = tsc(folder);
    expect(before).toEqual({ status: 0, output: '' });
    await runEnvKeys({ cwd: folder, write: true });
    expect(tsc(folder)).toEqual(before);
  });

  it('tsc would fail without the `!` the codemod adds (the check above can fail)', async () => {
    const folder = copyProject('app');
    await runEnvKeys({ cwd: folder, write: true });
    write(folder, 'src/cms.ts', read(folder, 'src/cms.ts').replace('OPTIMOCMS_LIVE_KEY!', 'OPTIMOCMS_LIVE_KEY'));
    expect(tsc(folder).status).not.toBe(0);
  });

  it('leaves no key in the migrated code files (optimocms-scan), only what it reported', async () => {
    const folder = copyProject('app');
    const report = await runEnvKeys({ cwd: folder, write: true });
    const reported = new Set([...report.manual.filter((item) => item.kind === 'client-module').map((item) => item.file), ...report.errors.map((error) => error.file)]);
    expect(existsSync(SCAN_CLI)).toBe(true);
    const scan = spawnSync(process.execPath, [SCAN_CLI, '--format', 'json', '.'], { cwd: folder, encoding: 'utf8' });
    const findings = (JSON.parse(scan.stdout) as { findings: { file: string }[] }).findings;
    const inCode = new Set(findings.map((finding) => finding.file).filter((file) => isCodeFile(file)));
    expect([...inCode].sort()).toEqual([...reported].sort());
    for (const changed of report.files) expect(scanText(read(folder, changed.file), { file: changed.file })).toEqual([]);
    expect(findings.some((finding) => finding.file === '.env')).toBe(false);
  });

  it('keeps the other variables of an existing .env and its permissions, and reuses a name that already holds the key', async () => {
    const folder = copyProject('app');
    write(folder, '.env', `# local settings\nDATABASE_URL=postgres://localhost/app\nMY_CMS_KEY=${SANDBOX}`);
    chmodSync(join(folder, '.env'), 0o640);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(read(folder, '.env')).toBe(`# local settings\nDATABASE_URL=postgres://localhost/app\nMY_CMS_KEY=${SANDBOX}\nOPTIMOCMS_LIVE_KEY=${LIVE}\n`);
    expect(statSync(join(folder, '.env')).mode & 0o777).toBe(0o640);
    expect(report.variables.find((variable) => variable.environment === 'sandbox')).toMatchObject({ name: 'MY_CMS_KEY', source: 'existing' });
    expect(read(folder, 'src/sandbox.ts')).toContain("const SANDBOX_KEY = process.env.MY_CMS_KEY!;");
    expect(read(folder, '.env.example')).toBe('OPTIMOCMS_LIVE_KEY=\nMY_CMS_KEY=\n');
  });

  it('lists in .env.example the key variables .env already holds for the code, not only the ones the run adds', async () => {
    const folder = tempFolder();
    write(folder, '.env', `DATABASE_URL=postgres://localhost/app\nMY_CMS_KEY=${SANDBOX}\nOPTIMOCMS_PUBLISH_KEY=${GENERIC}\nUNUSED_KEY=${LIVE_2}\n`);
    write(folder, 'src/db.ts', 'export const db = process.env.DATABASE_URL;\n');
    write(folder, 'src/sandbox.ts', "export const sandbox = process.env['MY_CMS_KEY'];\nexport const publish = import.meta.env.OPTIMOCMS_PUBLISH_KEY;\n");
    write(folder, 'src/cms.ts', `export const key = '${LIVE}';\n`);
    const report = await runEnvKeys({ cwd: folder, write: true });
    // DATABASE_URL holds no key, UNUSED_KEY is not read by the code: neither is listed.
    expect(read(folder, '.env.example')).toBe('OPTIMOCMS_API_KEY=\nMY_CMS_KEY=\nOPTIMOCMS_PUBLISH_KEY=\n');
    expect(report.envFiles.find((change) => change.file === '.env.example')?.added).toEqual(['OPTIMOCMS_API_KEY', 'MY_CMS_KEY', 'OPTIMOCMS_PUBLISH_KEY']);

    // A run that adds nothing leaves an existing example alone; one that adds a variable completes it.
    const partial = tempFolder();
    write(partial, '.env', `MY_CMS_KEY=${SANDBOX}\n`);
    write(partial, '.env.example', 'PORT=\n');
    write(partial, 'src/sandbox.ts', 'export const sandbox = process.env.MY_CMS_KEY;\n');
    expect((await runEnvKeys({ cwd: partial, write: true })).envFiles.find((change) => change.file === '.env.example')?.action).toBe('unchanged');
    write(partial, 'src/cms.ts', `export const key = '${LIVE}';\n`);
    await runEnvKeys({ cwd: partial, write: true });
    expect(read(partial, '.env.example')).toBe('PORT=\nOPTIMOCMS_API_KEY=\nMY_CMS_KEY=\n');
  });

  it('a browser-public .env entry holding the key is not adopted, and not listed in .env.example', async () => {
    // Built at run time: written out, `PUBLIC_NAME=…` is what the scanner's public-env-exposure rule reports.
    const publicName = ['NEXT', 'PUBLIC', 'OPTIMOCMS', 'API', 'KEY'].join('_');
    const folder = tempFolder();
    write(folder, '.env', `${publicName}=${LIVE}\n`);
    write(folder, 'src/cms.ts', `export const key = '${LIVE}';\nexport const shown = process.env.${publicName};\n`);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(read(folder, 'src/cms.ts')).toContain('export const key = process.env.OPTIMOCMS_API_KEY!;');
    expect(read(folder, '.env') === `${publicName}=${LIVE}\nOPTIMOCMS_API_KEY=${LIVE}\n`).toBe(true);
    expect(read(folder, '.env.example')).toBe('OPTIMOCMS_API_KEY=\n');
    expect(report.notes).toEqual([`${publicName} in .env holds optimo_live_Q1w2…, but it is browser-public (bundlers ship it to every visitor): the code reads OPTIMOCMS_API_KEY instead; delete ${publicName} from .env and rotate the key`]);
  });

  it('never overwrites an existing name holding another value: picks another name and says so', async () => {
    const folder = copyProject('app');
    const other = `${LIVE.slice(0, -4)}WXYZ`;
    write(folder, '.env', `OPTIMOCMS_LIVE_KEY=${other}\n`);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(read(folder, '.env')).toBe(`OPTIMOCMS_LIVE_KEY=${other}\nOPTIMOCMS_LIVE_KEY_2=${LIVE}\nOPTIMOCMS_SANDBOX_KEY=${SANDBOX}\n`);
    expect(read(folder, 'src/cms.ts')).toContain('process.env.OPTIMOCMS_LIVE_KEY_2!');
    expect(report.notes).toHaveLength(1);
    expect(report.notes[0]).toMatch(/^OPTIMOCMS_LIVE_KEY already holds a different value in \.env: optimo_live_Q1w2… goes to OPTIMOCMS_LIVE_KEY_2 instead$/);
  });

  it('appends .env to an existing .gitignore, and leaves one that already ignores it alone', async () => {
    const appended = copyProject('app');
    write(appended, '.gitignore', 'dist');
    await runEnvKeys({ cwd: appended, write: true });
    expect(read(appended, '.gitignore')).toBe('dist\n.env\n');

    const ignored = copyProject('app');
    write(ignored, '.gitignore', 'dist/\n.env*\n!.env.example\n');
    const report = await runEnvKeys({ cwd: ignored, write: true });
    expect(read(ignored, '.gitignore')).toBe('dist/\n.env*\n!.env.example\n');
    expect(report.envFiles.find((change) => change.file === '.gitignore')?.action).toBe('unchanged');
  });

  it('ignores a .env that already holds keys even when nothing else moves, and keeps CRLF line endings', async () => {
    const folder = tempFolder();
    write(folder, '.env', `OPTIMOCMS_API_KEY=${LIVE}\n`);
    write(folder, 'crlf.ts', `const a = 1;\r\nexport const k = '${LIVE}';\r\n`);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(read(folder, '.gitignore')).toBe('.env\n');
    expect(read(folder, 'crlf.ts')).toBe('const a = 1;\r\nexport const k = process.env.OPTIMOCMS_API_KEY!;\r\n');
    expect(report.variables).toMatchObject([{ name: 'OPTIMOCMS_API_KEY', source: 'existing' }]);
    expect(read(folder, '.env')).toBe(`OPTIMOCMS_API_KEY=${LIVE}\n`);

    const onlyEnv = tempFolder();
    write(onlyEnv, '.env', `OPTIMOCMS_API_KEY=${LIVE}\n`);
    await runEnvKeys({ cwd: onlyEnv, write: true });
    expect(read(onlyEnv, '.gitignore')).toBe('.env\n');
  });

  it('respects .gitignore and never enters node_modules', async () => {
    const folder = copyProject('app');
    write(folder, '.gitignore', 'generated/\n');
    write(folder, 'generated/keys.ts', `export const key = '${LIVE}';\n`);
    write(folder, 'node_modules/some-sdk/index.js', `module.exports = '${SANDBOX}';\n`);
    write(folder, 'packages/site/node_modules/x/index.ts', `export const k = '${LIVE}';\n`);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(read(folder, 'generated/keys.ts')).toContain(LIVE);
    expect(read(folder, 'node_modules/some-sdk/index.js')).toContain(SANDBOX);
    expect(read(folder, 'packages/site/node_modules/x/index.ts')).toContain(LIVE);
    const mentioned = JSON.stringify(report);
    expect(mentioned).not.toContain('generated/');
    expect(mentioned).not.toContain('node_modules');
  });

  it('--env-var names the single key; more than one key is a usage error', async () => {
    const folder = copyProject('app');
    await expect(runEnvKeys({ cwd: folder, envVar: 'CMS_KEY' })).rejects.toThrow(/--env-var names a single key, but 2 distinct keys were found/);
    const report = await runEnvKeys({ cwd: folder, paths: ['src/cms.ts'], write: true, envVar: 'CMS_KEY' });
    expect(report.variables.map((variable) => variable.name)).toEqual(['CMS_KEY']);
    expect(read(folder, 'src/cms.ts')).toContain('process.env.CMS_KEY!');
    await expect(runEnvKeys({ cwd: folder, envVar: 'NEXT_PUBLIC_OPTIMOCMS_KEY' })).rejects.toThrow(CodemodError);
    await expect(runEnvKeys({ cwd: folder, envVar: '1BAD' })).rejects.toThrow(/not a valid environment variable name/);
    await expect(runEnvKeys({ cwd: folder, paths: ['src/cms.ts'], envVar: 'NODE_OPTIONS' })).rejects.toThrow(/^--env-var NODE_OPTIONS is a name the system, Node or npm already uses/);
    // Usage errors, not runtime failures: the CLI adds its usage hint to them.
    await expect(runEnvKeys({ cwd: folder, envVar: 'PATH' })).rejects.toMatchObject({ kind: 'usage' });
    await expect(runEnvKeys({ cwd: folder, envVar: 'CMS_KEY' })).rejects.toMatchObject({ kind: 'usage' });
  });

  it('finds a secret of unknown format by position (SDK apiKey) and moves it too', async () => {
    const folder = copyProject('app');
    write(folder, 'src/cms.ts', `import { OptimoCMS } from '@optimocms/sdk';\n\nexport const cms = new OptimoCMS({ apiKey: '${GENERIC}' });\n`);
    const report = await runEnvKeys({ cwd: folder, paths: ['src/cms.ts'], write: true });
    expect(report.variables).toMatchObject([{ name: 'OPTIMOCMS_API_KEY', environment: null, secret: 'Gh7J…' }]);
    expect(read(folder, '.env')).toBe(`OPTIMOCMS_API_KEY=${GENERIC}\n`);
  });
});
