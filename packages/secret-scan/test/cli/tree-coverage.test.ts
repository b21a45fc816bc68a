import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRepo, git, liveKey, locations, parseReport, remember, runCli, temporaryDirectory, write } from './helpers.js';

const KEY = liveKey('Tr33C0v3rageK1');
remember(KEY);
const CONTENT = `export const k = '${KEY}';\n`;

function commitAll(repo: string): void {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'all');
}

describe('names that are not valid UTF-8 are scanned, shown with \\xNN escapes', () => {
  const raw = (dir: string, ...bytes: number[]) => Buffer.concat([Buffer.from(`${dir}/`), Buffer.from('bad'), Buffer.from(bytes), Buffer.from('.ts')]);
  for (const [where, make, add] of [
    ['outside git', temporaryDirectory, () => undefined],
    ['inside a git work tree (untracked)', createRepo, () => undefined],
    ['inside a git work tree (tracked)', createRepo, (dir: string) => git(dir, 'add', '-A')],
  ] as const) {
    it(where, () => {
      const dir = make();
      mkdirSync(join(dir, 'src'));
      writeFileSync(raw(join(dir, 'src'), 0xff), CONTENT);
      writeFileSync(raw(join(dir, 'src'), 0xc3, 0x28), CONTENT);
      add(dir);
      const result = runCli(['--format', 'json'], { cwd: dir });
      expect(result.code).toBe(1);
      expect(locations(parseReport(result))).toEqual(['src/bad\\xc3(.ts:1:19 live-key', 'src/bad\\xff.ts:1:19 live-key']);
    });
  }
});

describe('--follow-symlinks inside a git work tree', () => {
  it('walks a tracked link to a folder outside the repository; a link to a folder inside it is named, not scanned twice', () => {
    const repo = createRepo();
    const outside = temporaryDirectory();
    write(outside, 'shared/key.ts', CONTENT);
    write(repo, 'src/own.ts', CONTENT);
    symlinkSync(join(outside, 'shared'), join(repo, 'linked'));
    symlinkSync('src', join(repo, 'alias'));
    commitAll(repo);
    const followed = runCli(['--format', 'json', '--follow-symlinks'], { cwd: repo });
    expect(locations(parseReport(followed))).toEqual(['linked/key.ts:1:19 live-key', 'src/own.ts:1:19 live-key']);
    expect(followed.stderr).toBe('optimocms-scan: alias: links to a folder inside the repository, scanned under its own path\n');
    // Without the flag, links are counted, not followed.
    const plain = parseReport(runCli(['--format', 'json'], { cwd: repo }));
    expect(locations(plain)).toEqual(['src/own.ts:1:19 live-key']);
    expect(plain.summary.skipped['symlink']).toBe(2);
  });
});

describe('submodules and nested repositories are scanned', () => {
  it('a checked-out submodule, an untracked nested repository; a submodule not checked out is named', () => {
    const library = createRepo();
    write(library, 'lib/key.ts', CONTENT);
    commitAll(library);
    const repo = createRepo();
    write(repo, 'app.ts', 'export {};\n');
    commitAll(repo);
    git(repo, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', library, 'vendor/library');
    git(repo, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', library, 'vendor/empty');
    commitAll(repo);
    git(repo, 'submodule', 'deinit', '-q', '-f', 'vendor/empty');
    const nested = join(repo, 'tools/nested');
    mkdirSync(nested, { recursive: true });
    git(nested, 'init', '-q');
    write(nested, 'run.ts', CONTENT);
    const result = runCli(['--format', 'json'], { cwd: repo });
    expect(result.code).toBe(1);
    expect(locations(parseReport(result))).toEqual(['tools/nested/run.ts:1:19 live-key', 'vendor/library/lib/key.ts:1:19 live-key']);
    expect(result.stderr).toBe('optimocms-scan: vendor/empty: submodule not checked out: nothing on disk to scan\n');
    // Named as a path: .gitmodules is not under it, and the submodule is still read through its own git.
    expect(locations(parseReport(runCli(['--format', 'json', 'vendor'], { cwd: repo })))).toEqual(['vendor/library/lib/key.ts:1:19 live-key']);
  });
});
