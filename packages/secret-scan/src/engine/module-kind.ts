import { MODULE_CONVENTIONS, isServerOnlyPath } from '@optimocms/auth-types';
import picomatch from 'picomatch';

/** Where a module runs: in the browser, only on the server, or either (shared code). */
export type ModuleKind = 'client' | 'server' | 'shared';

export interface ModuleKindOptions {
  /** Globs of files that are client-side by name (default `MODULE_CONVENTIONS.clientGlobs`). */
  clientGlobs?: readonly string[];
}

// Comments, a shebang and blank space may precede the directive prologue.
const LEADING_TRIVIA = /^(?:#![^\n]*\n)?(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/;
const DIRECTIVE = /^(['"])([^'"\n]*)\1\s*;?/;

/** The directives of the prologue: `'use client'`, `'use strict'`, … in order. */
export function directivesOf(text: string): string[] {
  const directives: string[] = [];
  let rest = text.slice(0, 4096);
  for (;;) {
    rest = rest.replace(LEADING_TRIVIA, '');
    const directive = DIRECTIVE.exec(rest);
    if (!directive) return directives;
    directives.push(directive[2] as string);
    rest = rest.slice(directive[0].length);
  }
}

function importsModule(text: string, specifiers: readonly string[]): boolean {
  return specifiers.some((specifier) =>
    new RegExp(`(?:^|\\n)\\s*(?:import\\s*(?:[^'"\\n]*from\\s*)?|(?:const|let|var)?[^\\n]*require\\s*\\(\\s*)['"]${specifier}['"]`).test(text),
  );
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

/**
 * Classifies a module (DESIGN.md, "client-side"). Server-only markers win:
 * `*.server.*`, `.server/`, `$lib/server/`, `'use server'`, `import 'server-only'`.
 * Client-side: `'use client'` in the prologue, `import 'client-only'`, or a
 * path matching the client globs.
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
  const globs = options.clientGlobs ?? MODULE_CONVENTIONS.clientGlobs;
  return globs.length > 0 && clientGlobMatcher(globs)(path) ? 'client' : 'shared';
}
