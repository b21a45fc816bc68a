import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../src/cli/args.js';
import { createProgress } from '../src/cli/progress.js';
import { writeFileAtomic } from '../src/files/atomic-write.js';
import { shouldUseColor } from '../src/report/colors.js';
import { read, tempFolder } from './helpers/project.js';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { written: string } {
  const stream = { isTTY, written: '', write(chunk: string) { stream.written += chunk; return true; } };
  return stream as unknown as NodeJS.WriteStream & { written: string };
}

describe('progress bar', () => {
  it('draws on a terminal for long runs and clears itself', () => {
    const stream = fakeStream(true);
    const progress = createProgress(stream, 'env-keys');
    progress.update(1000, 1000);
    expect(stream.written).toBe('\renv-keys [########################] 1000/1000 files');
    progress.done();
    expect(stream.written.endsWith('\r\u001B[2K')).toBe(true);
  });

  it('stays silent when not a terminal, or for short runs', () => {
    for (const [tty, total] of [[false, 5000], [true, 10]] as const) {
      const stream = fakeStream(tty);
      const progress = createProgress(stream, 'env-keys');
      progress.update(total, total);
      progress.done();
      expect(stream.written).toBe('');
    }
  });
});

describe('colour decision', () => {
  it('follows the TTY, NO_COLOR and FORCE_COLOR', () => {
    expect(shouldUseColor({ isTTY: true }, {})).toBe(true);
    expect(shouldUseColor({ isTTY: false }, {})).toBe(false);
    expect(shouldUseColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(shouldUseColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldUseColor({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
  });
});

describe('argument parsing', () => {
  it('reads every env-keys flag', () => {
    expect(parseCliArgs(['env-keys', 'src', 'lib', '--write', '--json', '--force', '--env-var', 'CMS_KEY'])).toEqual({ kind: 'env-keys', paths: ['src', 'lib'], write: true, check: false, json: true, force: true, envVar: 'CMS_KEY' });
    expect(parseCliArgs(['scopes', '--json'])).toEqual({ kind: 'scopes', paths: [], json: true });
    expect(parseCliArgs(['--version'])).toEqual({ kind: 'version' });
  });

  it('rejects what it does not know with a one-line message', () => {
    expect(() => parseCliArgs(['scopes', '--write'])).toThrow(/^Unknown option '--write'$/);
    expect(() => parseCliArgs(['env-keys', '--check', '--write'])).toThrow('--check is a dry run: use it without --write');
  });
});

describe('atomic writes', () => {
  it('replace the file in one rename, keep its mode, leave no temporary file', () => {
    const folder = tempFolder();
    const file = join(folder, 'a.ts');
    writeFileAtomic(file, 'one\n', 0o640);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    writeFileAtomic(file, 'two\n');
    expect(read(folder, 'a.ts')).toBe('two\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(folder)).toEqual(['a.ts']);
  });
});
