// The ts-morph side of the scopes advisor, loaded only when some file mentions OptimoCMS.
import { Project, ts, type SourceFile } from 'ts-morph';
import type { FileError } from '../ast/file-error.js';
import { syntaxErrorOf } from '../ast/parse-source.js';
import { processingFailure } from '../ast/processing-failure.js';
import { findDeclaredKeys, type DeclaredKey } from './declared-keys.js';
import { findCalls, type FoundCall } from './find-calls.js';

export interface AnalysisOptions {
  /** The path a file gets in the project (`App.vue.ts` for a component's blocks); default the file itself. */
  pathOf?: (file: string) => string;
  /** Path aliases with project-relative targets (`$lib/*` → `src/lib/*`), so that symbols resolve across them. */
  aliases?: ReadonlyMap<string, readonly string[]>;
}

function createAnalysisProject(aliases: ReadonlyMap<string, readonly string[]> = new Map()): Project {
  // Absolute targets in the in-memory file system, whose root is the project root.
  const paths = Object.fromEntries([...aliases].map(([pattern, targets]) => [pattern, targets.map((target) => `/${target}`)]));
  return new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    skipFileDependencyResolution: true,
    compilerOptions: {
      allowJs: true,
      jsx: ts.JsxEmit.Preserve,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      noEmit: true,
      ...(aliases.size > 0 ? { paths } : {}),
    },
  });
}

/**
 * One ts-morph project over the selected files, so that the type checker
 * resolves names across imports and re-exports (no lib files, no
 * node_modules: only symbols, never types, are needed).
 */
export function analyzeProject(files: readonly string[], texts: ReadonlyMap<string, string>, options: AnalysisOptions = {}): { calls: FoundCall[]; declared: DeclaredKey[]; errors: FileError[] } {
  const project = createAnalysisProject(options.aliases);
  const pathOf = options.pathOf ?? ((file: string) => file);
  const calls: FoundCall[] = [];
  const declared: DeclaredKey[] = [];
  const errors: FileError[] = [];
  // A file the parser cannot handle is one error item; it stays out of the project, and the rest goes on.
  const sourceFiles: { file: string; sourceFile: SourceFile }[] = [];
  for (const file of files) {
    try {
      sourceFiles.push({ file, sourceFile: project.createSourceFile(`/${pathOf(file)}`, texts.get(file) ?? '', { overwrite: true }) });
    } catch (error) {
      errors.push({ file, message: processingFailure(error) });
    }
  }
  for (const { file, sourceFile } of sourceFiles) {
    const syntaxError = syntaxErrorOf(sourceFile, pathOf(file));
    if (syntaxError) {
      errors.push({ ...syntaxError, file });
      continue;
    }
    try {
      calls.push(...findCalls(sourceFile, file));
      declared.push(...findDeclaredKeys(sourceFile, file));
    } catch (error) {
      errors.push({ file, message: processingFailure(error) });
    }
  }
  return { calls, declared, errors };
}
