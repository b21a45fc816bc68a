import { Node, Project, ts, type SourceFile } from 'ts-morph';
import type { FileError } from './file-error.js';

/**
 * A ts-morph project for parsing only: in memory, no lib files, no module
 * resolution, never a type-checked program.
 */
export function createParsingProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    skipFileDependencyResolution: true,
    compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve },
  });
}

interface ParsedSourceFile {
  parseDiagnostics?: readonly ts.DiagnosticWithLocation[];
}

// TypeScript reports legacy octal forms in every file; sloppy-mode JavaScript allows them (`'\101'`, `010`).
// Codes of ts.Diagnostics (internal, so not typed): Octal_literals_are_not_allowed (1121), Octal_escape_sequences_are_not_allowed (1487),
// Escape_sequence_0_is_not_allowed (1488, `\8`), Decimals_with_leading_zeros_are_not_allowed (1489).
const STRICT_MODE_ONLY = new Set([1121, 1487, 1488, 1489]);

/** A JavaScript script that runs in sloppy mode: not a module (no import/export, not .mjs) and never `'use strict'`. */
function isSloppyScript(sourceFile: SourceFile, file: string): boolean {
  if (!/\.(?:c?js|jsx)$/i.test(file)) return false;
  const node = sourceFile.compilerNode as ts.SourceFile & { externalModuleIndicator?: unknown };
  return node.externalModuleIndicator === undefined && !/['"]use strict['"]/.test(sourceFile.getFullText());
}

/** A strict-mode-only error outside a class body (class bodies are always strict). */
function isStrictOnlyError(sourceFile: SourceFile, diagnostic: ts.DiagnosticWithLocation): boolean {
  if (!STRICT_MODE_ONLY.has(diagnostic.code)) return false;
  const node = sourceFile.getDescendantAtPos(diagnostic.start);
  return node === undefined || node.getFirstAncestor((ancestor) => Node.isClassDeclaration(ancestor) || Node.isClassExpression(ancestor)) === undefined;
}

/**
 * The first syntax error of a parsed file as a report item, or `undefined`:
 * the parser's own diagnostics (what `program.getSyntacticDiagnostics` would
 * give, without building a program).
 */
export function syntaxErrorOf(sourceFile: SourceFile, file: string): FileError | undefined {
  const diagnostics = (sourceFile.compilerNode as unknown as ParsedSourceFile).parseDiagnostics ?? [];
  const sloppy = isSloppyScript(sourceFile, file);
  const first = diagnostics.find((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error && !(sloppy && isStrictOnlyError(sourceFile, diagnostic)));
  if (!first) return undefined;
  const { line, character } = ts.getLineAndCharacterOfPosition(sourceFile.compilerNode, first.start);
  return { file, line: line + 1, column: character + 1, message: `does not parse: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}` };
}

/**
 * Parses one file. A syntax error is returned, not thrown. `path` decides the
 * language (`App.vue.ts` for a component's block); errors name `reported`.
 */
export function parseSource(project: Project, path: string, text: string, reported = path): { sourceFile: SourceFile } | { error: FileError } {
  const sourceFile = project.createSourceFile(`/${path}`, text, { overwrite: true });
  const error = syntaxErrorOf(sourceFile, path);
  if (error) error.file = reported;
  if (!error) return { sourceFile };
  project.removeSourceFile(sourceFile);
  return { error };
}
