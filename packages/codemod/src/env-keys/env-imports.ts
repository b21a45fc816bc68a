import { Node, type SourceFile } from 'ts-morph';
import type { Insertion } from './apply-edits.js';

function lineBreakOf(text: string): string {
  const match = /\r\n|\r|\n/.exec(text);
  return match ? match[0] : '\n';
}

/** True when the file declares `name` itself (a variable, a function, another import): importing it too would clash. */
export function declaresName(sourceFile: SourceFile, name: string, module: string): boolean {
  return sourceFile.getDescendants().some((node) => {
    if (!Node.isIdentifier(node) || node.getText() !== name) return false;
    const parent = node.getParent();
    if (Node.isImportSpecifier(parent)) return parent.getImportDeclaration().getModuleSpecifierValue() !== module;
    const declaration = parent as Node & { getNameNode?: () => Node };
    return typeof declaration.getNameNode === 'function' && declaration.getNameNode() === node && !Node.isPropertyAssignment(parent) && !Node.isPropertyAccessExpression(parent);
  });
}

/**
 * What to insert so that the file imports `names` from `module`
 * (SvelteKit's `$env/static/private`): the names an existing import of the
 * module lacks, appended to it; otherwise a new import after the last
 * import (or after the directive prologue, or before the first statement),
 * in the file's own line break and quote style.
 */
export function importInsertions(sourceFile: SourceFile, module: string, names: readonly string[]): Insertion[] {
  const text = sourceFile.getFullText();
  const statements = sourceFile.getStatements();
  const imports = statements.filter(Node.isImportDeclaration);
  const existing = imports.find((declaration) => declaration.getModuleSpecifierValue() === module && !declaration.isTypeOnly() && declaration.getNamedImports().length > 0);
  const present = new Set(existing?.getNamedImports().map((specifier) => specifier.getName()) ?? []);
  const missing = [...new Set(names)].filter((name) => !present.has(name)).sort();
  if (missing.length === 0) return [];
  if (existing) {
    const last = existing.getNamedImports().at(-1) as Node;
    return [{ at: last.getEnd(), text: missing.map((name) => `, ${name}`).join('') }];
  }
  const quote = imports[0]?.getModuleSpecifier().getText().startsWith('"') ? '"' : "'";
  const semicolon = imports.length === 0 || imports.some((declaration) => declaration.getText().endsWith(';')) ? ';' : '';
  const declaration = `import { ${missing.join(', ')} } from ${quote}${module}${quote}${semicolon}`;
  const eol = lineBreakOf(text.slice(statements[0]?.getStart() ?? 0));
  const anchor = imports.at(-1) ?? prologueEnd(statements);
  if (anchor) return [{ at: anchor.getEnd(), text: `${eol}${declaration}` }];
  return [{ at: statements[0]?.getStart() ?? 0, text: `${declaration}${eol}` }];
}

/** The last directive of the prologue (`'use server'`): an import must follow it, or it stops being a directive. */
function prologueEnd(statements: readonly Node[]): Node | undefined {
  let last: Node | undefined;
  for (const statement of statements) {
    if (!Node.isExpressionStatement(statement) || !Node.isStringLiteral(statement.getExpression())) break;
    last = statement;
  }
  return last;
}
