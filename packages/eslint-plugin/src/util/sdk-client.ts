import { SDK } from '@optimocms/auth-types';
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { propertyKeyName, skipTypeWrappers, staticStringValue } from './static-string.js';

// Alias chains longer than this are not followed (and cycles end here).
const MAX_DEPTH = 5;

function isSdkSource(node: TSESTree.Node | null | undefined): boolean {
  return node !== null && node !== undefined && staticStringValue(node) === SDK.packageName;
}

/** `require('@optimocms/sdk')`, `import('@optimocms/sdk')`, `await import(…)`. */
function isSdkModuleLoad(node: TSESTree.Node): boolean {
  let current = skipTypeWrappers(node);
  if (current.type === AST_NODE_TYPES.AwaitExpression) current = skipTypeWrappers(current.argument);
  if (current.type === AST_NODE_TYPES.ImportExpression) return isSdkSource(current.source);
  return (
    current.type === AST_NODE_TYPES.CallExpression &&
    current.callee.type === AST_NODE_TYPES.Identifier &&
    current.callee.name === 'require' &&
    isSdkSource(current.arguments[0])
  );
}

function variableOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Identifier): TSESLint.Scope.Variable | null {
  return ASTUtils.findVariable(sourceCode.getScope(node), node);
}

/** True when `node` evaluates to the SDK module: `import * as sdk`, a default import, `require(…)`, `await import(…)`. */
function isSdkModule(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, depth: number): boolean {
  const expression = skipTypeWrappers(node);
  if (isSdkModuleLoad(expression)) return true;
  if (expression.type !== AST_NODE_TYPES.Identifier || depth > MAX_DEPTH) return false;
  const definition = variableOf(sourceCode, expression)?.defs[0];
  if (!definition) return false;
  if (definition.type === 'ImportBinding') {
    return (
      (definition.node.type === AST_NODE_TYPES.ImportNamespaceSpecifier || definition.node.type === AST_NODE_TYPES.ImportDefaultSpecifier) &&
      definition.parent.type === AST_NODE_TYPES.ImportDeclaration &&
      isSdkSource(definition.parent.source)
    );
  }
  if (definition.type === 'Variable' && definition.node.id.type === AST_NODE_TYPES.Identifier && definition.node.init) {
    return isSdkModule(sourceCode, definition.node.init, depth + 1);
  }
  return false;
}

function importedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value);
}

/** The destructured property that binds `name` in `{ OptimoCMS: Cms } = …`. */
function patternPropertyBinding(pattern: TSESTree.ObjectPattern, name: string): TSESTree.Property | undefined {
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const target = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (target.type === AST_NODE_TYPES.Identifier && target.name === name) return property;
  }
  return undefined;
}

/**
 * True when `node` (a `new` callee) is the SDK's `OptimoCMS` class, followed
 * through scope analysis: `import { OptimoCMS as Cms }`, `import * as sdk`
 * then `sdk.OptimoCMS`, `const { OptimoCMS } = require(…)`, `const Client = OptimoCMS`.
 */
export function isOptimoCmsClass(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, depth = 0): boolean {
  const expression = skipTypeWrappers(node);
  if (depth > MAX_DEPTH) return false;
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    return propertyKeyName(expression) === SDK.clientClass && isSdkModule(sourceCode, expression.object, depth + 1);
  }
  if (expression.type !== AST_NODE_TYPES.Identifier) return false;
  const definition = variableOf(sourceCode, expression)?.defs[0];
  if (!definition) return false;
  if (definition.type === 'ImportBinding') {
    return (
      definition.node.type === AST_NODE_TYPES.ImportSpecifier &&
      importedName(definition.node) === SDK.clientClass &&
      definition.parent.type === AST_NODE_TYPES.ImportDeclaration &&
      isSdkSource(definition.parent.source)
    );
  }
  if (definition.type !== 'Variable' || !definition.node.init) return false;
  const { id, init } = definition.node;
  if (id.type === AST_NODE_TYPES.Identifier) return isOptimoCmsClass(sourceCode, init, depth + 1);
  if (id.type === AST_NODE_TYPES.ObjectPattern) {
    const binding = patternPropertyBinding(id, definition.name.name);
    return binding !== undefined && propertyKeyName(binding) === SDK.clientClass && isSdkModule(sourceCode, init, depth + 1);
  }
  return false;
}
