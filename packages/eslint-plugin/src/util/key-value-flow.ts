import { isOptimoSecretEnvName } from '@optimocms/auth-types';
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { envObjectSource, envReadOfMember, SVELTEKIT_ENV_MODULE } from './env-reads.js';
import { containsRealKey } from './key-tokens-in-node.js';
import { propertyKeyName, skipTypeWrappers, staticStringValue } from './static-string.js';

// Deep enough for `encodeURIComponent(\`${prefix}${key}\`)`; bounded so that a value costs a few node visits.
const MAX_DEPTH = 5;

function bindingCarriesKey(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Identifier, depth: number): boolean {
  const definition = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0];
  if (!definition) return false;
  if (definition.type === 'ImportBinding') {
    // `import { PUBLIC_OPTIMOCMS_KEY } from '$env/static/public'`
    const specifier = definition.node;
    return (
      specifier.type === AST_NODE_TYPES.ImportSpecifier &&
      definition.parent.type === AST_NODE_TYPES.ImportDeclaration &&
      SVELTEKIT_ENV_MODULE.test(String(definition.parent.source.value)) &&
      isOptimoSecretEnvName(specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value))
    );
  }
  if (definition.type !== 'Variable' || !definition.node.init) return false;
  const { id, init } = definition.node;
  if (id.type === AST_NODE_TYPES.ObjectPattern) {
    // `const { OPTIMOCMS_API_KEY: key } = process.env`
    if (!envObjectSource(init)) return false;
    return id.properties.some((property) => {
      if (property.type !== AST_NODE_TYPES.Property) return false;
      const name = propertyKeyName(property);
      return name !== undefined && isOptimoSecretEnvName(name) && property.value.type === AST_NODE_TYPES.Identifier && property.value.name === node.name;
    });
  }
  return definition.parent.kind === 'const' && carriesKey(sourceCode, init, depth + 1);
}

/**
 * True when a value holds an OptimoCMS key: a literal key (placeholders
 * excluded), a read of a key env var (`process.env.OPTIMOCMS_API_KEY`, a
 * SvelteKit `$env` import), or an expression built from one of these
 * (concatenation, template, `??`, `?:`, a call such as `encodeURIComponent`).
 */
export function carriesKey(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, depth = 0): boolean {
  const expression = skipTypeWrappers(node);
  const text = staticStringValue(expression);
  if (text !== undefined) return containsRealKey(text);
  if (depth >= MAX_DEPTH) return false;
  const next = (child: TSESTree.Node | null | undefined): boolean => child !== null && child !== undefined && carriesKey(sourceCode, child, depth + 1);
  switch (expression.type) {
    case AST_NODE_TYPES.TemplateLiteral:
      return expression.quasis.some((quasi) => containsRealKey(quasi.value.cooked ?? '')) || expression.expressions.some(next);
    case AST_NODE_TYPES.MemberExpression: {
      const read = envReadOfMember(expression);
      return read !== undefined && isOptimoSecretEnvName(read.name);
    }
    case AST_NODE_TYPES.Identifier:
      return bindingCarriesKey(sourceCode, expression, depth);
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.LogicalExpression:
      return next(expression.left) || next(expression.right);
    case AST_NODE_TYPES.ConditionalExpression:
      return next(expression.consequent) || next(expression.alternate);
    case AST_NODE_TYPES.AwaitExpression:
      return next(expression.argument);
    case AST_NODE_TYPES.CallExpression:
      return expression.arguments.some(next);
    case AST_NODE_TYPES.ArrayExpression:
      return expression.elements.some(next);
    case AST_NODE_TYPES.ObjectExpression:
      return expression.properties.some((property) => (property.type === AST_NODE_TYPES.Property ? next(property.value) : next(property.argument)));
    default:
      return false;
  }
}
