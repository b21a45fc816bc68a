import { Node, type SourceFile } from 'ts-morph';

/**
 * The names under which the top-level statement holding `offset` is
 * exported (`loader`, `getServerSideProps`, `default`); [] when it is not
 * exported (a helper: whether it ships depends on who uses it).
 */
export function exportNamesAt(sourceFile: SourceFile, offset: number): string[] {
  const statement = sourceFile.getStatements().find((candidate) => candidate.getStart() <= offset && offset < candidate.getEnd());
  if (!statement) return [];
  if (Node.isExportAssignment(statement)) return ['default'];
  if (!Node.isExportable(statement) || !statement.isExported()) return [];
  if (statement.isDefaultExport()) return ['default'];
  if (Node.isVariableStatement(statement)) return statement.getDeclarations().map((declaration) => declaration.getName());
  const named = statement as Node & { getName?: () => string | undefined };
  const name = named.getName?.();
  return name === undefined ? [] : [name];
}
