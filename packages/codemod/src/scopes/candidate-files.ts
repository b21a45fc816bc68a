import { posix } from 'node:path';
import { JAVASCRIPT_EXTENSIONS, TYPESCRIPT_EXTENSIONS } from '@optimocms/auth-types';
import { resolveAlias, type PathAliases } from './path-aliases.js';

const SPECIFIER = /(?:\bfrom\s*|\b(?:require|import)\s*\(\s*|\bimport\s+)['"]([^'"\n]+)['"]/g;
// TypeScript first: a source beside its compiled output resolves to the source.
const EXTENSIONS = [...TYPESCRIPT_EXTENSIONS, ...JAVASCRIPT_EXTENSIONS];
const RESOLVABLE_EXTENSIONS = ['', ...EXTENSIONS.map((extension) => `.${extension}`), ...EXTENSIONS.map((extension) => `/index.${extension}`)];

/**
 * The files of `known` that `file` imports by relative specifier or by a
 * path alias (`$lib/cms`, `@/cms`, `~/cms`; text-level, as a bundler would
 * resolve them).
 */
export function relativeImportsOf(file: string, text: string, known: ReadonlySet<string>, aliases: PathAliases = new Map()): string[] {
  const targets: string[] = [];
  for (const match of text.matchAll(SPECIFIER)) {
    const specifier = match[1] as string;
    const paths = specifier.startsWith('./') || specifier.startsWith('../') ? [posix.normalize(posix.join(posix.dirname(file), specifier))] : resolveAlias(specifier, aliases);
    for (const joined of paths) {
      // `./cms.js` in TypeScript sources means `./cms.ts`.
      const stem = joined.replace(/\.(?:[cm]?js|jsx)$/, '');
      const target = [joined, ...RESOLVABLE_EXTENSIONS.map((extension) => `${stem}${extension}`)].find((candidate) => known.has(candidate));
      if (target !== undefined) {
        targets.push(target);
        break;
      }
    }
  }
  return targets;
}

/**
 * The files worth a ts-morph project: the seeds (files that mention the SDK,
 * the API host or key declarations), every file that imports one of them
 * (directly or through re-exports), and every file they import, so that
 * clients, URLs and env var reads can be followed across modules.
 */
export function expandCandidates(seeds: ReadonlySet<string>, imports: ReadonlyMap<string, readonly string[]>): Set<string> {
  const importers = new Map<string, string[]>();
  for (const [file, targets] of imports) {
    for (const target of targets) importers.set(target, [...(importers.get(target) ?? []), file]);
  }
  const selected = new Set(seeds);
  const upward = [...seeds];
  while (upward.length > 0) {
    for (const importer of importers.get(upward.pop() as string) ?? []) {
      if (!selected.has(importer)) {
        selected.add(importer);
        upward.push(importer);
      }
    }
  }
  const downward = [...selected];
  while (downward.length > 0) {
    for (const target of imports.get(downward.pop() as string) ?? []) {
      if (!selected.has(target)) {
        selected.add(target);
        downward.push(target);
      }
    }
  }
  return selected;
}
