import { Project, ts, type SourceFile } from 'ts-morph';
import type { FileError } from './types.js';

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
 * Parses one file. A syntax error is returned, not thrown: the parser's own
 * diagnostics (what `program.getSyntacticDiagnostics` would give, without
 * building a program).
 */
export function parseSource(project: Project, file: string, text: string): { sourceFile: SourceFile } | { error: FileError } {
  const sourceFile = project.createSourceFile(`/${file}`, text, { overwrite: true });
  const diagnostics = (sourceFile.compilerNode as unknown as ParsedSourceFile).parseDiagnostics ?? project.getProgram().getSyntacticDiagnostics(sourceFile).map((diagnostic) => diagnostic.compilerObject as ts.DiagnosticWithLocation);
  const first = diagnostics.find((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
  if (!first) return { sourceFile };
  const { line, character } = ts.getLineAndCharacterOfPosition(sourceFile.compilerNode, first.start);
  project.removeSourceFile(sourceFile);
  return { error: { file, line: line + 1, column: character + 1, message: `does not parse: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}` } };
}
