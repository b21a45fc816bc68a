import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(PACKAGE_ROOT, 'test', '__fixtures__');
export const CLI = join(PACKAGE_ROOT, 'dist', 'cli', 'main.js');

const created: string[] = [];
afterEach(() => {
  for (const folder of created.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fresh temporary folder (outside any git work tree), removed after the test. */
export function tempFolder(): string {
  const folder = realpathSync(mkdtempSync(join(tmpdir(), 'optimocms-codemod-')));
  created.push(folder);
  return folder;
}

/** A copy of `test/__fixtures__/projects/<name>` in a temporary folder. */
export function copyProject(name: string): string {
  const folder = tempFolder();
  cpSync(join(FIXTURES, 'projects', name), folder, { recursive: true });
  return folder;
}

export function read(folder: string, file: string): string {
  return readFileSync(join(folder, file), 'utf8');
}

export function write(folder: string, file: string, text: string): void {
  mkdirSync(dirname(join(folder, file)), { recursive: true });
  writeFileSync(join(folder, file), text);
}

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };

export function git(folder: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd: folder, encoding: 'utf8', env: GIT_ENV });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** Makes `folder` a git repository with everything committed. */
export function commitAll(folder: string): void {
  git(folder, 'init', '-q', '-b', 'main');
  git(folder, 'add', '-A');
  git(folder, 'commit', '-q', '-m', 'fixture');
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `optimocms-codemod` binary. */
export function runCli(folder: string, args: readonly string[], env: Record<string, string> = {}): CliResult {
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: folder, encoding: 'utf8', env: { ...inherited, ...GIT_ENV, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file below `folder`, `/`-separated, relative to it. */
export function filesUnder(folder: string, prefix = ''): string[] {
  return readdirSync(join(folder, prefix), { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(folder, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]));
}

/**
 * A copy of `test/__fixtures__/frameworks/<name>` in a temporary folder, as the project it stands for:
 * `NAME.input.EXT` under its real name `NAME.EXT`, the `.output.` files left out.
 */
export function copyFrameworkFixture(name: string): string {
  const folder = tempFolder();
  cpSync(join(FIXTURES, 'frameworks', name), folder, { recursive: true });
  for (const file of filesUnder(folder)) {
    if (file.includes('.output.')) rmSync(join(folder, file));
    else if (file.includes('.input.')) renameSync(join(folder, file), join(folder, file.replace('.input.', '.')));
  }
  return folder;
}
