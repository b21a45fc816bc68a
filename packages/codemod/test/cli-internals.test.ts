import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '@optimocms/secret-scan/cli-kit';
import { parseCliArgs } from '../src/cli/args.js';
import { writeFileAtomic } from '../src/files/atomic-write.js';
import { read, tempFolder } from './helpers/project.js';

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

  it('refuse a read-only file in one line (the shared writer), leaving it as it was', () => {
    const folder = tempFolder();
    const file = join(folder, 'a.ts');
    writeFileAtomic(file, 'one\n', 0o444);
    expect(() => writeFileAtomic(file, 'two\n')).toThrow(new CliError(`cannot write ${file}: it is read-only`));
    expect(read(folder, 'a.ts')).toBe('one\n');
  });
});
