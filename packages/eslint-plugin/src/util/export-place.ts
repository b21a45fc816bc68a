import { shipsToBrowser, type ModuleRole } from '@optimocms/auth-types';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** Where a top-level statement's code runs in a mixed file: shipped to the browser, or left on the server. */
export type Place = 'browser' | 'server';

// Chains of helpers longer than this are taken to ship (the safe answer for a key).
const MAX_DEPTH = 8;

function exportedName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

/** The statement directly under `Program` that holds `node`. */
function topLevelStatement(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && current.parent.type !== AST_NODE_TYPES.Program) current = current.parent;
  return current;
}

/**
 * Places the code of a mixed file (a pages-router page, a route module) by
 * its exports, as the framework's build does: a server export
 * (`getServerSideProps`, `loader`) and the module-level code only server
 * exports use are removed from the browser bundle; everything else ships.
 * `roleOf` is the framework model's role of one export name.
 */
export function createExportPlacer(sourceCode: Readonly<TSESLint.SourceCode>, roleOf: (exportName: string) => ModuleRole): (node: TSESTree.Node) => Place {
  const program = sourceCode.ast;
  // `export { local as name }` and `export default local`: the export names of each local binding.
  const aliases = new Map<string, string[]>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && !statement.source) {
      for (const specifier of statement.specifiers) {
        if (specifier.local.type !== AST_NODE_TYPES.Identifier) continue;
        aliases.set(specifier.local.name, [...(aliases.get(specifier.local.name) ?? []), exportedName(specifier.exported)]);
      }
    } else if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration && statement.declaration.type === AST_NODE_TYPES.Identifier) {
      aliases.set(statement.declaration.name, [...(aliases.get(statement.declaration.name) ?? []), 'default']);
    }
  }
  const placed = new Map<TSESTree.Node, Place>();
  const ships = (names: readonly string[]): boolean => names.some((name) => shipsToBrowser(roleOf(name)));

  function declaredNames(statement: TSESTree.Node, within: TSESTree.Node): { exported: string[]; variables: readonly TSESLint.Scope.Variable[] } {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) return { exported: ['default'], variables: [] };
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration) {
      const declaration = statement.declaration;
      if (declaration.type === AST_NODE_TYPES.VariableDeclaration) {
        // Only the declarator that holds the node: `export const loader = …, Page = …`.
        const declarator = declaration.declarations.find((candidate) => candidate.range[0] <= within.range[0] && within.range[1] <= candidate.range[1]);
        const names = sourceCode.getDeclaredVariables(declarator ?? declaration).map((variable) => variable.name);
        return { exported: names, variables: [] };
      }
      return { exported: sourceCode.getDeclaredVariables(declaration).map((variable) => variable.name), variables: [] };
    }
    const variables = sourceCode.getDeclaredVariables(statement);
    return { exported: variables.flatMap((variable) => aliases.get(variable.name) ?? []), variables };
  }

  function placeOf(statement: TSESTree.Node, within: TSESTree.Node, depth: number, visiting: Set<TSESTree.Node>): Place {
    const cached = placed.get(statement);
    if (cached) return cached;
    if (depth > MAX_DEPTH || visiting.has(statement)) return 'browser';
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) return 'browser';
    visiting.add(statement);
    const { exported, variables } = declaredNames(statement, within);
    let place: Place;
    if (exported.length > 0 && ships(exported)) place = 'browser';
    else if (exported.length > 0 && variables.length === 0) place = 'server';
    else {
      // Module-level code: it stays on the server only when every use is in server code. Unused code runs on load.
      const uses = variables.flatMap((variable) => variable.references.filter((reference) => !reference.init).map((reference) => reference.identifier));
      // `export { local as loader }` is counted by `aliases`, not as a use.
      const outside = uses.filter(
        (identifier) =>
          identifier.parent.type !== AST_NODE_TYPES.ExportSpecifier &&
          identifier.parent.type !== AST_NODE_TYPES.ExportDefaultDeclaration &&
          topLevelStatement(identifier) !== statement,
      );
      if (exported.length === 0 && outside.length === 0) place = 'browser';
      else place = outside.some((identifier) => placeOf(topLevelStatement(identifier), identifier, depth + 1, visiting) === 'browser') ? 'browser' : 'server';
    }
    visiting.delete(statement);
    // Export declarations with several declarators are placed per node, not cached.
    if (!(statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration?.type === AST_NODE_TYPES.VariableDeclaration)) placed.set(statement, place);
    return place;
  }

  return (node) => placeOf(topLevelStatement(node), node, 0, new Set());
}
