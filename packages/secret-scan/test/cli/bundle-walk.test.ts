import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryDirectory, write } from './helpers.js';
import { walkBundleFolder } from '../../src/cli/sources/bundle-files.js';
import { walkFiles } from '../../src/cli-kit/walk.js';

const names = (dir: string, paths: readonly string[]) => paths.map((path) => path.slice(dir.length + 1));

describe('--bundle folder walk (cli-kit walkFiles)', () => {
  it('lists git-ignored output and node_modules, never .git; in name order', () => {
    const dir = temporaryDirectory();
    write(dir, 'dist/.gitignore', '*.js\nnode_modules\n');
    write(dir, 'dist/b.js', 'b');
    write(dir, 'dist/a/x.js', 'x');
    write(dir, 'dist/a.js', 'a');
    write(dir, 'dist/node_modules/dep/index.js', 'dep');
    write(dir, 'dist/.git/config', '[core]');
    const walk = walkBundleFolder(join(dir, 'dist'), false);
    expect(names(dir, walk.files.map((file) => file.shown))).toEqual(['dist/.gitignore', 'dist/a/x.js', 'dist/a.js', 'dist/b.js', 'dist/node_modules/dep/index.js']);
    expect(walk.files.every((file) => file.absolute === file.shown)).toBe(true);
    expect(walk).toMatchObject({ symlinks: [], unreadable: [], notes: [] });
  });

  it('shows paths under a symlinked folder as named; inner links are reported, not followed, unless --follow-symlinks; include filters', () => {
    const dir = temporaryDirectory();
    write(dir, 'releases/r1/assets/x.js', 'x');
    write(dir, 'releases/r1/assets/x.css', 'c');
    write(dir, 'shared/y.js', 'y');
    symlinkSync(join(dir, 'releases/r1'), join(dir, 'dist'));
    symlinkSync(join(dir, 'shared'), join(dir, 'releases/r1/linked'));
    symlinkSync(join(dir, 'shared/y.js'), join(dir, 'releases/r1/y.js'));
    symlinkSync(join(dir, 'missing'), join(dir, 'releases/r1/broken.js'));
    const plain = walkBundleFolder(join(dir, 'dist'), false);
    expect(names(dir, plain.files.map((file) => file.shown))).toEqual(['dist/assets/x.css', 'dist/assets/x.js']);
    expect(names(dir, plain.symlinks)).toEqual(['dist/broken.js', 'dist/linked', 'dist/y.js']);
    const followed = walkBundleFolder(join(dir, 'dist'), true);
    expect(names(dir, followed.files.map((file) => file.shown))).toEqual(['dist/assets/x.css', 'dist/assets/x.js', 'dist/y.js', 'dist/linked/y.js']);
    expect(names(dir, followed.symlinks)).toEqual(['dist/broken.js']);
    const scripts = walkBundleFolder(join(dir, 'dist'), false, (shown) => shown.endsWith('.js'));
    expect(names(dir, scripts.files.map((file) => file.shown))).toEqual(['dist/assets/x.js']);
    expect(names(dir, scripts.symlinks)).toEqual(['dist/broken.js', 'dist/y.js']);
  });

  it('ends a symlink loop with a note', () => {
    const dir = temporaryDirectory();
    write(dir, 'dist/a.js', 'a');
    symlinkSync(join(dir, 'dist'), join(dir, 'dist/loop'));
    const walk = walkBundleFolder(join(dir, 'dist'), true);
    expect(names(dir, walk.files.map((file) => file.shown))).toEqual(['dist/a.js']);
    expect(walk.notes).toEqual([{ shown: join(dir, 'dist/loop'), message: 'symbolic link loop, not followed' }]);
  });

  it('a name that is not UTF-8 is listed with its bytes', () => {
    const dir = temporaryDirectory();
    mkdirSync(join(dir, 'dist'));
    const bytes = Buffer.concat([Buffer.from(`${join(dir, 'dist')}/`), Buffer.from([0x61, 0xff, 0x2e, 0x6a, 0x73])]);
    writeFileSync(bytes, 'x');
    const walk = walkBundleFolder(join(dir, 'dist'), false);
    expect(names(dir, walk.files.map((file) => file.shown))).toEqual(['dist/a\\xff.js']);
    expect(walk.files[0]?.absoluteBytes).toEqual(bytes);
  });

  it('walkFiles without onSymlink still lists an unfollowed link as a file for the reader to skip', () => {
    const dir = temporaryDirectory();
    write(dir, 'a.js', 'a');
    symlinkSync(join(dir, 'a.js'), join(dir, 'b.js'));
    const paths: string[] = [];
    walkFiles(dir, dir, { noIgnore: false, followSymlinks: false, notice: (path, message) => paths.push(`${path}: ${message}`) }, (file) => paths.push(file.path));
    expect(paths).toEqual(['a.js', 'b.js']);
  });
});
