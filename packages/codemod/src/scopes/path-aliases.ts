import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { FRAMEWORKS, type FrameworkId } from '@optimocms/auth-types';

/** `compilerOptions.paths`: a pattern (`$lib/*`, `@/*`, `~`) → targets relative to the project root. */
export type PathAliases = ReadonlyMap<string, readonly string[]>;

/** The framework's generated aliases (auth-types' model) as tsconfig `paths`: `$lib` → `src/lib`, `$lib/*` → `src/lib/*`. */
function frameworkPaths(framework: FrameworkId): [string, string[]][] {
  return (FRAMEWORKS[framework].pathAliases ?? []).flatMap(({ alias, targets }) => [
    [alias, [...targets]],
    [`${alias}/*`, targets.map((target) => posix.join(target, '*'))],
  ]);
}

/** JSON with comments and trailing commas (tsconfig.json), outside strings. */
function parseJsonc(text: string): unknown {
  const stripped = text.replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_, string: string | undefined) => string ?? '').replace(/,(\s*[}\]])/g, '$1');
  return JSON.parse(stripped);
}

/**
 * The path aliases of the project at `cwd`: its `tsconfig.json` /
 * `jsconfig.json` `paths` (relative to `baseUrl` when set), and the aliases
 * its frameworks generate. A config that cannot be read adds nothing.
 */
export function readPathAliases(cwd: string, frameworks: Iterable<FrameworkId>): PathAliases {
  const aliases = new Map<string, string[]>();
  for (const framework of frameworks) for (const [pattern, targets] of frameworkPaths(framework)) aliases.set(pattern, targets);
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    let options: { baseUrl?: string; paths?: Record<string, string[]> } | undefined;
    try {
      options = (parseJsonc(readFileSync(join(cwd, name), 'utf8')) as { compilerOptions?: typeof options }).compilerOptions;
    } catch {
      continue;
    }
    const base = options?.baseUrl ?? '.';
    for (const [pattern, targets] of Object.entries(options?.paths ?? {})) {
      if (Array.isArray(targets)) aliases.set(pattern, targets.map((target) => posix.normalize(posix.join(base, target))));
    }
  }
  return aliases;
}

/** The project-relative paths an aliased specifier may mean (`$lib/cms` → `src/lib/cms`); [] when no alias matches. */
export function resolveAlias(specifier: string, aliases: PathAliases): string[] {
  for (const [pattern, targets] of aliases) {
    const star = pattern.indexOf('*');
    if (star === -1) {
      if (specifier === pattern) return [...targets];
      continue;
    }
    const [prefix, suffix] = [pattern.slice(0, star), pattern.slice(star + 1)];
    if (specifier.startsWith(prefix) && specifier.endsWith(suffix) && specifier.length >= prefix.length + suffix.length) {
      const middle = specifier.slice(prefix.length, specifier.length - suffix.length);
      return targets.map((target) => posix.normalize(target.replace('*', middle)));
    }
  }
  return [];
}
