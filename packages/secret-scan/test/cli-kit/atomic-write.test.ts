import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError, writeFileAtomic } from '../../src/cli-kit/index.js';
import { temporaryDirectory } from '../cli/helpers.js';

describe('writeFileAtomic', () => {
  it('replaces a file, keeps its mode, leaves no temporary file', () => {
    const dir = temporaryDirectory();
    const file = join(dir, 'a.ts');
    writeFileAtomic(file, 'one\n', { mode: 0o640 });
    expect(statSync(file).mode & 0o777).toBe(0o640);
    writeFileAtomic(file, 'two\n', { mode: 0o600 });
    expect(readFileSync(file, 'utf8')).toBe('two\n');
    // An existing file keeps its own mode: `mode` is for new files only.
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['a.ts']);
  });

  it('writes through a symlink to its target, and the link stays a link', () => {
    const dir = temporaryDirectory();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real/.env'), 'OLD=1\n', { mode: 0o600 });
    symlinkSync('real/.env', join(dir, '.env'));
    writeFileAtomic(join(dir, '.env'), 'NEW=1\n');
    expect(lstatSync(join(dir, '.env')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, '.env'))).toBe('real/.env');
    expect(readFileSync(join(dir, 'real/.env'), 'utf8')).toBe('NEW=1\n');
    expect(statSync(join(dir, 'real/.env')).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, 'real'))).toEqual(['.env']);
    // A link to a file not there yet: the file is created where the link points.
    symlinkSync('real/report.json', join(dir, 'report.json'));
    writeFileAtomic(join(dir, 'report.json'), '{}\n');
    expect(lstatSync(join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real/report.json'), 'utf8')).toBe('{}\n');
  });

  it('never replaces a read-only file, and says so in one line', () => {
    const dir = temporaryDirectory();
    const file = join(dir, 'locked.json');
    writeFileSync(file, '{}\n');
    chmodSync(file, 0o444);
    expect(() => writeFileAtomic(file, '{"a":1}\n')).toThrow(new CliError(`cannot write ${file}: it is read-only`));
    expect(readFileSync(file, 'utf8')).toBe('{}\n');
    expect(readdirSync(dir)).toEqual(['locked.json']);
  });

  it('removes its temporary file when the write fails', () => {
    const dir = temporaryDirectory();
    mkdirSync(join(dir, 'report.json'));
    expect(() => writeFileAtomic(join(dir, 'report.json'), 'x')).toThrow(/cannot write .*report\.json: (it is a folder|EISDIR|ENOTEMPTY|EEXIST)/);
    expect(readdirSync(dir)).toEqual(['report.json']);
    expect(() => writeFileAtomic(join(dir, 'missing/report.json'), 'x')).toThrow(/its folder does not exist/);
  });
});
