import { existsSync, lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { isInsideWorkTree, listGitFiles } from './git.js';

/** Folders never entered, whatever the ignore files say. */
const NEVER_ENTERED = new Set(['node_modules', '.git']);

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function isInNeverEnteredFolder(file: string): boolean {
  return file.split('/').some((segment) => NEVER_ENTERED.has(segment));
}

interface IgnoreLevel {
  /** Folder of the `.gitignore`, relative to the walk root, `''` for the root. */
  base: string;
  rules: Ignore;
}

function readIgnoreFile(folder: string): Ignore | undefined {
  const file = join(folder, '.gitignore');
  if (!existsSync(file)) return undefined;
  return ignore().add(readFileSync(file, 'utf8'));
}

/** Git's precedence: the deepest `.gitignore` with a matching rule (ignore or `!` re-include) decides. */
function isIgnored(levels: readonly IgnoreLevel[], path: string, directory: boolean): boolean {
  for (const { base, rules } of [...levels].reverse()) {
    const inside = base === '' ? path : path.slice(base.length + 1);
    const verdict = rules.test(directory ? `${inside}/` : inside);
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}

/** Walks a folder outside git, honouring every `.gitignore` on the way down. */
function walk(root: string, folder: string, levels: readonly IgnoreLevel[], files: string[]): void {
  const relativeFolder = toPosix(relative(root, folder));
  const own = readIgnoreFile(folder);
  const here = own ? [...levels, { base: relativeFolder, rules: own }] : levels;
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (NEVER_ENTERED.has(entry.name)) continue;
    const path = relativeFolder === '' ? entry.name : `${relativeFolder}/${entry.name}`;
    // Symbolic links are not followed: they lead out of the tree or into cycles.
    if (entry.isDirectory()) {
      if (!isIgnored(here, path, true)) walk(root, join(folder, entry.name), here, files);
    } else if (entry.isFile() && !isIgnored(here, path, false)) {
      files.push(path);
    }
  }
}

/**
 * The files to look at under `paths` (relative to `cwd`), as `/`-separated
 * paths relative to `cwd`, sorted. Inside a git work tree: tracked and
 * untracked files that are not ignored. Elsewhere: a walk that honours
 * `.gitignore` files. Never anything under `node_modules`. A path named
 * explicitly as a file is taken even when ignored.
 */
export function listFiles(cwd: string, paths: readonly string[]): string[] {
  const found = new Set<string>();
  const folders: string[] = [];
  for (const path of paths.length > 0 ? paths : ['.']) {
    const absolute = resolve(cwd, path);
    if (!existsSync(absolute)) throw new Error(`no such file or folder: ${path}`);
    // .env, .env.example and .gitignore are written in the current folder: the paths must be inside it.
    if (relative(cwd, absolute).startsWith('..')) throw new Error(`${path} is outside the current folder; run the codemod from the project root`);
    if (statSync(absolute).isFile()) found.add(toPosix(relative(cwd, absolute)));
    else folders.push(absolute);
  }
  if (folders.length > 0) {
    if (isInsideWorkTree(cwd)) {
      const listed = listGitFiles(cwd, folders.map((folder) => relative(cwd, folder) || '.'));
      // `--cached` lists tracked files deleted from the work tree too.
      for (const file of listed) if (isRegularFile(join(cwd, file))) found.add(file);
    } else {
      for (const folder of folders) {
        const files: string[] = [];
        walk(cwd, folder, inheritedIgnores(cwd, folder), files);
        for (const file of files) found.add(file);
      }
    }
  }
  return [...found].filter((file) => !isInNeverEnteredFolder(file)).sort();
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/** The `.gitignore` files between `cwd` and a folder below it apply to that folder too. */
function inheritedIgnores(cwd: string, folder: string): IgnoreLevel[] {
  const levels: IgnoreLevel[] = [];
  const segments = toPosix(relative(cwd, folder)).split('/').filter((segment) => segment !== '' && segment !== '.');
  for (let depth = 0; depth < segments.length; depth++) {
    const base = segments.slice(0, depth).join('/');
    const rules = readIgnoreFile(join(cwd, base));
    if (rules) levels.push({ base, rules });
  }
  return levels;
}
