// The naive codemod: load every code file of the tree into one ts-morph Project and walk all string
// literals looking for keys. Finds only (no edits), so it is a lower bound of the naive approach.
import { Project, SyntaxKind } from 'ts-morph';
import { findKeyTokens, isPlaceholder } from '@optimocms/secret-scan';

const root = process.argv[2];
const started = performance.now();
const project = new Project({
  compilerOptions: { allowJs: true, jsx: 4 /* react-jsx */ },
  skipAddingFilesFromTsConfig: true,
  skipFileDependencyResolution: true,
});
project.addSourceFilesAtPaths([`${root}/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}`, `!${root}/**/node_modules/**`]);
const loadedMs = performance.now() - started;
let literals = 0;
let keyLiterals = 0;
const files = new Set();
for (const sourceFile of project.getSourceFiles()) {
  sourceFile.forEachDescendant((node) => {
    const kind = node.getKind();
    if (kind !== SyntaxKind.StringLiteral && kind !== SyntaxKind.NoSubstitutionTemplateLiteral) return;
    literals++;
    const tokens = findKeyTokens(node.getLiteralText()).filter((t) => !isPlaceholder(t.value));
    if (tokens.length > 0) {
      keyLiterals++;
      files.add(sourceFile.getFilePath());
    }
  });
}
process.stdout.write(JSON.stringify({ sourceFiles: project.getSourceFiles().length, literals, keyLiterals, filesWithKeys: files.size, loadedMs, totalMs: performance.now() - started }));
