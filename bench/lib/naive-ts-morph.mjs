// The naive codemod: load every code file of the tree into one ts-morph Project and walk all string
// literals looking for keys. Finds only (no edits) and walks the compiler nodes directly, so it is a
// lower bound of the naive approach: ts-morph's own walks are far slower on a 10,000-file tree
// (forEachDescendant wraps every node and overflows ts-morph's node cache, "Map maximum size
// exceeded", after ~230 s; getDescendantsOfKind(StringLiteral) materialises every token and had not
// finished after 17 minutes).
import { performance } from 'node:perf_hooks';
import { Project, ts } from 'ts-morph';
import { findKeyTokens, isPlaceholder } from '@optimocms/secret-scan';

const root = process.argv[2];
const started = performance.now();
const project = new Project({
  compilerOptions: { allowJs: true, jsx: ts.JsxEmit.ReactJSX },
  skipAddingFilesFromTsConfig: true,
  skipFileDependencyResolution: true,
});
project.addSourceFilesAtPaths([`${root}/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}`, `!${root}/**/node_modules/**`]);
const sourceFiles = project.getSourceFiles();
const loadedMs = performance.now() - started;
process.stderr.write(`loaded ${sourceFiles.length} files in ${(loadedMs / 1000).toFixed(1)} s\n`);

let literals = 0;
let keyLiterals = 0;
const files = new Set();
for (const sourceFile of sourceFiles) {
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.StringLiteral || node.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral) {
      literals++;
      if (findKeyTokens(node.text).some((t) => !isPlaceholder(t.value))) {
        keyLiterals++;
        files.add(sourceFile.getFilePath());
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile.compilerNode);
}
process.stdout.write(JSON.stringify({ sourceFiles: sourceFiles.length, literals, keyLiterals, filesWithKeys: files.size, loadedMs, totalMs: performance.now() - started }));
