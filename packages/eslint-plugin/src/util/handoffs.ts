import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MODULE_CONVENTIONS, SCRIPT_EXTENSIONS, matchesModelGlob, type Handoff } from '@optimocms/auth-types';
import { directivesOf } from '@optimocms/secret-scan';
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers } from './static-string.js';

type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/** The model's hand-offs that concern a file (its path from the package root). */
export function handoffsOf(handoffs: readonly Handoff[], projectPath: string): Handoff[] {
  return handoffs.filter((handoff) => handoff.files.some((glob) => matchesModelGlob(glob, projectPath)));
}

function isFunction(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.FunctionExpression
  );
}

/** The functions a value stands for: a function, or an object of functions (`actions = { default: async () => … }`). */
function functionsOf(value: TSESTree.Node | null | undefined): FunctionNode[] {
  if (!value) return [];
  const expression = skipTypeWrappers(value);
  if (isFunction(expression)) return [expression];
  if (expression.type !== AST_NODE_TYPES.ObjectExpression) return [];
  return expression.properties.flatMap((property) => (property.type === AST_NODE_TYPES.Property ? functionsOf(property.value) : []));
}

/**
 * The functions whose return values a framework serializes into the page,
 * by export name: `export async function getServerSideProps`, `export const
 * loader = …`, `export const actions = { … }`, `export { load }`.
 */
export function returningExports(sourceCode: Readonly<TSESLint.SourceCode>, names: ReadonlySet<string>): Map<TSESTree.Node, string> {
  const found = new Map<TSESTree.Node, string>();
  const add = (name: string, value: TSESTree.Node | null | undefined): void => {
    if (names.has(name)) for (const fn of functionsOf(value)) found.set(fn, name);
  };
  const locals = new Map<string, TSESTree.Node | null | undefined>();
  for (const statement of sourceCode.ast.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) locals.set(declaration.id.name, declaration);
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) if (declarator.id.type === AST_NODE_TYPES.Identifier) locals.set(declarator.id.name, declarator.init);
    }
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration) continue;
    if (statement.declaration?.type === AST_NODE_TYPES.FunctionDeclaration && statement.declaration.id) add(statement.declaration.id.name, statement.declaration);
    if (statement.declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declaration.declarations) if (declarator.id.type === AST_NODE_TYPES.Identifier) add(declarator.id.name, declarator.init);
    }
  }
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || statement.source) continue;
    for (const specifier of statement.specifiers) {
      const exported = specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value;
      if (specifier.local.type === AST_NODE_TYPES.Identifier) add(exported, locals.get(specifier.local.name));
    }
  }
  return found;
}

/** The function a `return` belongs to (not a nested callback's). */
export function enclosingFunction(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunction(current)) return current;
  return undefined;
}

const RESOLVE_EXTENSIONS = SCRIPT_EXTENSIONS.map((extension) => `.${extension}`);

/** The file a relative (or `@/`, `~/` project-root) import names, when it exists. */
function resolveImport(specifier: string, importer: string, root: string | undefined): string | undefined {
  let base: string[];
  if (specifier.startsWith('.')) base = [path.resolve(path.dirname(importer), specifier)];
  else if (root && /^[@~]\//.test(specifier)) base = [path.join(root, specifier.slice(2)), path.join(root, 'src', specifier.slice(2))];
  else return undefined;
  for (const candidate of base) {
    for (const file of [candidate, ...RESOLVE_EXTENSIONS.map((extension) => candidate + extension), ...RESOLVE_EXTENSIONS.map((extension) => path.join(candidate, `index${extension}`))]) {
      if (RESOLVE_EXTENSIONS.includes(path.extname(file)) && existsSync(file)) return file;
    }
  }
  return undefined;
}

const clientModules = new Map<string, boolean>();

/**
 * True when a JSX element renders in the browser from a Server Component:
 * an HTML element (its attributes are in the HTML) or a component imported
 * from a `'use client'` module. Read only for a prop that carries a key.
 */
export function receivesInBrowser(sourceCode: Readonly<TSESLint.SourceCode>, element: TSESTree.JSXOpeningElement, importer: string, root: string | undefined): boolean {
  const name = element.name;
  if (name.type === AST_NODE_TYPES.JSXIdentifier) {
    if (/^[a-z]/.test(name.name)) return true;
    const definition = ASTUtils.findVariable(sourceCode.getScope(element), name.name)?.defs[0];
    if (definition?.type !== 'ImportBinding' || definition.parent.type !== AST_NODE_TYPES.ImportDeclaration) return false;
    const file = resolveImport(definition.parent.source.value, importer, root);
    if (!file) return false;
    let client = clientModules.get(file);
    if (client === undefined) {
      client = directivesOf(readFileSync(file, 'utf8')).includes(MODULE_CONVENTIONS.clientDirective);
      clientModules.set(file, client);
    }
    return client;
  }
  return false;
}

/** The `client:*` directive of an Astro element, when it is an island. */
export function islandDirective(element: TSESTree.JSXOpeningElement, directives: readonly string[]): string | undefined {
  for (const attribute of element.attributes) {
    if (attribute.type !== AST_NODE_TYPES.JSXAttribute || attribute.name.type !== AST_NODE_TYPES.JSXNamespacedName) continue;
    const directive = `${attribute.name.namespace.name}:${attribute.name.name.name}`;
    if (directives.includes(directive)) return directive;
  }
  return undefined;
}
