import { SDK } from '@optimocms/auth-types';
import { Node } from 'ts-morph';
import { isSdkModuleLoad } from '../ast/sdk-module-load.js';
import { unwrapExpression } from '../ast/unwrap-expression.js';
import { constructorAssignments, declarationsOf, MAX_DEPTH, returnedExpressions } from './declarations.js';
import { keyRefsOfOptions, type KeyRef } from './key-refs.js';

function isSdkImportDeclaration(node: Node | undefined): boolean {
  return node !== undefined && Node.isImportDeclaration(node) && node.getModuleSpecifierValue() === SDK.packageName;
}

/** True when `node` evaluates to the SDK module: `import * as sdk`, `require(…)`, `await import(…)`. */
function isSdkNamespace(node: Node, depth: number): boolean {
  const expression = unwrapExpression(node);
  if (isSdkModuleLoad(expression)) return true;
  if (!Node.isIdentifier(expression) || depth > MAX_DEPTH) return false;
  return declarationsOf(expression).some((declaration) => {
    if (Node.isNamespaceImport(declaration)) return isSdkImportDeclaration(declaration.getFirstAncestor(Node.isImportDeclaration));
    if (Node.isVariableDeclaration(declaration)) {
      const initializer = declaration.getInitializer();
      return initializer !== undefined && isSdkNamespace(initializer, depth + 1);
    }
    return false;
  });
}

/**
 * True when `node` is the SDK's `OptimoCMS` class, followed with the type
 * checker through imports, re-exports and aliases: `import { OptimoCMS as
 * Cms }`, `sdk.OptimoCMS`, `const { OptimoCMS } = require(…)`, `const C = OptimoCMS`.
 */
export function isOptimoCmsClass(node: Node, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const expression = unwrapExpression(node);
  if (Node.isPropertyAccessExpression(expression)) return expression.getName() === SDK.clientClass && isSdkNamespace(expression.getExpression(), depth + 1);
  if (Node.isQualifiedName(expression)) return expression.getRight().getText() === SDK.clientClass && isSdkNamespace(expression.getLeft(), depth + 1);
  if (!Node.isIdentifier(expression)) return false;
  return declarationsOf(expression).some((declaration) => {
    if (Node.isImportSpecifier(declaration)) return declaration.getName() === SDK.clientClass && isSdkImportDeclaration(declaration.getImportDeclaration());
    if (Node.isImportClause(declaration)) return isSdkImportDeclaration(declaration.getParent());
    if (Node.isVariableDeclaration(declaration)) {
      const initializer = declaration.getInitializer();
      return initializer !== undefined && isOptimoCmsClass(initializer, depth + 1);
    }
    if (Node.isBindingElement(declaration)) {
      const imported = declaration.getPropertyNameNode()?.getText() ?? declaration.getName();
      const variable = declaration.getFirstAncestor(Node.isVariableDeclaration);
      const initializer = variable?.getInitializer();
      return imported === SDK.clientClass && initializer !== undefined && isSdkNamespace(initializer, depth + 1);
    }
    return false;
  });
}

/** A declaration typed as the client (`cms: OptimoCMS`): a client whose key we cannot see. */
function isTypedAsClient(declaration: Node): boolean {
  const typed = declaration as Node & { getTypeNode?: () => Node | undefined };
  const type = typeof typed.getTypeNode === 'function' ? typed.getTypeNode() : undefined;
  return type !== undefined && Node.isTypeReference(type) && isOptimoCmsClass(type.getTypeName());
}

/**
 * The keys of the OptimoCMS client that `node` evaluates to, or `undefined`
 * when it is not a client: `new OptimoCMS({ apiKey })`, followed through
 * variables, class fields, exports and imports, functions that return a
 * client, and declarations typed as the client (key unknown: `null`).
 */
export function clientKeysOf(node: Node, depth = 0): KeyRef[] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const expression = unwrapExpression(node);
  if (Node.isNewExpression(expression)) {
    return isOptimoCmsClass(expression.getExpression()) ? keyRefsOfOptions(expression.getArguments()[0]) : undefined;
  }
  if (Node.isConditionalExpression(expression)) {
    const keys = [clientKeysOf(expression.getWhenTrue(), depth + 1), clientKeysOf(expression.getWhenFalse(), depth + 1)].filter((found) => found !== undefined);
    return keys.length === 0 ? undefined : keys.flat();
  }
  if (Node.isCallExpression(expression)) {
    const callee = unwrapExpression(expression.getExpression());
    const target = Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee;
    return firstKeys(declarationsOf(target).flatMap(returnedExpressions), depth);
  }
  const name = Node.isPropertyAccessExpression(expression) ? expression.getNameNode() : Node.isIdentifier(expression) ? expression : undefined;
  if (!name) return undefined;
  for (const declaration of declarationsOf(name)) {
    if (isTypedAsClient(declaration)) return [null];
    const values: Node[] = [];
    if (Node.isVariableDeclaration(declaration) || Node.isPropertyDeclaration(declaration) || Node.isPropertyAssignment(declaration)) {
      const initializer = declaration.getInitializer();
      if (initializer) values.push(initializer);
      values.push(...constructorAssignments(declaration));
    } else if (Node.isExportAssignment(declaration)) {
      values.push(declaration.getExpression());
    } else if (Node.isShorthandPropertyAssignment(declaration)) {
      const variable = declaration.getValueSymbol()?.getDeclarations().find((value) => Node.isVariableDeclaration(value));
      const initializer = variable && Node.isVariableDeclaration(variable) ? variable.getInitializer() : undefined;
      if (initializer) values.push(initializer);
    }
    const keys = firstKeys(values, depth);
    if (keys) return keys;
  }
  return undefined;
}

function firstKeys(values: readonly Node[], depth: number): KeyRef[] | undefined {
  const found = values.map((value) => clientKeysOf(value, depth + 1)).filter((keys) => keys !== undefined);
  return found.length === 0 ? undefined : [...new Set(found.flat())];
}
