// Type-checks a snippet with a real TypeScript program, against the SDK stand-in typed `apiKey: string`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { redactKeys } from './rule-tester.js';

const SDK_TYPES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/usage/sdk.d.ts');
const ROOT = '/virtual';
// Node's `process.env` as @types/node types it (without the whole of @types/node), and a minimal JSX.
const GLOBALS = `declare var process: { env: { [name: string]: string | undefined } };
declare namespace JSX {
  interface Element {}
  interface IntrinsicElements { [name: string]: unknown }
}
`;

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.Preserve,
  strict: true,
  noEmit: true,
  types: [],
};

// Parsed once: the default libraries are most of the work of a program.
const libraries = new Map<string, ts.SourceFile | undefined>();

/** Syntax and type errors of `code` as file `name` (`file.ts`, `app.tsx`), each as `line:column message` with keys redacted. */
export function typeErrors(code: string, name: string): string[] {
  const files = new Map([
    [`${ROOT}/${name}`, code],
    [`${ROOT}/globals.d.ts`, GLOBALS],
    [`${ROOT}/sdk.d.ts`, fs.readFileSync(SDK_TYPES, 'utf8')],
  ]);
  const host = ts.createCompilerHost(OPTIONS);
  const { fileExists, readFile } = host;
  host.fileExists = (file) => files.has(file) || fileExists(file);
  host.readFile = (file) => files.get(file) ?? readFile(file);
  host.getSourceFile = (file, languageVersion) => {
    const text = files.get(file);
    if (text !== undefined) return ts.createSourceFile(file, text, languageVersion, true);
    if (!libraries.has(file)) {
      const library = readFile(file);
      libraries.set(file, library === undefined ? undefined : ts.createSourceFile(file, library, languageVersion, true));
    }
    return libraries.get(file);
  };
  const program = ts.createProgram([...files.keys()], OPTIONS, host);
  const main = program.getSourceFile(`${ROOT}/${name}`);
  const diagnostics = [...program.getSyntacticDiagnostics(main), ...program.getSemanticDiagnostics(main)];
  return diagnostics.map((diagnostic) => {
    const { line, character } = main && diagnostic.start !== undefined ? main.getLineAndCharacterOfPosition(diagnostic.start) : { line: -1, character: -1 };
    return redactKeys(`${line + 1}:${character + 1} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
  });
}
