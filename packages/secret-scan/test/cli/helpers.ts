import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KEY_PREFIXES } from '@optimocms/auth-types';
import { keyWithBody } from '@optimocms/test-keys';
import { afterAll, expect } from 'vitest';

/** The built binary: tests drive what users run (`pnpm build` first; turbo's test task depends on build). */
export const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli/main.js');

// Made-up keys, assembled at runtime so that no key-shaped literal sits in this repository.
export const liveKey = (body: string): string => keyWithBody('live', body);
export const sandboxKey = (body: string): string => keyWithBody('sandbox', body);
/** The redacted form every output must use: prefix + first 4 characters + `…`. */
export const redacted = (key: string): string => {
  const prefix = key.startsWith(KEY_PREFIXES.live) ? KEY_PREFIXES.live : KEY_PREFIXES.sandbox;
  return `${key.slice(0, prefix.length + 4)}…`;
};

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  uid?: number;
  gid?: number;
}

/** Every key a test made up, so that each run can check no output holds one in full. */
const madeUpKeys = new Set<string>();
export function remember(...keys: string[]): void {
  for (const key of keys) madeUpKeys.add(key);
}

/** Runs the CLI (no TTY: stdout and stderr are pipes) and checks that nothing it printed holds a full made-up key. */
export function runCli(args: readonly string[], options: RunOptions): CliResult {
  const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    env,
    encoding: 'utf8',
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid ?? options.uid }),
  });
  const output = { code: result.status, stdout: result.stdout, stderr: result.stderr };
  expectNoFullKey(`${output.stdout}\n${output.stderr}`);
  return output;
}

export function expectNoFullKey(text: string): void {
  for (const key of madeUpKeys) expect(text.includes(key), 'an output holds a full key').toBe(false);
  // Whatever the test: a key prefix is never followed by more than 4 body characters in any output.
  expect(text).not.toMatch(new RegExp(`(?:${Object.values(KEY_PREFIXES).join('|')})[A-Za-z0-9]{5,}`));
}

/** One line, no stack trace. */
export function expectOneLineError(result: CliResult, pattern: RegExp): void {
  expect(result.code).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

const temporaryDirectories: string[] = [];
afterAll(() => {
  for (const dir of temporaryDirectories) rmSync(dir, { recursive: true, force: true });
});

export function temporaryDirectory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'optimocms-scan-'));
  chmodSync(dir, 0o755);
  temporaryDirectories.push(dir);
  return dir;
}

export function git(repo: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=Test', '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** A fresh repository with `git init`, on branch main. */
export function createRepo(): string {
  const repo = temporaryDirectory();
  git(repo, 'init', '-q', '-b', 'main');
  return repo;
}

export function write(root: string, path: string, content: string | Buffer): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

export interface JsonFinding {
  rule: string;
  file: string;
  line: number;
  column: number;
  endColumn: number;
  secret: string;
  fingerprint: string;
  severity: string;
  commit?: string;
  authorDate?: string;
}

export interface JsonReport {
  findings: JsonFinding[];
  summary: { files: number; bytes: number; findings: number; durationMs: number; skipped: Record<string, number>; suppressed: Record<string, number>; commits?: number };
}

export function parseReport(result: CliResult): JsonReport {
  return JSON.parse(result.stdout) as JsonReport;
}

/** `file:line:col rule` for each finding: compact, order-preserving assertions. */
export function locations(report: JsonReport): string[] {
  return report.findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.rule}`);
}
