import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, type ListOptions } from '../../src/cli-kit/index.js';
import { createRepo, git, temporaryDirectory, write } from '../cli/helpers.js';

const TREE = ['a.ts', 'dist/out.js', 'src/b.ts', 'src/gen/c.ts', 'src/keep.log', 'node_modules/x/i.js', '.env.local', 'docs/d.md'];

function options(notes: string[] = []): ListOptions {
  return { noIgnore: false, followSymlinks: false, notice: (path, message) => notes.push(`${path}: ${message}`), onGitMissing: (message) => notes.push(message) };
}

function plant(root: string): void {
  for (const file of TREE) write(root, file, 'x');
  write(root, '.gitignore', 'dist/\n*.log\n');
  write(root, 'src/.gitignore', 'gen/\n!keep.log\n');
}

const EXPECTED = ['.env.local', '.gitignore', 'a.ts', 'docs/d.md', 'src/.gitignore', 'src/b.ts', 'src/keep.log'];

function paths(absolutePaths: string[], cwd: string, listOptions = options()): string[] {
  const { files } = listFiles(absolutePaths, cwd, listOptions);
  return files.map((file) => file.path).sort();
}

describe('listFiles', () => {
  it('lists the same files inside git (ls-files) and outside (a .gitignore walk)', () => {
    const folder = temporaryDirectory();
    plant(folder);
    const repo = createRepo();
    plant(repo);
    git(repo, 'add', 'a.ts');
    expect(paths([folder], folder)).toEqual(EXPECTED);
    expect(paths([repo], repo)).toEqual(EXPECTED);
  });

  it('outside git, .gitignore files above a named folder apply (anchored at the given root)', () => {
    const folder = temporaryDirectory();
    write(folder, '.gitignore', 'src/gen/\n');
    write(folder, 'src/gen/c.ts', 'x');
    write(folder, 'src/b.ts', 'x');
    const { root, files } = listFiles([join(folder, 'src')], folder, { ...options(), anchor: folder });
    expect(root).toEqual({ dir: folder, git: false });
    expect(files.map((file) => file.path)).toEqual(['src/b.ts']);
  });

  it('takes a file named explicitly even when ignored, as not committed', () => {
    const repo = createRepo();
    plant(repo);
    const { files } = listFiles([join(repo, 'dist/out.js')], repo, options());
    expect(files).toEqual([{ absolute: join(repo, 'dist/out.js'), path: 'dist/out.js', committed: false }]);
  });

  it('without git on PATH, walks and says so once', () => {
    const repo = createRepo();
    plant(repo);
    const notes: string[] = [];
    const path = process.env['PATH'];
    process.env['PATH'] = temporaryDirectory();
    try {
      expect(paths([repo], repo, options(notes))).toEqual(EXPECTED);
    } finally {
      process.env['PATH'] = path;
    }
    expect(notes).toEqual(['not found on PATH: walking the folders and honouring .gitignore files instead']);
  });
});
