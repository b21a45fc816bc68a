import { matchesGlob, normalizeRelativePath } from './glob.js';
import { FALLBACK_FILE_RULES, FRAMEWORKS, SERVER_PATH_MARKERS } from './model.js';
import type { FileRule, FrameworkId, KnownRole, ModuleRole, OutputDir } from './types.js';

function firstMatch(rules: readonly FileRule[], path: string): FileRule | undefined {
  return rules.find((rule) => matchesGlob(rule.glob, path));
}

/**
 * The rule that decides a file's role: a universal server marker first, then
 * the framework's rules in order (or, without a framework, the fallback
 * rules). `relativePath`: from the package root (the folder of the nearest
 * package.json), `/` or `\` separators. `undefined` when no rule names it.
 */
export function fileRuleFor(framework: FrameworkId | undefined, relativePath: string): FileRule | undefined {
  const path = normalizeRelativePath(relativePath);
  return firstMatch(SERVER_PATH_MARKERS, path) ?? firstMatch(framework ? FRAMEWORKS[framework].files : FALLBACK_FILE_RULES, path);
}

/**
 * Where a file runs, by its path alone (content markers such as
 * `'use client'` are the caller's: see secret-scan's `moduleKind`). A mixed
 * file (a pages-router page, a route module) is `universal`: ask
 * {@link exportRole} for each export.
 */
export function classifyModulePath(framework: FrameworkId | undefined, relativePath: string): ModuleRole {
  const rule = fileRuleFor(framework, relativePath);
  if (rule) return rule.role;
  return framework ? FRAMEWORKS[framework].defaultRole : 'unknown';
}

/** Where each named export of a mixed file runs; `undefined` when the file is not mixed. */
export function exportRoles(framework: FrameworkId | undefined, relativePath: string): Readonly<Record<string, KnownRole>> | undefined {
  return fileRuleFor(framework, relativePath)?.exports;
}

/** Where one export of a file runs: its own role in a mixed file, otherwise the file's role. */
export function exportRole(framework: FrameworkId | undefined, relativePath: string, exportName: string): ModuleRole {
  const rule = fileRuleFor(framework, relativePath);
  if (!rule) return classifyModulePath(framework, relativePath);
  return rule.exports?.[exportName] ?? rule.otherExports ?? rule.role;
}

/** True for a role whose code ships to the browser or device (`client` or `universal`). */
export function shipsToBrowser(role: ModuleRole): boolean {
  return role === 'client' || role === 'universal';
}

/** The output folder a built file belongs to when browsers are served it; `undefined` otherwise. */
export function clientOutputOf(framework: FrameworkId, relativePath: string): OutputDir | undefined {
  const path = normalizeRelativePath(relativePath);
  return FRAMEWORKS[framework].clientOutput.find(
    (output) => matchesGlob(output.glob, path) && !(output.exclude ?? []).some((glob) => matchesGlob(glob, path)),
  );
}
