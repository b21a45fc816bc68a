import { chmodSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoFullKey, expectOneLineError, liveKey, parseReport, remember, runCli, temporaryDirectory, write } from './helpers.js';

const KEY = liveKey('0utputPathK3y9');
remember(KEY);

describe('-o / --output paths', () => {
  const dir = temporaryDirectory();
  write(dir, 'src/key.ts', `export const k = '${KEY}';\n`);

  it('an absolute path is written there (not under the current folder), and the message names it', () => {
    const elsewhere = temporaryDirectory();
    const target = join(elsewhere, 'report.json');
    const result = runCli(['--format', 'json', '-o', target], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`report written to ${target}`);
    expect(parseReport({ ...result, stdout: readFileSync(target, 'utf8') }).summary.findings).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['src']);
  });

  it('-o - writes the report to standard output, and no file named "-"', () => {
    const result = runCli(['--format', 'json', '-o', '-'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(parseReport(result).summary.findings).toBe(1);
    expect(existsSync(join(dir, '-'))).toBe(false);
    expect(runCli(['--output=-'], { cwd: dir }).stdout).toMatch(/1 finding in 1 file/);
  });

  it('a read-only report file is refused in one line, its content and mode kept', () => {
    const target = join(temporaryDirectory(), 'locked.json');
    writeFileSync(target, 'old\n');
    chmodSync(target, 0o444);
    const result = runCli(['-o', target], { cwd: dir });
    expectOneLineError(result, /cannot write .*locked\.json: it is read-only/);
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(statSync(target).mode & 0o777).toBe(0o444);
    expectNoFullKey(result.stderr);
  });
});
