import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import picomatch from 'picomatch';
import { CliError } from '../../cli-kit/cli-error.js';
import { slashRelative } from '../../cli-kit/file-root.js';

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The `packages:` list of pnpm-workspace.yaml (a flat YAML list of quoted or bare globs). */
function pnpmGlobs(file: string): string[] {
  const globs: string[] = [];
  let inList = false;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (/^packages\s*:/.test(line)) inList = true;
    else if (inList && /^\s*-\s*/.test(line)) globs.push(line.replace(/^\s*-\s*/, '').replace(/\s+#.*$/, '').trim().replace(/^(['"])(.*)\1$/, '$2'));
    else if (inList && /^\S/.test(line)) inList = false;
  }
  return globs;
}

/** The workspace globs of the nearest workspace root at or above `cwd`: pnpm-workspace.yaml, else package.json `workspaces`. */
function workspaceOf(cwd: string): { root: string; globs: string[] } | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return { root: dir, globs: pnpmGlobs(join(dir, 'pnpm-workspace.yaml')) };
    const workspaces = readJson(join(dir, 'package.json'))?.['workspaces'];
    const globs = Array.isArray(workspaces) ? workspaces : (workspaces as { packages?: unknown } | undefined)?.packages;
    if (Array.isArray(globs)) return { root: dir, globs: globs.filter((glob): glob is string => typeof glob === 'string') };
    if (dirname(dir) === dir) return undefined;
  }
}

/** Folders below `root` (not node_modules, not hidden) up to `depth` levels, as root-relative paths. */
function folders(root: string, depth: number, base = ''): string[] {
  if (depth === 0) return [];
  let entries;
  try {
    entries = readdirSync(join(root, base), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const path = base === '' ? entry.name : `${base}/${entry.name}`;
      return [path, ...folders(root, depth - 1, path)];
    });
}

/**
 * The packages `--pack` checks by default: every public (not `private`)
 * package of the workspace around `cwd`, or the package in `cwd` when there
 * is no workspace.
 */
export function publicWorkspacePackages(cwd: string): string[] {
  const workspace = workspaceOf(cwd);
  if (workspace === undefined || workspace.globs.length === 0) {
    const manifest = readJson(join(cwd, 'package.json'));
    if (manifest === undefined) throw new CliError(`--pack: no package.json in ${slashRelative(cwd, cwd)} and no workspace around it: name the package folders`, 'usage');
    return [cwd];
  }
  const include = picomatch(workspace.globs.filter((glob) => !glob.startsWith('!')).map((glob) => glob.replace(/^\.\//, '').replace(/\/$/, '')));
  const exclude = picomatch(workspace.globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1).replace(/^\.\//, '').replace(/\/$/, '')));
  const maxDepth = Math.max(...workspace.globs.map((glob) => (glob.includes('**') ? 4 : glob.split('/').length)));
  return folders(workspace.root, maxDepth)
    .filter((path) => include(path) && !exclude(path))
    .filter((path) => {
      const manifest = readJson(join(workspace.root, path, 'package.json'));
      return manifest !== undefined && manifest['private'] !== true;
    })
    .sort()
    .map((path) => join(workspace.root, path));
}
