import { Project, ts, type SourceFile } from 'ts-morph';
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

/**
 * The first syntax error of a parsed file as a report item, or `undefined`:
 * the parser's own diagnostics (what `program.getSyntacticDiagnostics` would
 * give, without building a program).
 */
export function syntaxErrorOf(sourceFile: SourceFile, file: string): FileError | undefined {
  const diagnostics = (sourceFile.compilerNode as unknown as ParsedSourceFile).parseDiagnostics ?? [];
  const first = diagnostics.find((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
  if (!first) return undefined;
  const { line, character } = ts.getLineAndCharacterOfPosition(sourceFile.compilerNode, first.start);
  return { file, line: line + 1, column: character + 1, message: `does not parse: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}` };
}

/** Parses one file. A syntax error is returned, not thrown. */
export function parseSource(project: Project, file: string, text: string): { sourceFile: SourceFile } | { error: FileError } {
  const sourceFile = project.createSourceFile(`/${file}`, text, { overwrite: true });
  const error = syntaxErrorOf(sourceFile, file);
  if (!error) return { sourceFile };
  project.removeSourceFile(sourceFile);
  return { error };
}
