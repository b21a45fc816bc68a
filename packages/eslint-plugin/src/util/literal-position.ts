import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { StaticStringNode } from './static-string.js';

/** Parents in which a string is a name, a type or a module specifier: no expression may stand there. */
const LITERAL_ONLY_PARENTS = new Set<string>([
  AST_NODE_TYPES.ImportDeclaration,
  AST_NODE_TYPES.ImportExpression,
  AST_NODE_TYPES.ImportSpecifier,
  AST_NODE_TYPES.ImportAttribute,
  AST_NODE_TYPES.ExportAllDeclaration,
  AST_NODE_TYPES.ExportNamedDeclaration,
  AST_NODE_TYPES.ExportSpecifier,
  AST_NODE_TYPES.TSExternalModuleReference,
  AST_NODE_TYPES.TSModuleDeclaration,
  AST_NODE_TYPES.TSLiteralType,
  AST_NODE_TYPES.TSEnumMember,
  AST_NODE_TYPES.TSPropertySignature,
  AST_NODE_TYPES.TSMethodSignature,
  AST_NODE_TYPES.TSAbstractPropertyDefinition,
  AST_NODE_TYPES.TSAbstractMethodDefinition,
  AST_NODE_TYPES.TSAbstractAccessorProperty,
  AST_NODE_TYPES.TaggedTemplateExpression,
]);

/** Members whose literal may be replaced only as the value, never as the name. */
const VALUED_MEMBERS = new Set<string>([
  AST_NODE_TYPES.Property,
  AST_NODE_TYPES.PropertyDefinition,
  AST_NODE_TYPES.AccessorProperty,
  AST_NODE_TYPES.MethodDefinition,
]);

const DECLARATION_FILE = /\.d\.[cm]?ts$/;

/** `x as const` or `<const>x`. */
function isConstAssertion(node: TSESTree.Node): node is TSESTree.TSAsExpression | TSESTree.TSTypeAssertion {
  if (node.type !== AST_NODE_TYPES.TSAsExpression && node.type !== AST_NODE_TYPES.TSTypeAssertion) return false;
  const type = node.typeAnnotation;
  return type.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier && type.typeName.name === 'const';
}

/** Inside `declare const`, `declare class`, `declare module`/`namespace`/`global`: initializers there must be literals. */
function isAmbient(node: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (
      (current.type === AST_NODE_TYPES.VariableDeclaration ||
        current.type === AST_NODE_TYPES.ClassDeclaration ||
        current.type === AST_NODE_TYPES.TSModuleDeclaration) &&
      current.declare
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The node that a `process.env.X` read replaces for a string literal or an
 * expression-free template, or `undefined` where only a literal may stand: a
 * property, member or export name, a type, a module specifier, an enum member,
 * a tagged template, an ambient declaration or a `.d.ts` file. `'…' as const`
 * is replaced whole, because a const assertion accepts literals only.
 */
export function replaceableTarget(literal: StaticStringNode, filename: string): TSESTree.Node | undefined {
  if (DECLARATION_FILE.test(filename) || isAmbient(literal)) return undefined;
  const parent = literal.parent;
  if (LITERAL_ONLY_PARENTS.has(parent.type)) return undefined;
  if (VALUED_MEMBERS.has(parent.type) && (parent as TSESTree.Property).value !== literal) return undefined;
  return isConstAssertion(parent) ? parent : literal;
}
