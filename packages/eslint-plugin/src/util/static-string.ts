import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** Skips TypeScript-only wrappers (`as`, `satisfies`, `!`, `<T>x`) that leave the runtime value unchanged. */
export function skipTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion
  ) {
    current = current.expression;
  }
  return current;
}

/** A string literal or a template literal without expressions. */
export type StaticStringNode = TSESTree.StringLiteral | TSESTree.TemplateLiteral;

/** True for a node whose value is a string known without running the code. */
export function isStaticString(node: TSESTree.Node): node is StaticStringNode {
  return (
    (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') ||
    (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0)
  );
}

/** The value of a string literal or a template literal without expressions; `undefined` otherwise. */
export function staticStringValue(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' ? node.value : undefined;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** The name of a property key: `a`, `'a'`, `[\`a\`]`; `undefined` for other computed keys. */
export function propertyKeyName(node: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MemberExpression): string | undefined {
  const key = node.type === AST_NODE_TYPES.MemberExpression ? node.property : node.key;
  if (!node.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  return staticStringValue(key);
}
