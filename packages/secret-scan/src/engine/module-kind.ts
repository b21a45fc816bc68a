import { FRAMEWORKS, MODULE_CONVENTIONS, fileRuleFor, isServerOnlyPath, type FrameworkId } from '@optimocms/auth-types';
import picomatch from 'picomatch';
import { escapeRegExp } from './escape-regexp.js';
import { LINE_BREAK_CHARACTERS as BREAK } from './line-breaks.js';

/**
 * Where a module runs: in the browser (`client`, universal code included),
 * only on the server, either (`shared`: nothing says), or `mixed`: a file
 * whose exports run in different places (a pages-router page, a route
 * module): ask auth-types' `exportRole` for each export.
 */
export type ModuleKind = 'client' | 'server' | 'shared' | 'mixed';

export interface ModuleKindOptions {
  /** More globs of files that are client-side by name, matched against `file` (a rule option); none by default. */
  clientGlobs?: readonly string[];
  /** The file's framework (from `@optimocms/secret-scan/project` or an override); without one, only the universal markers and Vue/Svelte components count. */
  framework?: FrameworkId | undefined;
  /** The file's path from its package root, for the framework's rules (default `file`). */
  projectPath?: string;
}

// Comments and blank space may precede each directive (sticky: read in place, no copies of the text).
// A `//` comment ends at any line break, as in ECMAScript: in a CR-only file it must not swallow the directive.
const LEADING_TRIVIA = new RegExp(`(?:\\s+|//[^${BREAK}]*|/\\*[\\s\\S]*?\\*/)*`, 'y');
const DIRECTIVE = new RegExp(`(['"])([^'"${BREAK}]*)\\1\\s*;?`, 'y');
// A shebang may come first, and only first; like a `//` comment it ends at any line break.
const HASHBANG = new RegExp(`#![^${BREAK}]*`, 'y');

/** The directives of the prologue: `'use client'`, `'use strict'`, … in order. */
export function directivesOf(text: string): string[] {
  const directives: string[] = [];
  HASHBANG.lastIndex = 0;
  let at = HASHBANG.test(text) ? HASHBANG.lastIndex : 0;
  for (;;) {
    LEADING_TRIVIA.lastIndex = at;
    LEADING_TRIVIA.test(text);
    DIRECTIVE.lastIndex = LEADING_TRIVIA.lastIndex;
    const directive = DIRECTIVE.exec(text);
    if (!directive) return directives;
    directives.push(directive[2] as string);
    at = DIRECTIVE.lastIndex;
  }
}

const importPatterns = new Map<string, RegExp>();
function importsModule(text: string, specifiers: readonly string[]): boolean {
  return specifiers.some((specifier) => {
    // Most files never name the module: one substring search answers for them.
    if (!text.includes(specifier)) return false;
    let pattern = importPatterns.get(specifier);
    if (!pattern) {
      const quoted = `['"]${escapeRegExp(specifier)}['"]`;
      pattern = new RegExp(`(?:^|[${BREAK}])[ \\t]*(?:import\\s*(?:[^'"${BREAK}]*from\\s*)?${quoted}|[^${BREAK}]*\\brequire\\s*\\(\\s*${quoted})`);
      importPatterns.set(specifier, pattern);
    }
    return pattern.test(text);
  });
}

const matcherCache = new Map<string, (path: string) => boolean>();
function clientGlobMatcher(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join('\0');
  let matcher = matcherCache.get(key);
  if (!matcher) {
    matcher = picomatch([...globs], { dot: true });
    matcherCache.set(key, matcher);
  }
  return matcher;
}

// A mixed file ships some exports and keeps others on the server; a universal load (+page.ts) ships them all.
function kindByPath(framework: FrameworkId | undefined, projectPath: string): ModuleKind {
  const rule = fileRuleFor(framework, projectPath);
  const role = rule?.role ?? (framework ? FRAMEWORKS[framework].defaultRole : 'unknown');
  if (role === 'server') return 'server';
  if (role === 'unknown') return 'shared';
  return rule?.exports && Object.values(rule.exports).includes('server') ? 'mixed' : 'client';
}

/**
 * Classifies a module (docs/architecture.md, "client-side"). Server-only markers win:
 * `*.server.*`, `.server/`, `$lib/server/`, `'use server'`, `import 'server-only'`.
 * Client-side: `'use client'` in the prologue, `import 'client-only'`, a path
 * matching `clientGlobs`, or a file the framework model ships to the browser
 * (`**\/client/**` and `*.client.*` only where the framework says so).
 */
export function moduleKind(file: string, text: string, options: ModuleKindOptions = {}): ModuleKind {
  const path = file.replaceAll('\\', '/');
  const directives = directivesOf(text);
  if (isServerOnlyPath(path) || directives.includes(MODULE_CONVENTIONS.serverDirective) || importsModule(text, MODULE_CONVENTIONS.serverOnlyImports)) {
    return 'server';
  }
  if (directives.includes(MODULE_CONVENTIONS.clientDirective) || importsModule(text, MODULE_CONVENTIONS.clientOnlyImports)) {
    return 'client';
  }
  const globs = options.clientGlobs ?? [];
  if (globs.length > 0 && clientGlobMatcher(globs)(path)) return 'client';
  return kindByPath(options.framework, options.projectPath ?? path);
}
