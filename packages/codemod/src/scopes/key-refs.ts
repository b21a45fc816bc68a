import { isOptimoSecretEnvName, SDK } from '@optimocms/auth-types';
import { Node } from 'ts-morph';
import { propertyNameOf, staticStringOf } from '../ast/static-strings.js';
import { unwrapExpression } from '../ast/unwrap-expression.js';
import { declarationsOf, MAX_DEPTH } from './declarations.js';
import { envVarReadBy as envVarRead } from './env-access.js';

/** The environment variable a key is read from, or `null` when the code does not tell. */
export type KeyRef = string | null;

/**
 * The env vars a key value comes from: `process.env.X` (and `!`, `?? ''`),
 * both branches of a ternary, a variable holding such a read, or a helper
 * called with the name (`requireEnv('OPTIMOCMS_LIVE_KEY')`). `[null]` when
 * the code does not tell.
 */
export function keyRefsOf(node: Node | undefined, depth = 0): KeyRef[] {
  if (!node || depth > MAX_DEPTH) return [null];
  const expression = unwrapExpression(node);
  const read = envVarRead(expression);
  if (read !== undefined) return [read];
  if (Node.isBinaryExpression(expression) && ['??', '||'].includes(expression.getOperatorToken().getText())) return keyRefsOf(expression.getLeft(), depth + 1);
  if (Node.isConditionalExpression(expression)) return [...new Set([...keyRefsOf(expression.getWhenTrue(), depth + 1), ...keyRefsOf(expression.getWhenFalse(), depth + 1)])];
  if (Node.isCallExpression(expression)) {
    const name = staticStringOf(expression.getArguments()[0]);
    return [name !== undefined && isOptimoSecretEnvName(name) ? name : null];
  }
  if (Node.isIdentifier(expression) || Node.isPropertyAccessExpression(expression)) {
    const target = Node.isPropertyAccessExpression(expression) ? expression.getNameNode() : expression;
    for (const declaration of declarationsOf(target)) {
      if (Node.isVariableDeclaration(declaration) || Node.isPropertyAssignment(declaration) || Node.isPropertyDeclaration(declaration)) {
        const initializer = declaration.getInitializer();
        if (initializer) return keyRefsOf(initializer, depth + 1);
      }
    }
  }
  return [null];
}

/** The keys of a client's options: `{ apiKey: process.env.X }`, `{ apiKey }`, an options variable. */
export function keyRefsOfOptions(options: Node | undefined, depth = 0): KeyRef[] {
  if (!options || depth > MAX_DEPTH) return [null];
  const expression = unwrapExpression(options);
  if (Node.isIdentifier(expression)) {
    for (const declaration of declarationsOf(expression)) {
      if (Node.isVariableDeclaration(declaration) && declaration.getInitializer()) return keyRefsOfOptions(declaration.getInitializer(), depth + 1);
    }
    return [null];
  }
  if (!Node.isObjectLiteralExpression(expression)) return [null];
  for (const property of expression.getProperties()) {
    if (Node.isPropertyAssignment(property) && propertyNameOf(property.getNameNode()) === SDK.apiKeyOption) return keyRefsOf(property.getInitializer(), depth + 1);
    if (Node.isShorthandPropertyAssignment(property) && property.getName() === SDK.apiKeyOption) {
      const variable = property.getValueSymbol()?.getDeclarations().find((declaration) => Node.isVariableDeclaration(declaration));
      return variable && Node.isVariableDeclaration(variable) ? keyRefsOf(variable.getInitializer(), depth + 1) : [null];
    }
  }
  return [null];
}
